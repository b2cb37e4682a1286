import { delegateInputSchema, foldVietnamese, pick, provinceOf } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import { assertRowLimit, cellAt, dataRowCount, findHeaderRow, readWorkbook } from '../../lib/workbook.ts';
import type { ConferenceAccess } from './conference-access.ts';
import { ensureConference, selectConference, selectDelegates } from './conference-store.ts';
import { columnOf, DELEGATE_COLUMNS, type DelegateColumn } from './delegate-workbook.ts';
import { type DelegateInput, insertDelegates } from './save-delegate.ts';

export interface DelegateImportRow {
  row: number;
  name: string;
  groupText: string;
  errors: Array<{ column: string; message: string }>;
}

/** The guests of one conference: a hall holds hundreds, never thousands. */
export const MAX_DELEGATE_ROWS = 2_000;
const PURPOSE = {
  what: {
    vi: 'danh sách đại biểu (có thể tải tệp mẫu)',
    en: 'the delegate list (a template can be downloaded)',
  },
  purpose: { vi: 'Danh sách đại biểu', en: 'The delegate list' },
  maxRows: MAX_DELEGATE_ROWS,
};

const HEADERS = Object.fromEntries(DELEGATE_COLUMNS.map((c) => [c.key, c.header])) as Record<
  DelegateColumn,
  string
>;
const FIELD_COLUMNS: Record<string, string> = {
  name: HEADERS.name,
  title: HEADERS.title,
  unitName: HEADERS.unit,
  email: HEADERS.email,
  phone: HEADERS.phone,
  note: HEADERS.note,
};

/** Who a delegate is, for duplicates: name and unit without diacritics or case. */
const personKey = (name: string, unit: string) => `${foldVietnamese(name)}|${foldVietnamese(unit)}`;

/**
 * A list of delegates from Excel: each row checked (name, group of the plan's composition, Ông/Bà,
 * e-mail, phone, not already listed), shown as a preview; with commit, every row is added in one
 * transaction — or none when any row is wrong.
 */
export async function importDelegates(
  db: Kysely<Database>,
  tree: UnitTree,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  file: Buffer,
  commit: boolean,
): Promise<{ valid: boolean; committed: boolean; rows: DelegateImportRow[] }> {
  const workbook = await readWorkbook(file, PURPOSE);
  const sheet = workbook.sheets[0];
  if (!sheet) throw badRequest('import_empty', { case: 'no_sheet' });
  // The header row is the first of the first ten that names "Họ và tên" (a title may sit above it).
  const header = findHeaderRow(sheet, columnOf, (found) => found.has('name'));
  if (!header) {
    throw badRequest('import_missing_columns', {
      case: 'delegates',
      columns: DELEGATE_COLUMNS.map((c) => `“${c.header}”`),
    });
  }

  const groups = access.campaign.plan.delegateGroups;
  const findGroup = (text: string): string | null | 'unknown' => {
    const folded = foldVietnamese(text);
    if (!folded) return null;
    if (/^\d+$/.test(folded)) return groups[Number(folded) - 1]?.id ?? 'unknown';
    const exact = groups.find((g) => foldVietnamese(g.text) === folded);
    if (exact) return exact.id;
    // "Đại diện Thường trực Tỉnh ủy" finds its row even when the file shortens a long one.
    const starts = groups.filter((g) => folded.length >= 12 && foldVietnamese(g.text).startsWith(folded));
    return starts.length === 1 ? (starts[0]?.id as string) : 'unknown';
  };
  const province = provinceOf(tree, access.campaign.issuingUnitId);
  const unitsByName = new Map<string, string>();
  for (const u of tree.items) {
    if (provinceOf(tree, u.id) !== province) continue;
    for (const name of [u.name, u.shortName, u.code]) if (name) unitsByName.set(foldVietnamese(name), u.id);
  }

  const conference = await selectConference(db, access.campaign.id);
  const listed = new Map(
    (conference ? await selectDelegates(db, conference.id) : []).map((d) => [
      personKey(d.name, d.unit_name),
      d.number,
    ]),
  );
  const inFile = new Map<string, number>();
  const rows: DelegateImportRow[] = [];
  const inputs: DelegateInput[] = [];
  const { row: headerRow, columns } = header;
  assertRowLimit(PURPOSE, dataRowCount(sheet, headerRow));
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const value = (key: DelegateColumn) => {
      const col = columns.get(key);
      return col ? cellAt(sheet, r, col) : '';
    };
    if (DELEGATE_COLUMNS.every((c) => value(c.key) === '')) continue;
    const errors: DelegateImportRow['errors'] = [];
    const groupText = value('group');
    const groupId = findGroup(groupText);
    if (groupId === 'unknown') {
      errors.push({
        column: HEADERS.group,
        message: pick({
          vi: `Không có thành phần “${groupText}” trong kế hoạch; ghi đúng như mục Thành phần (hoặc số thứ tự của nó), hoặc để trống`,
          en: `The plan has no group “${groupText}”; write it exactly as in the Thành phần section (or its number), or leave it empty`,
        }),
      });
    }
    const salutationText = foldVietnamese(value('salutation'));
    let salutation: 'ong' | 'ba' | null = null;
    if (['ong', 'nam'].includes(salutationText)) salutation = 'ong';
    else if (['ba', 'nu'].includes(salutationText)) salutation = 'ba';
    else if (salutationText !== '' && salutationText !== 'ong ba') {
      errors.push({
        column: HEADERS.salutation,
        message: pick({
          vi: 'Ghi “Ông” hoặc “Bà”, hoặc để trống',
          en: 'Write “Ông” (Mr) or “Bà” (Ms), or leave it empty',
        }),
      });
    }
    const unitText = value('unit');
    const parsed = delegateInputSchema.safeParse({
      groupId: groupId === 'unknown' ? null : groupId,
      salutation,
      name: value('name'),
      title: value('title'),
      unitId: unitsByName.get(foldVietnamese(unitText)) ?? null,
      unitName: unitText,
      email: value('email'),
      phone: value('phone'),
      note: value('note'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        errors.push({ column: FIELD_COLUMNS[field] ?? field, message: issue.message });
      }
    } else {
      const key = personKey(parsed.data.name, parsed.data.unitName);
      const already = listed.get(key);
      const earlier = inFile.get(key);
      if (already !== undefined) {
        errors.push({
          column: HEADERS.name,
          message: pick({
            vi: `Đại biểu này đã có trong danh sách (số ${already})`,
            en: `This delegate is already on the list (number ${already})`,
          }),
        });
      } else if (earlier !== undefined) {
        errors.push({
          column: HEADERS.name,
          message: pick({
            vi: `Trùng với dòng ${earlier} của tệp`,
            en: `Repeats row ${earlier} of the file`,
          }),
        });
      }
      inFile.set(key, r);
      inputs.push(parsed.data);
    }
    rows.push({ row: r, name: value('name'), groupText, errors });
  }
  if (rows.length === 0) throw badRequest('import_empty', { case: 'no_rows' });
  const valid = rows.every((r) => r.errors.length === 0);
  if (!valid || !commit) return { valid, committed: false, rows };
  // All or nothing: one transaction for every row.
  await db.transaction().execute(async (trx) => {
    const row = await ensureConference(trx, access.campaign, tree, actor.username);
    const ids = await insertDelegates(trx, tree, row, inputs);
    await recordAudit(trx, actor, {
      action: 'conference.delegates_imported',
      entityType: 'conference',
      entityId: row.id,
      after: { count: ids.length, names: inputs.map((i) => i.name) },
    });
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'delegates',
    at: nowIso(),
  });
  return { valid, committed: true, rows };
}

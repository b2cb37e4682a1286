import {
  currentLang,
  foldVietnamese,
  GENDER_LABELS,
  NOMINEE_KIND_LABELS,
  NOMINEE_KINDS,
  type NomineeKind,
  nominationInputSchema,
  pick,
  textIn,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, HttpProblem } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import {
  assertRowLimit,
  cellAt,
  dataRowCount,
  findHeaderRow,
  newWorkbook,
  readWorkbook,
} from '../../lib/workbook.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { awardTypeNames } from './nomination-access.ts';
import { nominationErrors } from './nomination-rules.ts';
import { quotaFor, unitsWithQuota } from './quota-status.ts';
import {
  assertCanNominate,
  canNominateForUnits,
  insertNomination,
  nominatingUnit,
} from './save-nomination.ts';

/** The columns of a unit's nomination list, with the headers people write for them. */
export const NOMINATION_COLUMNS = [
  {
    // Filled in by the standing agency entering nominations on units' behalf; a unit leaves it out.
    key: 'unit',
    header: 'Đơn vị đề nghị',
    aliases: ['đơn vị đề nghị', 'đơn vị đề xuất', 'đơn vị được đề nghị'],
    required: false,
  },
  { key: 'kind', header: 'Đối tượng', aliases: ['đối tượng', 'loại', 'tập thể/cá nhân'], required: true },
  {
    key: 'name',
    header: 'Họ và tên / Tên tập thể',
    aliases: ['họ và tên', 'họ tên', 'tên tập thể', 'tên', 'họ và tên / tên tập thể'],
    required: true,
  },
  { key: 'gender', header: 'Giới tính', aliases: ['giới tính', 'nam/nữ'], required: false },
  { key: 'birthYear', header: 'Năm sinh', aliases: ['năm sinh'], required: false },
  { key: 'position', header: 'Chức vụ', aliases: ['chức vụ', 'chức danh'], required: false },
  {
    key: 'workplace',
    header: 'Nơi công tác',
    aliases: ['nơi công tác', 'đơn vị công tác', 'đơn vị', 'địa chỉ'],
    required: false,
  },
  {
    key: 'achievement',
    header: 'Tóm tắt thành tích',
    aliases: ['tóm tắt thành tích', 'thành tích'],
    required: false,
  },
] as const;
type ColumnKey = (typeof NOMINATION_COLUMNS)[number]['key'];

/** A field of a nomination as the unit's list names its column. */
/** One unit's nominees in one round: dozens, a few hundred for the largest. */
export const MAX_NOMINATION_ROWS = 1_000;
const PURPOSE = {
  what: { vi: 'danh sách đề nghị khen thưởng', en: 'the nomination list' },
  purpose: { vi: 'Danh sách đề nghị khen thưởng', en: 'The nomination list' },
  maxRows: MAX_NOMINATION_ROWS,
};

const COLUMN_HEADERS = new Map<string, string>([
  ...NOMINATION_COLUMNS.map((c) => [c.key, c.header] as [string, string]),
  ['nomineeKind', 'Đối tượng'],
]);

/**
 * The list to fill in: the columns the import reads, with the allowed values offered in the
 * "Đối tượng" and "Giới tính" cells and an example row to overwrite. Only the kinds the unit has
 * a quota for under this award are offered; a unit the plan leaves out of every row is told so
 * above the header. For the standing agency the list starts with "Đơn vị đề nghị", offering the
 * units this award has a quota for (a unit a pool leaves out is not among them).
 */
async function nominationTemplate(options: {
  awardName: string;
  /** The kinds of nominee this award has a quota for (for the unit downloading, or for any unit). */
  kinds: readonly NomineeKind[];
  /** The units a nomination may be entered for; null for a unit entering its own. */
  units: readonly string[] | null;
}): Promise<Buffer> {
  const { awardName, kinds, units } = options;
  const workbook = await newWorkbook();
  workbook.creator = 'Tổng kết';
  const sheet = workbook.addWorksheet('Danh sách đề nghị');
  sheet.addRow([`DANH SÁCH ĐỀ NGHỊ ${awardName.toLocaleUpperCase('vi')}`]);
  sheet.getRow(1).font = { bold: true, size: 13 };
  if (kinds.length === 0) {
    const note = sheet.addRow([
      units
        ? 'Hình thức khen thưởng này chưa có chỉ tiêu cho đơn vị nào; danh sách nhập vào sẽ không được nhận.'
        : 'Đơn vị không có chỉ tiêu nào cho hình thức khen thưởng này trong kế hoạch; danh sách nhập vào sẽ không được nhận.',
    ]);
    note.font = { italic: true, color: { argb: 'FFC00000' } };
  }
  const columns = NOMINATION_COLUMNS.filter((c) => units !== null || c.key !== 'unit');
  const col = (key: ColumnKey) => columns.findIndex((c) => c.key === key) + 1;
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const widths: Record<ColumnKey, number> = {
    unit: 32,
    kind: 14,
    name: 36,
    gender: 10,
    birthYear: 10,
    position: 24,
    workplace: 32,
    achievement: 60,
  };
  sheet.columns = columns.map((c) => ({ width: widths[c.key] }));
  const sample: Record<ColumnKey, string | number> = {
    unit: units?.[0] ?? '',
    kind: NOMINEE_KIND_LABELS[
      kinds.includes('individual') || kinds.length === 0 ? 'individual' : (kinds[0] as NomineeKind)
    ].vi,
    name: 'Nguyễn Văn A',
    gender: 'Nam',
    birthYear: 1980,
    position: 'Trưởng phòng',
    workplace: 'Phòng Nghiệp vụ',
    achievement: 'Tóm tắt thành tích…',
  };
  const example = sheet.addRow(columns.map((c) => sample[c.key]));
  example.font = { italic: true, color: { argb: 'FF808080' } };
  const offered = (kinds.length > 0 ? kinds : NOMINEE_KINDS).map((k) => NOMINEE_KIND_LABELS[k].vi);
  // The units' names can be longer than a list typed in the rule allows: they live on a sheet of their own.
  let unitList: string | null = null;
  if (units && units.length > 0) {
    const list = workbook.addWorksheet('Đơn vị', { state: 'hidden' });
    for (const name of units) list.addRow([name]);
    unitList = `'Đơn vị'!$A$1:$A$${units.length}`;
  }
  for (let r = example.number; r <= example.number + 300; r++) {
    if (unitList) {
      sheet.getCell(r, col('unit')).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Đơn vị đề nghị',
        error: 'Chọn đơn vị có chỉ tiêu cho hình thức khen thưởng này',
        formulae: [unitList],
      };
    }
    sheet.getCell(r, col('kind')).dataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Đối tượng',
      error: `Chọn một trong: ${offered.join(', ')}`,
      formulae: [`"${offered.join(',')}"`],
    };
    sheet.getCell(r, col('gender')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${GENDER_LABELS.male.vi},${GENDER_LABELS.female.vi}"`],
    };
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The list to fill in for one award group of a round, as the caller may use it: the standing
 * agency enters nominations for the units, so its list names the units this award has a quota for
 * and offers every kind the award's quotas name; a unit enters its own, offered only the kinds it
 * has a quota for.
 */
export async function nominationTemplateFor(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  awardGroupId: string | undefined,
): Promise<Buffer> {
  const group = campaign.plan.awardGroups.find((g) => g.id === awardGroupId);
  const names = await awardTypeNames(db);
  const award = (group?.awardTypeId && names.get(group.awardTypeId)) || 'khen thưởng';
  const units = canNominateForUnits(actor, campaign) ? unitsWithQuota(tree, campaign, group) : null;
  const kinds = NOMINEE_KINDS.filter((kind) =>
    units
      ? group?.quotas.some((q) => q.nomineeKind === kind)
      : group && quotaFor(tree, campaign, group, kind, actor.unitId).row,
  );
  return nominationTemplate({ awardName: award, kinds, units: units?.map((u) => u.name) ?? null });
}

export interface NominationImportRow {
  row: number;
  name: string;
  nomineeKind: NomineeKind | null;
  errors: Array<{ column: string; message: string }>;
}

function parseKind(text: string): NomineeKind | null {
  const folded = foldVietnamese(text);
  for (const [kind, label] of Object.entries(NOMINEE_KIND_LABELS)) {
    if (folded === foldVietnamese(label.vi) || folded === foldVietnamese(label.noun) || folded === kind)
      return kind as NomineeKind;
  }
  if (folded.startsWith('dien hinh')) return 'exemplar';
  return null;
}

/**
 * Finds a unit of the round by its name or code as written in the list (diacritics and case
 * ignored), or says why none or more than one was found.
 */
function unitFinder(tree: UnitTree, campaign: StoredCampaign) {
  const index = new Map<string, string[]>();
  for (const u of tree.items) {
    if (!u.active || !tree.isWithin(campaign.issuingUnitId, u.id)) continue;
    for (const key of new Set([foldVietnamese(u.name), foldVietnamese(u.code)])) {
      index.set(key, [...(index.get(key) ?? []), u.id]);
    }
  }
  return (text: string): { unitId: string } | { error: string } => {
    const found = index.get(foldVietnamese(text)) ?? [];
    if (found.length === 1) return { unitId: found[0] as string };
    return {
      error:
        found.length === 0
          ? pick({
              vi: `Không tìm thấy đơn vị “${text}” trong đợt này`,
              en: `No unit “${text}” in this round`,
            })
          : pick({
              vi: `Có ${found.length} đơn vị cùng tên “${text}”: ghi mã đơn vị`,
              en: `${found.length} units are named “${text}”: write the unit code`,
            }),
    };
  };
}

function parseGender(text: string): 'male' | 'female' | null | 'invalid' {
  const folded = foldVietnamese(text);
  if (!folded) return null;
  if (folded === foldVietnamese(GENDER_LABELS.male.vi) || folded === 'male') return 'male';
  if (folded === foldVietnamese(GENDER_LABELS.female.vi) || folded === 'female') return 'female';
  return 'invalid';
}

/**
 * A unit's list of nominees from Excel: checked row by row (the unit it is for, kind, name, gender,
 * year of birth, position…, and the quota of that unit), shown as a preview; with commit, all rows
 * become draft nominations in one go, or none when any row is wrong.
 */
export async function importNominations(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  awardGroupId: string,
  file: Buffer,
  commit: boolean,
): Promise<{ valid: boolean; committed: boolean; rows: NominationImportRow[] }> {
  assertCanNominate(actor, campaign);
  const group = campaign.plan.awardGroups.find((g) => g.id === awardGroupId);
  const unitOf = unitFinder(tree, campaign);
  const workbook = await readWorkbook(file, PURPOSE);
  const sheet = workbook.sheets[0];
  if (!sheet) throw badRequest('import_empty', { case: 'no_sheet' });
  const header = findHeaderRow(
    sheet,
    (heading) => {
      const folded = foldVietnamese(heading);
      return NOMINATION_COLUMNS.find((c) => c.aliases.some((a) => foldVietnamese(a) === folded))?.key;
    },
    (found) => NOMINATION_COLUMNS.every((c) => !c.required || found.has(c.key)),
  );
  if (!header) {
    throw badRequest('import_missing_columns', {
      case: 'nominations',
      columns: NOMINATION_COLUMNS.map((c) => `“${c.header}”`),
    });
  }
  const rows: NominationImportRow[] = [];
  const inputs: Array<ReturnType<typeof nominationInputSchema.parse> & { unitId: string }> = [];
  const { row: headerRow, columns } = header;
  assertRowLimit(PURPOSE, dataRowCount(sheet, headerRow));
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const value = (key: ColumnKey) => {
      const col = columns.get(key);
      return col ? cellAt(sheet, r, col) : '';
    };
    if (NOMINATION_COLUMNS.every((c) => value(c.key) === '')) continue;
    const errors: NominationImportRow['errors'] = [];
    // Đơn vị đề nghị: blank is the importer's own unit; another unit only for the standing agency.
    let unitId: string | null = actor.unitId;
    const unitText = value('unit');
    if (unitText) {
      const found = unitOf(unitText);
      unitId = null;
      if ('error' in found) {
        errors.push({ column: 'Đơn vị đề nghị', message: found.error });
      } else {
        try {
          unitId = nominatingUnit(tree, actor, campaign, found.unitId);
        } catch (error) {
          if (!(error instanceof HttpProblem)) throw error;
          errors.push({ column: 'Đơn vị đề nghị', message: error.detail });
        }
      }
    }
    const kind = parseKind(value('kind'));
    if (!kind)
      errors.push({
        column: 'Đối tượng',
        message: pick({
          vi: 'Ghi “Tập thể”, “Cá nhân” hoặc “Điển hình trong cộng đồng”',
          en: 'Write “Tập thể” (collective), “Cá nhân” (individual) or “Điển hình trong cộng đồng” (community exemplar)',
        }),
      });
    const gender = parseGender(value('gender'));
    if (gender === 'invalid')
      errors.push({
        column: 'Giới tính',
        message: pick({ vi: 'Ghi “Nam” hoặc “Nữ”', en: 'Write “Nam” (male) or “Nữ” (female)' }),
      });
    const yearText = value('birthYear');
    const birthYear = yearText === '' ? null : Number(yearText);
    if (birthYear !== null && !Number.isInteger(birthYear))
      errors.push({
        column: 'Năm sinh',
        message: pick({
          vi: 'Năm sinh phải là số, ví dụ 1978',
          en: 'The year of birth must be a number, for example 1978',
        }),
      });
    const parsed = nominationInputSchema.safeParse({
      awardGroupId,
      nomineeKind: kind ?? 'individual',
      name: value('name'),
      gender: gender === 'invalid' ? null : gender,
      birthYear: birthYear !== null && Number.isInteger(birthYear) ? birthYear : null,
      position: value('position'),
      workplace: value('workplace'),
      achievement: value('achievement'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        errors.push({ column: COLUMN_HEADERS.get(key) ?? key, message: issue.message });
      }
    } else if (kind) {
      // A kind this award has no quota for (a person under the collectives' award, a district a
      // pool leaves out) is named now, not when the unit sends it.
      const refusal = unitId && quotaFor(tree, campaign, group, kind, unitId).refusal;
      if (refusal) errors.push({ column: 'Đối tượng', message: pick(refusal) });
      const headers: Record<string, string> = {
        gender: 'Giới tính',
        birthYear: 'Năm sinh',
        position: 'Chức vụ',
      };
      for (const e of nominationErrors({ ...parsed.data, nomineeKind: kind })) {
        errors.push({ column: headers[e.field] ?? e.field, message: textIn(e.message, currentLang()) });
      }
      if (unitId) inputs.push({ ...parsed.data, unitId });
    }
    rows.push({ row: r, name: value('name'), nomineeKind: kind, errors });
  }
  if (rows.length === 0) throw badRequest('import_empty', { case: 'no_rows' });
  const valid = rows.every((r) => r.errors.length === 0);
  if (!valid || !commit) return { valid, committed: false, rows };
  // All or nothing: one transaction for every row.
  await db.transaction().execute(async (trx) => {
    for (const input of inputs) await insertNomination(trx, actor, campaign, input);
  });
  return { valid, committed: true, rows };
}

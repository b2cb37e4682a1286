import {
  foldVietnamese,
  GENDER_LABELS,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
  nominationInputSchema,
} from '@tongket/domain';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest } from '../../http/problem.ts';
import { assertRowLimit, cellAt, dataRowCount, findHeaderRow, readWorkbook } from '../../lib/workbook.ts';
import type { Actor } from '../audit/actor.ts';
import type { StoredCampaign } from '../campaigns/plan-store.ts';
import { nominationErrors } from './nomination-rules.ts';
import { assertCanNominate, insertNomination } from './save-nomination.ts';

/** The columns of a unit's nomination list, with the headers people write for them. */
export const NOMINATION_COLUMNS = [
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
  what: 'danh sách đề nghị khen thưởng',
  purpose: 'Danh sách đề nghị khen thưởng',
  maxRows: MAX_NOMINATION_ROWS,
};

const COLUMN_HEADERS = new Map<string, string>([
  ...NOMINATION_COLUMNS.map((c) => [c.key, c.header] as [string, string]),
  ['nomineeKind', 'Đối tượng'],
]);

/**
 * The list to fill in: the columns the import reads, with the allowed values offered in the
 * "Đối tượng" and "Giới tính" cells and an example row to overwrite.
 */
export async function nominationTemplate(awardName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tổng kết';
  const sheet = workbook.addWorksheet('Danh sách đề nghị');
  sheet.addRow([`DANH SÁCH ĐỀ NGHỊ ${awardName.toLocaleUpperCase('vi')}`]);
  sheet.getRow(1).font = { bold: true, size: 13 };
  const header = sheet.addRow(NOMINATION_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.columns = [14, 36, 10, 10, 24, 32, 60].map((width) => ({ width }));
  sheet.addRow([
    'Cá nhân',
    'Nguyễn Văn A',
    'Nam',
    1980,
    'Trưởng phòng',
    'Phòng Nghiệp vụ',
    'Tóm tắt thành tích…',
  ]);
  sheet.getRow(3).font = { italic: true, color: { argb: 'FF808080' } };
  for (let r = 3; r <= 300; r++) {
    sheet.getCell(r, 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [
        `"${Object.values(NOMINEE_KIND_LABELS)
          .map((l) => l.vi)
          .join(',')}"`,
      ],
    };
    sheet.getCell(r, 3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${GENDER_LABELS.male.vi},${GENDER_LABELS.female.vi}"`],
    };
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
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

function parseGender(text: string): 'male' | 'female' | null | 'invalid' {
  const folded = foldVietnamese(text);
  if (!folded) return null;
  if (folded === foldVietnamese(GENDER_LABELS.male.vi) || folded === 'male') return 'male';
  if (folded === foldVietnamese(GENDER_LABELS.female.vi) || folded === 'female') return 'female';
  return 'invalid';
}

/**
 * A unit's list of nominees from Excel: checked row by row (kind, name, gender, year of birth,
 * position…), shown as a preview; with commit, all rows become draft nominations in one go, or
 * none when any row is wrong.
 */
export async function importNominations(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  awardGroupId: string,
  file: Buffer,
  commit: boolean,
  /** Whether the chosen award has a quota for this kind for the importing unit. */
  quotaFor?: (kind: NomineeKind) => boolean,
): Promise<{ valid: boolean; committed: boolean; rows: NominationImportRow[] }> {
  assertCanNominate(actor, campaign);
  const workbook = await readWorkbook(file, PURPOSE);
  const sheet = workbook.sheets[0];
  if (!sheet) throw badRequest('import_empty', 'Tệp Excel không có trang tính nào.');
  const header = findHeaderRow(
    sheet,
    (heading) => {
      const folded = foldVietnamese(heading);
      return NOMINATION_COLUMNS.find((c) => c.aliases.some((a) => foldVietnamese(a) === folded))?.key;
    },
    (found) => NOMINATION_COLUMNS.every((c) => !c.required || found.has(c.key)),
  );
  if (!header) {
    throw badRequest(
      'import_missing_columns',
      `Không tìm thấy dòng tiêu đề có các cột bắt buộc “Đối tượng” và “Họ và tên / Tên tập thể”. Các cột dùng được: ${NOMINATION_COLUMNS.map((c) => `“${c.header}”`).join(', ')}.`,
    );
  }
  const rows: NominationImportRow[] = [];
  const inputs: Array<ReturnType<typeof nominationInputSchema.parse>> = [];
  const { row: headerRow, columns } = header;
  assertRowLimit(PURPOSE, dataRowCount(sheet, headerRow));
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const value = (key: ColumnKey) => {
      const col = columns.get(key);
      return col ? cellAt(sheet, r, col) : '';
    };
    if (NOMINATION_COLUMNS.every((c) => value(c.key) === '')) continue;
    const errors: NominationImportRow['errors'] = [];
    const kind = parseKind(value('kind'));
    if (!kind)
      errors.push({
        column: 'Đối tượng',
        message: 'Ghi “Tập thể”, “Cá nhân” hoặc “Điển hình trong cộng đồng”',
      });
    const gender = parseGender(value('gender'));
    if (gender === 'invalid') errors.push({ column: 'Giới tính', message: 'Ghi “Nam” hoặc “Nữ”' });
    const yearText = value('birthYear');
    const birthYear = yearText === '' ? null : Number(yearText);
    if (birthYear !== null && !Number.isInteger(birthYear))
      errors.push({ column: 'Năm sinh', message: 'Năm sinh phải là số, ví dụ 1978' });
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
      // A kind this award has no quota for (a person under the collectives' award) is named now,
      // not when the unit sends it.
      if (quotaFor && !quotaFor(kind)) {
        errors.push({
          column: 'Đối tượng',
          message: `Hình thức này không có chỉ tiêu ${NOMINEE_KIND_LABELS[kind].noun} cho đơn vị`,
        });
      }
      const headers: Record<string, string> = {
        gender: 'Giới tính',
        birthYear: 'Năm sinh',
        position: 'Chức vụ',
      };
      for (const e of nominationErrors({ ...parsed.data, nomineeKind: kind })) {
        errors.push({ column: headers[e.field] ?? e.field, message: e.message });
      }
      inputs.push(parsed.data);
    }
    rows.push({ row: r, name: value('name'), nomineeKind: kind, errors });
  }
  if (rows.length === 0) throw badRequest('import_empty', 'Danh sách không có dòng nào dưới dòng tiêu đề.');
  const valid = rows.every((r) => r.errors.length === 0);
  if (!valid || !commit) return { valid, committed: false, rows };
  // All or nothing: one transaction for every row.
  await db.transaction().execute(async (trx) => {
    for (const input of inputs) await insertNomination(trx, actor, campaign, input);
  });
  return { valid, committed: true, rows };
}

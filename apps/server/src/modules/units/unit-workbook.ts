import { foldVietnamese, UNIT_KIND_LABELS, UNIT_KINDS, UNIT_XLSX_COLUMNS, type Unit } from '@tongket/domain';
import { badRequest } from '../../http/problem.ts';
import { assertRowLimit, cellAt, newWorkbook, type PlainSheet, readWorkbook } from '../../lib/workbook.ts';

export type UnitColumnKey = (typeof UNIT_XLSX_COLUMNS)[number]['key'];
export interface SheetRow {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  /** Each column's text; the agency code is undefined when the file has no such column (kept as is). */
  values: Record<Exclude<UnitColumnKey, 'agencyCode'>, string> & { agencyCode?: string };
}

/** A province's units, with its departments', districts' and communes' own: a few thousand at most. */
export const MAX_IMPORT_ROWS = 5_000;
const PURPOSE = {
  what: { vi: 'tệp danh sách đơn vị', en: 'the unit list file' },
  purpose: { vi: 'Danh sách đơn vị', en: 'The unit list' },
  maxRows: MAX_IMPORT_ROWS,
};
const SHEET_NAME = 'Đơn vị';
const KIND_SHEET_NAME = 'Loại đơn vị';

/** Reads the unit sheet into trimmed NFC strings, after checking it really is an .xlsx with our columns. */
export async function readUnitSheet(buffer: Buffer): Promise<SheetRow[]> {
  const workbook = await readWorkbook(buffer, PURPOSE);
  const sheet = workbook.sheets.find((ws) => headerMap(ws).has('code')) ?? workbook.sheets[0];
  if (!sheet) throw badRequest('import_empty', { case: 'no_sheet' });
  const columns = headerMap(sheet);
  const missing = UNIT_XLSX_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map(
    (c) => `"${c.header}"`,
  );
  if (missing.length > 0) {
    throw badRequest('import_missing_columns', {
      case: 'units',
      missing,
      columns: UNIT_XLSX_COLUMNS.map((c) => c.header),
    });
  }
  const rows: SheetRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rows.length; rowNumber++) {
    const values = {} as SheetRow['values'];
    let any = false;
    for (const column of UNIT_XLSX_COLUMNS) {
      const index = columns.get(column.key);
      // A file made before the agency code was a column leaves every unit's code as it is.
      if (index === undefined && column.key === 'agencyCode') continue;
      const text = index === undefined ? '' : cellAt(sheet, rowNumber, index);
      values[column.key] = text;
      if (text !== '') any = true;
    }
    if (any) rows.push({ row: rowNumber, values });
  }
  if (rows.length === 0) throw badRequest('import_empty', { case: 'no_data_rows' });
  assertRowLimit(PURPOSE, rows.length);
  return rows;
}

function headerMap(sheet: PlainSheet): Map<UnitColumnKey, number> {
  const map = new Map<UnitColumnKey, number>();
  (sheet.rows[0] ?? []).forEach((text, index) => {
    const col = index + 1;
    const folded = foldVietnamese(text);
    if (!folded) return;
    const column = UNIT_XLSX_COLUMNS.find(
      (c) => foldVietnamese(c.header) === folded || c.key.toLowerCase() === folded,
    );
    if (column && !map.has(column.key)) map.set(column.key, col);
  });
  return map;
}

/** The unit list as an .xlsx that imports back unchanged: same columns, kinds by their Vietnamese label. */
export async function writeUnitWorkbook(
  units: Unit[],
  codeOf: (id: string) => string | undefined,
): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tổng kết';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = UNIT_XLSX_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: {
      code: 16,
      name: 48,
      shortName: 24,
      kind: 30,
      parentCode: 20,
      email: 30,
      active: 16,
      order: 10,
      agencyCode: 22,
    }[c.key],
  }));
  sheet.getRow(1).font = { bold: true };
  for (const unit of units) {
    sheet.addRow({
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName ?? '',
      kind: UNIT_KIND_LABELS[unit.kind].vi,
      parentCode: unit.parentId ? (codeOf(unit.parentId) ?? '') : '',
      email: unit.email ?? '',
      active: unit.active ? 'Có' : 'Không',
      order: unit.order,
      agencyCode: unit.agencyCode ?? '',
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: UNIT_XLSX_COLUMNS.length } };
  const kinds = workbook.addWorksheet(KIND_SHEET_NAME);
  kinds.columns = [
    { header: 'Loại đơn vị', key: 'label', width: 36 },
    { header: 'Mã loại', key: 'kind', width: 16 },
  ];
  kinds.getRow(1).font = { bold: true };
  for (const kind of UNIT_KINDS) kinds.addRow({ label: UNIT_KIND_LABELS[kind].vi, kind });
  const lastRow = units.length + 200;
  for (let r = 2; r <= lastRow; r++) {
    sheet.getCell(r, 4).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`'${KIND_SHEET_NAME}'!$A$2:$A$${UNIT_KINDS.length + 1}`],
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

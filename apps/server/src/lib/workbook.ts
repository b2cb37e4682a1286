import ExcelJS from 'exceljs';
import { badRequest } from '../http/problem.ts';

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Opens an uploaded .xlsx, or refuses it in words the person can act on. `what` names the list
 * they meant to send: "danh sách đại biểu".
 */
export async function loadWorkbook(file: Buffer, what: string): Promise<ExcelJS.Workbook> {
  if (file.subarray(0, 4).equals(OLE_MAGIC)) {
    throw badRequest(
      'import_not_xlsx',
      'Tệp là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)" rồi nhập lại.',
    );
  }
  // An .xlsx is a zip: anything else (a CSV, a renamed PDF) is refused before parsing.
  if (!file.subarray(0, 4).equals(XLSX_MAGIC)) {
    throw badRequest(
      'import_not_xlsx',
      `Tệp tải lên không phải tệp Excel (.xlsx). Hãy chọn ${what} dạng .xlsx.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw badRequest('import_not_xlsx', 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.');
  }
  return workbook;
}

/**
 * What a cell shows as text, in NFC and trimmed: rich text joined, a link's text (Excel links an
 * e-mail address by itself), a formula's result, a date as yyyy-mm-dd.
 */
export function cellText(value: ExcelJS.CellValue): string {
  return raw(value).normalize('NFC').trim();
}

function raw(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return raw(value.text as ExcelJS.CellValue);
  if ('result' in value) return raw(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

export interface HeaderRow<K> {
  /** 1-based row of the headings. */
  row: number;
  columns: Map<K, number>;
}

/**
 * The first of the sheet's first rows whose headings name every required column (a title or a
 * blank line may sit above it). `columnOf` tells which column a heading names, if any.
 */
export function findHeaderRow<K>(
  sheet: ExcelJS.Worksheet,
  columnOf: (heading: string) => K | undefined,
  isComplete: (found: ReadonlyMap<K, number>) => boolean,
  scanRows = 10,
): HeaderRow<K> | undefined {
  for (let r = 1; r <= Math.min(sheet.rowCount, scanRows); r++) {
    const found = new Map<K, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = columnOf(cellText(cell.value));
      if (key !== undefined && !found.has(key)) found.set(key, col);
    });
    if (isComplete(found)) return { row: r, columns: found };
  }
  return undefined;
}

import type { Bilingual } from '@tongket/domain';
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { type HttpProblem, problem } from '../../http/problem.ts';
import { guardZip } from './zip-guard.ts';

const EXCEL_FILE: Bilingual = { vi: 'Tệp Excel', en: 'The Excel file' };

/**
 * Reads an .xlsx into plain text, inside a parser worker: the zip guard first, then the rows are
 * counted in the sheets' XML, so a workbook longer than its purpose allows is refused in
 * milliseconds instead of being parsed for seconds; only then does ExcelJS read it.
 */

export interface WorkbookParseOptions {
  /** The most data rows a sheet may hold for this import. */
  maxRows: number;
  /** What the list is, for the message: "Danh sách đại biểu". */
  purpose: Bilingual;
  /** The list as asked for, for the message: "danh sách đại biểu". */
  what: Bilingual;
}

export interface PlainSheet {
  name: string;
  /** rows[r - 1][c - 1] is what the cell at row r, column c shows, as text ('' when empty). */
  rows: string[][];
}

export interface PlainWorkbook {
  sheets: PlainSheet[];
}

/** Title and heading lines a sheet may have above its data. */
const ROWS_ABOVE_DATA = 10;

export const tooManyRows = (purpose: Bilingual, rows: number, maxRows: number) =>
  problem('import_too_many_rows', { purpose, rows, maxRows }, { limit: maxRows, rows });

export const unreadableWorkbook = () => problem('import_not_xlsx', { case: 'unreadable' });

export const notXlsx = (what: Bilingual) => problem('import_not_xlsx', { case: 'not_excel', what });

/**
 * A zip (the caller has looked at its first bytes) through the zip guard, then parsed: every
 * refusal is the problem the person sees.
 */
export async function readWorkbookPackage(
  file: Buffer,
  options: WorkbookParseOptions,
): Promise<PlainWorkbook> {
  const { names } = await guardZip(file, EXCEL_FILE).catch((problem: HttpProblem) => {
    throw problem.code === 'zip_unreadable' ? unreadableWorkbook() : problem;
  });
  if (!names.some((n) => /^xl\/workbook\.xml$/i.test(n))) throw notXlsx(options.what);
  return parseWorkbook(file, options);
}

export async function parseWorkbook(file: Buffer, options: WorkbookParseOptions): Promise<PlainWorkbook> {
  let sheetsXml: Record<string, Uint8Array>;
  try {
    sheetsXml = unzipSync(new Uint8Array(file.buffer, file.byteOffset, file.byteLength), {
      filter: (entry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name),
    });
  } catch {
    throw unreadableWorkbook();
  }
  for (const xml of Object.values(sheetsXml)) {
    const rows = filledRows(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength));
    if (rows > options.maxRows + ROWS_ABOVE_DATA) {
      throw tooManyRows(options.purpose, rows - 1, options.maxRows);
    }
  }
  // Loaded here, not at the top: lib/workbook.ts imports this file's helpers on the server's start path.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadableWorkbook();
  }
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows: string[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row, r) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          cells[c - 1] = cellText(cell.value);
        });
        rows[r - 1] = Array.from(cells, (text) => text ?? '');
      });
      return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
    }),
  };
}

const ROW = Buffer.from('<row');
const ROW_END = Buffer.from('</row>');
const VALUE = Buffer.from('<v');
const INLINE = Buffer.from('<is>');

/** How many <row> elements of a sheet hold a value (formatting alone makes empty rows). */
export function filledRows(xml: Buffer): number {
  let count = 0;
  let at = xml.indexOf(ROW);
  while (at !== -1) {
    const next = xml[at + ROW.length];
    // "<rowBreaks" and the like are not rows.
    if (next !== 0x20 && next !== 0x3e && next !== 0x2f && next !== 0x0a && next !== 0x0d && next !== 0x09) {
      at = xml.indexOf(ROW, at + ROW.length);
      continue;
    }
    const close = xml.indexOf(0x3e, at);
    if (close === -1) break;
    if (xml[close - 1] === 0x2f) {
      // <row r="5"/>: nothing in it.
      at = xml.indexOf(ROW, close);
      continue;
    }
    const end = xml.indexOf(ROW_END, close);
    const body = xml.subarray(at, end === -1 ? xml.length : end);
    if (body.includes(VALUE) || body.includes(INLINE)) count++;
    if (end === -1) break;
    at = xml.indexOf(ROW, end);
  }
  return count;
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

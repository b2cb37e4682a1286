import type { Bilingual } from '@tongket/domain';
import type ExcelJS from 'exceljs';
import { problem } from '../http/problem.ts';
import { isOleFile, oleHasStream, readOleDirectoryNames } from './read-ole-directory.ts';
import { notXlsx, type PlainSheet, tooManyRows } from './uploads/parse-workbook.ts';
import { parseInWorker } from './uploads/parser-pool.ts';
import { isZip } from './uploads/zip-guard.ts';

export type { PlainSheet, PlainWorkbook } from './uploads/parse-workbook.ts';
export { cellText } from './uploads/parse-workbook.ts';

/**
 * A new, empty workbook to write an export into. ExcelJS (with its zip and XML libraries, some
 * 30 MB) is loaded on the first one a process makes, not at start-up: most requests make none.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}

export interface WorkbookPurpose {
  /** The list the person meant to send, as asked for: "danh sách đại biểu". */
  what: Bilingual;
  /** The same, to open a sentence: "Danh sách đại biểu". */
  purpose: Bilingual;
  /** The most data rows this list may have in one import. */
  maxRows: number;
}

/**
 * Opens an uploaded .xlsx as plain text, or refuses it in words the person can act on. Its first
 * bytes are looked at here; everything that reads further (the zip guard, which inflates every
 * part, then the parser) runs in a parser process with its own memory and time limits.
 */
export async function readWorkbook(file: Buffer, purpose: WorkbookPurpose) {
  if (isOleFile(file)) {
    const names = readOleDirectoryNames(file);
    if (oleHasStream(file, names, 'EncryptionInfo') || oleHasStream(file, names, 'EncryptedPackage')) {
      throw problem('import_encrypted');
    }
    throw problem('import_not_xlsx', { case: 'xls' });
  }
  // An .xlsx is a zip: anything else (a CSV, a renamed PDF) is refused without a worker.
  if (!isZip(file)) throw notXlsx(purpose.what);
  return parseInWorker('xlsx', file, {
    maxRows: purpose.maxRows,
    purpose: purpose.purpose,
    what: purpose.what,
  });
}

/** Refuses a list with more data rows than its purpose allows, saying the limit. */
export function assertRowLimit(purpose: WorkbookPurpose, dataRows: number): void {
  if (dataRows > purpose.maxRows) throw tooManyRows(purpose.purpose, dataRows, purpose.maxRows);
}

/** Rows below the heading row that show anything. */
export function dataRowCount(sheet: PlainSheet, headerRow: number): number {
  return sheet.rows.slice(headerRow).filter((row) => row.some((text) => text !== '')).length;
}

/** What the cell at row r, column c (both 1-based) shows, '' when empty. */
export function cellAt(sheet: PlainSheet, row: number, column: number): string {
  return sheet.rows[row - 1]?.[column - 1] ?? '';
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
  sheet: PlainSheet,
  columnOf: (heading: string) => K | undefined,
  isComplete: (found: ReadonlyMap<K, number>) => boolean,
  scanRows = 10,
): HeaderRow<K> | undefined {
  for (let r = 1; r <= Math.min(sheet.rows.length, scanRows); r++) {
    const found = new Map<K, number>();
    (sheet.rows[r - 1] ?? []).forEach((text, index) => {
      const key = text === '' ? undefined : columnOf(text);
      if (key !== undefined && !found.has(key)) found.set(key, index + 1);
    });
    if (isComplete(found)) return { row: r, columns: found };
  }
  return undefined;
}

import type { Bilingual, Outline, WordImport } from '@tongket/domain';
import type { PlainWorkbook, WorkbookParseOptions } from './parse-workbook.ts';
import type { GuardedZip } from './zip-guard.ts';

/**
 * What runs inside a parser worker process (parser-pool.ts forks src/parser-worker.ts, the process's
 * composition root, which maps each kind to its parser): everything that reads an upload past its
 * first bytes — the zip guard, which inflates every part, and the parsers after it. A job
 * carries the file and plain options and gets back plain data, or the problem that refused the file.
 */
export interface ParseJobs {
  /** A zip-based attachment: the guard alone, answering the entry names. */
  zip: { options: { what: Bilingual }; result: GuardedZip };
  /** A workbook to import: the guard, then the rows as text. */
  xlsx: { options: WorkbookParseOptions; result: PlainWorkbook };
  /** A unit's Word report: the guard, the conversion, the matching to the outline. */
  docx: { options: WordReportJob; result: WordImport };
}

/** What the Word import hands a parser process with the file; plain data, so it crosses. */
export interface WordReportJob {
  outline: Outline;
  /** Total size the package's parts may unpack to. */
  maxUncompressedBytes?: number;
}

import type { Bilingual, WordImport } from '@tongket/domain';
import { HttpProblem } from '../../http/problem.ts';
import {
  readWordReport,
  type WordReportJob,
} from '../../modules/assignments/word-import/read-word-report.ts';
import { type PlainWorkbook, readWorkbookPackage, type WorkbookParseOptions } from './parse-workbook.ts';
import { type GuardedZip, guardZip } from './zip-guard.ts';

/**
 * What runs inside a parser worker process (see parser-pool.ts): everything that reads an upload
 * past its first bytes — the zip guard, which inflates every part, and the parsers after it. A job
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

const handlers: {
  [K in keyof ParseJobs]: (file: Buffer, options: ParseJobs[K]['options']) => Promise<ParseJobs[K]['result']>;
} = {
  zip: (file, options) => guardZip(file, options.what),
  xlsx: readWorkbookPackage,
  docx: readWordReport,
};

const send = (message: unknown) => process.send?.(message);

if (process.send) {
  process.on('message', async (job: { kind: keyof ParseJobs; file: Uint8Array; options: never }) => {
    try {
      const file = Buffer.from(job.file.buffer, job.file.byteOffset, job.file.byteLength);
      const result = await handlers[job.kind](file, job.options);
      send({ ok: true, result });
    } catch (error) {
      if (error instanceof HttpProblem) {
        const { code, params, extra } = error;
        send({ ok: false, problem: { code, params, extra } });
      } else {
        send({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  });
  // The server went away: so does its worker.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}

import { HttpProblem } from './http/problem.ts';
import type { ParseJobs } from './lib/uploads/parse-jobs.ts';
import { readWorkbookPackage } from './lib/uploads/parse-workbook.ts';
import { guardZip } from './lib/uploads/zip-guard.ts';
import { readWordReport } from './modules/assignments/index.ts';

/**
 * The entry of a parser worker process (forked by lib/uploads/parser-pool.ts): each kind of job in
 * lib/uploads/parse-jobs.ts and the parser that answers it. It sits with the composition root because
 * it composes the kernel's parsers with a module's (the Word report import).
 */
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

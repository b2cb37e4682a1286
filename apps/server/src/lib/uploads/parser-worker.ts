import { HttpProblem } from '../../http/problem.ts';
import { convertDocx, type DocxConvertOptions } from './convert-docx.ts';
import { type PlainWorkbook, parseWorkbook, type WorkbookParseOptions } from './parse-workbook.ts';

/**
 * The parsers that run inside a parser worker process (see parser-pool.ts). A job carries the file and
 * plain options and gets back plain data, or the problem that refused the file.
 */
export interface ParseJobs {
  xlsx: { options: WorkbookParseOptions; result: PlainWorkbook };
  docx: { options: DocxConvertOptions; result: string };
}

const handlers: {
  [K in keyof ParseJobs]: (file: Buffer, options: ParseJobs[K]['options']) => Promise<ParseJobs[K]['result']>;
} = {
  xlsx: parseWorkbook,
  docx: convertDocx,
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
        const { status, code, detail, extra } = error;
        send({ ok: false, problem: { status, code, detail, extra } });
      } else {
        send({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  });
  // The server went away: so does its worker.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}

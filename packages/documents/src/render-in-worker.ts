/**
 * Renders a long document on a worker thread. pdfmake lays out a consolidated report of a few
 * dozen units (hundreds of pages) for seconds and holds every page: on the server's own thread it
 * would hold every request that long, and swell the process. A worker has a heap of its own,
 * capped, and gives everything back when it ends; a document too large for the cap fails alone,
 * with DocumentTooLargeError, and the server carries on.
 */
import { Worker } from 'node:worker_threads';
import type { ConsolidatedDocumentInput } from './consolidated-document.ts';
import type { WorkerReply, WorkerRequest } from './render-worker.ts';
import type { UnitReportDocumentInput } from './unit-report-document.ts';

export class DocumentTooLargeError extends Error {
  constructor() {
    super('document too large to render');
    this.name = 'DocumentTooLargeError';
  }
}

/**
 * The worker's old generation, in MB. A DOCX body is streamed: room for every input text is
 * enough. pdfmake holds the whole laid-out document, about 8 MB a hundred pages.
 */
const HEAP_MB = { docx: 256, pdf: 768 } as const;

/** Loads the worker's TypeScript through tsx, as the server itself is loaded. */
const BOOT = `
(async () => {
  const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
  register();
  await import(${JSON.stringify(new URL('./render-worker.ts', import.meta.url).href)});
})().catch((error) => {
  require('node:worker_threads').parentPort.postMessage({ ok: false, message: String(error && error.stack || error) });
});
`;

/**
 * The most report text (characters of HTML) a consolidated PDF is made from: about 4 MB, some
 * 1,500 pages, which pdfmake lays out in about ten seconds within the worker's heap. Beyond it
 * the DOCX serves (it streams, whatever the length).
 */
export const PDF_MAX_TEXT_CHARS = 4_000_000;

export function renderConsolidatedInWorker(
  input: ConsolidatedDocumentInput,
  format: 'docx' | 'pdf',
): Promise<Buffer> {
  if (format === 'pdf' && input.sections.reduce((n, s) => n + s.html.length, 0) > PDF_MAX_TEXT_CHARS) {
    return Promise.reject(new DocumentTooLargeError());
  }
  return renderInWorker({ kind: 'consolidated', input, format });
}

/**
 * A unit's own report (Báo cáo), rendered on a worker like a consolidated one: a unit may paste a
 * long report, and its download must not hold the server's thread while pdfmake lays it out.
 */
export function renderUnitReportInWorker(
  input: UnitReportDocumentInput,
  format: 'docx' | 'pdf',
): Promise<Buffer> {
  if (format === 'pdf' && input.sections.reduce((n, s) => n + s.html.length, 0) > PDF_MAX_TEXT_CHARS) {
    return Promise.reject(new DocumentTooLargeError());
  }
  return renderInWorker({ kind: 'unitReport', input, format });
}

function renderInWorker(request: WorkerRequest): Promise<Buffer> {
  const format = request.format;
  return new Promise<Buffer>((resolve, reject) => {
    const worker = new Worker(BOOT, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB[format] },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) =>
      settle(() =>
        reply.ok
          ? resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength))
          : reject(new Error(`document worker: ${reply.message}`)),
      ),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DocumentTooLargeError() : error)),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`document worker stopped (exit code ${code})`))),
    );
    worker.postMessage(request);
  });
}

/**
 * The worker side of render-in-worker.ts: builds one document from plain data and renders it,
 * then hands the bytes back (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { buildConsolidatedDocument, type ConsolidatedDocumentInput } from './consolidated-document.ts';
import { buildUnitReportDocument, type UnitReportDocumentInput } from './unit-report-document.ts';

export type WorkerRequest =
  | { kind: 'consolidated'; input: ConsolidatedDocumentInput; format: 'docx' | 'pdf' }
  | { kind: 'unitReport'; input: UnitReportDocumentInput; format: 'docx' | 'pdf' };

export type WorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const port = parentPort;
if (port) {
  port.once('message', async (request: WorkerRequest) => {
    try {
      const document =
        request.kind === 'unitReport'
          ? buildUnitReportDocument(request.input)
          : buildConsolidatedDocument(request.input);
      // Only the renderer asked for is loaded: pdfmake and its fonts take a while to start.
      const rendered =
        request.format === 'pdf'
          ? await (await import('./render-pdf.ts')).renderPdf(document)
          : await (await import('./render-docx.ts')).renderDocx(document);
      // A copy of its own, so the transfer never takes a pooled buffer's neighbours with it.
      const bytes = new Uint8Array(rendered);
      port.postMessage({ ok: true, bytes } satisfies WorkerReply, [bytes.buffer]);
    } catch (error) {
      port.postMessage({ ok: false, message: (error as Error).message } satisfies WorkerReply);
    }
  });
}

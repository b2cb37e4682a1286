/**
 * The cheap half of the package: the document model, its builders, the Decree 30 rules, the
 * document data a page draws, HTML → blocks, edXML and the worker renders (whose renderers load on
 * the worker). No renderer, font or signature library: the server imports this at start-up as
 * `@tongket/documents/builders` and loads the rest (`@tongket/documents`: docx, pdfmake and Tinos,
 * pdf-lib, pkijs) on first use, so a server that renders nothing does not carry them.
 */
export * from './consolidated-document.ts';
export * from './decision-document.ts';
export * from './decree30.ts';
export * from './document-data.ts';
export * from './edxml/index.ts';
export * from './html-blocks.ts';
export * from './invitation-document.ts';
export type * from './model.ts';
export * from './plan-document.ts';
export {
  DocumentTooLargeError,
  PDF_MAX_TEXT_CHARS,
  renderConsolidatedInWorker,
  renderUnitReportInWorker,
} from './render-in-worker.ts';
export { SIGNATURE_VERDICT_LABELS } from './signature/verdict-labels.ts';
export * from './unit-report-document.ts';

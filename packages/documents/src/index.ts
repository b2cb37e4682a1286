export * from './certificates.ts';
export * from './consolidated-document.ts';
export * from './decision-document.ts';
export * from './decree30.ts';
export * from './document-data.ts';
export * from './edxml/index.ts';
export * from './html-blocks.ts';
export * from './invitation-document.ts';
export type * from './model.ts';
export * from './plan-document.ts';
export { renderDocx } from './render-docx.ts';
export {
  DocumentTooLargeError,
  renderConsolidatedInWorker,
  renderUnitReportInWorker,
} from './render-in-worker.ts';
export { pdfDefinition, pdfFontReuseCount, renderPdf, renderPdfSet } from './render-pdf.ts';
export * from './signature/index.ts';
export * from './unit-report-document.ts';

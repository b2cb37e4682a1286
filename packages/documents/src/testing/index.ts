export {
  issueTestIdentity,
  makeNssDb,
  makeTestPki,
  type NssDb,
  pdfsigMissing,
  pdfsigSign,
  pdfsigVerify,
  sealImagePng,
  signatureImagePng,
  TEST_AGENCY,
  type TestIdentity,
  type TestPki,
} from './pki.ts';
export { type DocxContent, type DocxSection, readDocx } from './read-docx.ts';
export { type EdxmlContent, readEdxml } from './read-edxml.ts';
export { type PdfContent, readPdf } from './read-pdf.ts';
export { samplePlan } from './sample.ts';
export { BINH_DUONG_SEED, normaliseText, QUANG_TRI_SEED, seedLines } from './seed-text.ts';

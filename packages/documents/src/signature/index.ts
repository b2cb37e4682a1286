export {
  FALLBACK as SIGNATURE_FALLBACK_PLACE,
  locateSignatureBlock,
  type Rect,
  type SignatureAppearance,
  type SignatureRole,
  vietnamIsoTime,
} from './appearance.ts';
export { type CertificateInput, foldOrganisation, loadTrustStore, readCertificates } from './certificates.ts';
export { buildDetachedCms, type CmsSignOptions } from './cms.ts';
export {
  type Blank,
  dayAndMonth,
  type HeaderBlanks,
  locateHeaderBlanks,
  placeReleaseMarks,
  ReleaseMarksError,
  readReleaseMarks,
} from './release-marks.ts';
export {
  createDevSigner,
  DEFAULT_CONTENTS_BYTES,
  DevSignerDisabledError,
  devSignerEnabled,
  embedSignature,
  type LocalCertificateOptions,
  type PdfSigner,
  type PreparedSignature,
  preparePdfSignature,
  type SignatureRequest,
  signPdfWithLocalCertificate,
} from './sign.ts';
export {
  changesAfterRevision,
  type PdfVerification,
  SIGNATURE_VERDICT_LABELS,
  type SignatureCheck,
  type SignatureVerdict,
  type SignerInfo,
  type VerifyOptions,
  verifyPdfSignatures,
} from './verify.ts';

/** What the signing module offers the rest of the server (docs/signatures.md, "The signing protocol"). */
export {
  checkSignedUpload,
  fetchSigningDocument,
  latestStepSignature,
  listDocumentSignatures,
  type OpenSessionInput,
  openSigningSession,
  recordSignedUpload,
  releasedPdf,
  type SessionRow,
  type SignatureRow,
  type SignedDocumentKind,
  servedPdfOf,
  sessionActor,
  sessionForUpload,
  signedPdfOf,
  signingPaths,
} from './signing.ts';

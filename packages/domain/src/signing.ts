import { z } from 'zod';
import { dateSchema } from './bounds.ts';
import { campaignIssueSchema } from './campaigns.ts';

/**
 * Digital signing in two steps (Decree 30/2020/NĐ-CP): 'sign' — the person with authority signs the
 * draft; 'release' — the records office (văn thư) signs for the agency, and the number and date are
 * put on the document. See docs/signatures.md, "The signing protocol".
 */
export const SIGNING_STEPS = ['sign', 'release'] as const;
export type SigningStep = (typeof SIGNING_STEPS)[number];

/** How long the one-time links of a signing session stay valid. */
export const SIGNING_SESSION_MINUTES = 10;

/** The URL scheme a signing program on the signer's computer is registered for. */
export const SIGNING_LAUNCH_SCHEME = 'tongket-sign:';

/** Starting a step: the round's version; for the release the number and date, as issuing takes them. */
export const signingStartSchema = z.strictObject({
  step: z.enum(SIGNING_STEPS),
  version: z.number().int(),
  docNumber: campaignIssueSchema.shape.docNumber,
  docDate: dateSchema({ vi: 'Ngày ban hành', en: 'The issue date' }).optional(),
});
export type SigningStart = z.infer<typeof signingStartSchema>;

/** The one-time links of a session, and the launch URL that hands them to the signing program. */
export const signingSessionSchema = z.object({
  id: z.string(),
  step: z.enum(SIGNING_STEPS),
  fetchUrl: z.string(),
  uploadUrl: z.string(),
  launchUrl: z.string(),
  expiresAt: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
});
export type SigningSession = z.infer<typeof signingSessionSchema>;

/** A signature the system accepted on a document. */
export const documentSignatureSchema = z.object({
  id: z.string(),
  step: z.enum(SIGNING_STEPS),
  /** The document's version that was signed (the round's version for a plan). */
  documentVersion: z.number().int(),
  startedBy: z.string(),
  recordedAt: z.string(),
  signerCommonName: z.string().nullable(),
  signerOrganisation: z.string().nullable(),
  certificateSerial: z.string(),
  certificateSha256: z.string(),
  signingTime: z.string().nullable(),
  pdfSha256: z.string(),
});
export type DocumentSignature = z.infer<typeof documentSignatureSchema>;

/** What the upload link answers when the signed PDF is accepted. */
export const signedUploadAnswerSchema = z.object({
  step: z.enum(SIGNING_STEPS),
  signature: documentSignatureSchema,
  /** The release step issued the document (the round of a plan, an award decision). */
  issued: z.boolean(),
});

/** The launch URL: tongket-sign:?fetch=<url>&upload=<url> — both links, nothing else. */
export function signingLaunchUrl(fetchUrl: string, uploadUrl: string): string {
  return `${SIGNING_LAUNCH_SCHEME}?${new URLSearchParams({ fetch: fetchUrl, upload: uploadUrl }).toString()}`;
}

/** The two links of a launch URL, or undefined when it is not one. */
export function parseSigningLaunchUrl(url: string): { fetchUrl: string; uploadUrl: string } | undefined {
  if (!url.startsWith(SIGNING_LAUNCH_SCHEME)) return undefined;
  const query = url.slice(SIGNING_LAUNCH_SCHEME.length).replace(/^\/*\?/, '');
  const params = new URLSearchParams(query);
  const fetchUrl = params.get('fetch');
  const uploadUrl = params.get('upload');
  return fetchUrl && uploadUrl ? { fetchUrl, uploadUrl } : undefined;
}

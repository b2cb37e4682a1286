import { z } from 'zod';

/**
 * What the check of a signed PDF found, signature by signature (see docs/signatures.md). `valid`:
 * the signature covers the whole file, its digest matches, the certificate chains to the
 * installation's trust store, was valid when it signed, and names the sending organisation.
 */
export const SIGNATURE_VERDICTS = [
  'valid',
  'changed',
  'unknown_issuer',
  'expired',
  'other_organisation',
  'partial',
  'malformed',
  'unsigned',
  'not_pdf',
] as const;
export type SignatureVerdict = (typeof SIGNATURE_VERDICTS)[number];

export const SIGNATURE_VERDICT_LABELS: Record<SignatureVerdict, { vi: string; en: string }> = {
  valid: { vi: 'Chữ ký số hợp lệ', en: 'Valid signature' },
  changed: { vi: 'Đã bị sửa sau khi ký', en: 'Changed after signing' },
  unknown_issuer: { vi: 'Không rõ tổ chức cấp chứng thư', en: 'Unknown certificate issuer' },
  expired: { vi: 'Chứng thư số hết hạn khi ký', en: 'Certificate expired at signing' },
  other_organisation: { vi: 'Ký bởi cơ quan khác', en: 'Signed by another organisation' },
  partial: { vi: 'Chữ ký chỉ bao một phần tệp', en: 'Signature covers part of the file' },
  malformed: { vi: 'Chữ ký hỏng, không đọc được', en: 'Malformed signature' },
  unsigned: { vi: 'Chưa ký số', en: 'Not signed' },
  not_pdf: { vi: 'Không phải tệp PDF', en: 'Not a PDF file' },
};

/** The check of one file's signatures as it is kept with the file and shown to whoever receives it. */
export const signatureCheckSchema = z.object({
  verdict: z.enum(SIGNATURE_VERDICTS),
  /** The signer's name (certificate CN) and organisation (O), of the last signature. */
  signer: z.string().nullable(),
  organisation: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** SHA-256 of the signer's certificate, hex pairs. */
  certificate: z.string().nullable(),
  /** How many signatures the file holds. */
  count: z.number().int(),
  checkedAt: z.string(),
});
export type SignatureCheck = z.infer<typeof signatureCheckSchema>;

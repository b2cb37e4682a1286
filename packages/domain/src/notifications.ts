import { z } from 'zod';

/** A message of the outbox: mailed when SMTP is configured and the unit has an address, read in the app always. */
export const noticeSchema = z.object({
  id: z.string(),
  kind: z.string(),
  campaignId: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  toAddress: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const noticeQuerySchema = z.strictObject({
  campaignId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

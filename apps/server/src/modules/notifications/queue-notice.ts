import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { insertOutboxRows } from './store.ts';

export interface Notice {
  kind: string;
  /** One message per key, ever: a retried or repeated run queues nothing new. */
  dedupeKey: string;
  campaignId?: string | null;
  unitId?: string | null;
  toAddress?: string | null;
  subject: string;
  body: string;
  /** A path inside the app ("/campaigns/…"), made absolute when mailed. */
  link?: string | null;
}

/**
 * Queues messages in the outbox, in the caller's transaction: they exist exactly when the change
 * that caused them does. The mailer sends them when SMTP_URL is set; otherwise people read them
 * in the app.
 */
export async function queueNotices(db: Kysely<Database>, notices: Notice[]): Promise<void> {
  const now = nowIso();
  await insertOutboxRows(
    db,
    notices.map((n) => ({
      id: newId(),
      kind: n.kind,
      dedupe_key: n.dedupeKey,
      campaign_id: n.campaignId ?? null,
      unit_id: n.unitId ?? null,
      to_address: n.toAddress ?? null,
      subject: n.subject,
      body: n.body,
      link: n.link ?? null,
      created_at: now,
      sent_at: null,
      claimed_at: null,
      attempts: 0,
      last_error: null,
    })),
  );
}

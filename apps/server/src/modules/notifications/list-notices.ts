import type { Notice } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { type NoticeFilter, selectNotices } from './store.ts';

/**
 * Messages newest first: one unit's (its inbox), or the outbox of a province — messages to its
 * units, and those to no unit about one of its rounds (a delegate's invitation) — or, for the
 * system administrator (scope null), every message.
 */
export async function listNotices(
  db: Kysely<Database>,
  tree: UnitTree,
  filter: NoticeFilter,
): Promise<Notice[]> {
  const rows = await selectNotices(db, filter);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    unitName: r.unit_id ? (tree.byId.get(r.unit_id)?.name ?? null) : null,
    toAddress: r.to_address,
    subject: r.subject,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    attempts: r.attempts,
    lastError: r.last_error,
  }));
}

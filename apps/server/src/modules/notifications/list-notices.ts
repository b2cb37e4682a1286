import type { Notice } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../units/unit-directory.ts';

/** Messages newest first: one unit's (its inbox), or all of them (the admin's outbox). */
export async function listNotices(
  db: Kysely<Database>,
  tree: UnitTree,
  filter: { unitId?: string; campaignId?: string; limit?: number },
): Promise<Notice[]> {
  let query = db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (filter.unitId) query = query.where('unit_id', '=', filter.unitId);
  if (filter.campaignId) query = query.where('campaign_id', '=', filter.campaignId);
  const rows = await query.limit(filter.limit ?? 100).execute();
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

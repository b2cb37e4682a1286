import type { Notice } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { type ProvinceScope, withProvince } from '../audit/index.ts';

/**
 * Messages newest first: one unit's (its inbox), or the outbox of a province — messages to its
 * units, and those to no unit about one of its rounds (a delegate's invitation) — or, for the
 * system administrator (scope null), every message.
 */
export async function listNotices(
  db: Kysely<Database>,
  tree: UnitTree,
  filter: { unitId?: string; campaignId?: string; limit?: number; scope?: ProvinceScope },
): Promise<Notice[]> {
  let query = withProvince(db, filter.scope?.provinceId ?? '')
    .selectFrom('outbox')
    .selectAll('outbox')
    .orderBy('outbox.created_at', 'desc')
    .orderBy('outbox.id', 'desc');
  if (filter.scope) {
    query = query.where((eb) =>
      eb.or([
        eb('outbox.unit_id', 'in', eb.selectFrom('province_units').select('province_units.id')),
        eb.and([
          eb('outbox.unit_id', 'is', null),
          eb('outbox.campaign_id', 'in', eb.selectFrom('province_rounds').select('province_rounds.id')),
        ]),
      ]),
    );
  }
  if (filter.unitId) query = query.where('outbox.unit_id', '=', filter.unitId);
  if (filter.campaignId) query = query.where('outbox.campaign_id', '=', filter.campaignId);
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

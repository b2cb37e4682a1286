import { type Distribution, type Receipt, receiptStatus } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import { canManageCampaign } from './campaign-access.ts';
import type { StoredCampaign } from './plan-store.ts';

/**
 * The distribution of an issued plan: one receipt per unit it went to (every unit named in its
 * Nơi nhận and every unit with a task in it), written in the issue's own transaction; then when
 * someone of the unit first opened it and when the unit acknowledged it.
 */
export async function recordReceipts(
  trx: Kysely<Database>,
  campaignId: string,
  unitIds: Iterable<string>,
  at: string,
): Promise<void> {
  const unique = [...new Set(unitIds)];
  for (let i = 0; i < unique.length; i += 100) {
    await trx
      .insertInto('plan_receipts')
      .values(
        unique.slice(i, i + 100).map((unitId) => ({
          campaign_id: campaignId,
          unit_id: unitId,
          delivered_at: at,
          opened_at: null,
          opened_by: null,
          acknowledged_at: null,
          acknowledged_by: null,
        })),
      )
      .onConflict((oc) => oc.columns(['campaign_id', 'unit_id']).doNothing())
      .execute();
  }
}

/** Receipts of the plan, in tree order; a unit officer sees their own unit's only. */
export async function distribution(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  onlyOwn: boolean,
): Promise<Distribution> {
  let query = db.selectFrom('plan_receipts').selectAll().where('campaign_id', '=', campaign.id);
  if (onlyOwn) query = query.where('unit_id', '=', actor.unitId);
  const rows = await query.execute();
  const tasked = new Set(
    (
      await db
        .selectFrom('assignments')
        .select('unit_id')
        .distinct()
        .where('campaign_id', '=', campaign.id)
        .execute()
    ).map((r) => r.unit_id),
  );
  const mailed = new Map(
    (
      await db
        .selectFrom('outbox')
        .select(['unit_id', 'sent_at'])
        .where('campaign_id', '=', campaign.id)
        .where('kind', '=', 'campaign_issued')
        .where('sent_at', 'is not', null)
        .execute()
    ).map((r) => [r.unit_id, r.sent_at]),
  );
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const items: Receipt[] = rows
    .sort((a, b) => (order.get(a.unit_id) ?? 0) - (order.get(b.unit_id) ?? 0))
    .map((r) => {
      const reasons = campaign.plan.recipients
        .filter((rec) => rec.unitIds.includes(r.unit_id))
        .map((rec) => `Nơi nhận: ${rec.text}`);
      if (tasked.has(r.unit_id)) reasons.push('Có nhiệm vụ trong kế hoạch');
      const receipt = {
        openedAt: r.opened_at,
        acknowledgedAt: r.acknowledged_at,
      };
      return {
        unitId: r.unit_id,
        unitName: tree.byId.get(r.unit_id)?.name ?? '',
        reasons,
        status: receiptStatus(receipt),
        deliveredAt: r.delivered_at,
        mailedAt: mailed.get(r.unit_id) ?? null,
        openedAt: r.opened_at,
        openedBy: r.opened_by,
        acknowledgedAt: r.acknowledged_at,
        acknowledgedBy: r.acknowledged_by,
      };
    });
  return {
    campaignId: campaign.id,
    issuedAt: campaign.issuedAt,
    total: items.length,
    opened: items.filter((i) => i.openedAt !== null).length,
    acknowledged: items.filter((i) => i.acknowledgedAt !== null).length,
    items,
  };
}

/**
 * A person of a receiving unit read the issued round (its page or its plan document): the unit's
 * first opening, recorded by the read itself so it never depends on the page finishing loading.
 * The standing agency's own people, leadership (viewers never write) and units the plan did not
 * go to record nothing; once the opening is recorded, a read costs one indexed look-up.
 */
export async function recordPlanOpened(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
): Promise<void> {
  if (campaign.status === 'draft' || actor.role === 'viewer' || canManageCampaign(actor, campaign)) return;
  const receipt = await db
    .selectFrom('plan_receipts')
    .select('opened_at')
    .where('campaign_id', '=', campaign.id)
    .where('unit_id', '=', actor.unitId)
    .executeTakeFirst();
  if (receipt && receipt.opened_at === null) await markReceipt(db, actor, campaign, 'open');
}

/**
 * Someone of a receiving unit opened the plan, or acknowledged it for the unit. Only the first
 * opening and the first acknowledgement are kept (acknowledging also counts as opening); calling
 * again changes nothing.
 */
export async function markReceipt(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  step: 'open' | 'acknowledge',
  at = nowIso(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('plan_receipts')
      .selectAll()
      .where('campaign_id', '=', campaign.id)
      .where('unit_id', '=', actor.unitId)
      .executeTakeFirst();
    if (!row) {
      throw notFound('not_recipient');
    }
    // Each mark is taken only while unset: of two clicks at once, one records it.
    const opened = await trx
      .updateTable('plan_receipts')
      .set({ opened_at: at, opened_by: actor.username })
      .where('campaign_id', '=', campaign.id)
      .where('unit_id', '=', actor.unitId)
      .where('opened_at', 'is', null)
      .executeTakeFirst();
    const acknowledged =
      step === 'acknowledge'
        ? await trx
            .updateTable('plan_receipts')
            .set({ acknowledged_at: at, acknowledged_by: actor.username })
            .where('campaign_id', '=', campaign.id)
            .where('unit_id', '=', actor.unitId)
            .where('acknowledged_at', 'is', null)
            .executeTakeFirst()
        : undefined;
    const acknowledging = Number(acknowledged?.numUpdatedRows ?? 0) === 1;
    if (!acknowledging && Number(opened.numUpdatedRows) !== 1) return;
    await recordAudit(trx, actor, {
      action: acknowledging ? 'plan.acknowledged' : 'plan.opened',
      entityType: 'campaign',
      entityId: campaign.id,
      after: { unitId: actor.unitId },
    });
  });
}

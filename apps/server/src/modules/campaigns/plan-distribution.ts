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
import {
  insertReceipts,
  markReceiptStep,
  planMailedAt,
  receiptOpenedAt,
  selectReceipt,
  selectReceipts,
  taskedUnitIds,
} from './receipt-store.ts';

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
  await insertReceipts(trx, campaignId, [...new Set(unitIds)], at);
}

/** Receipts of the plan, in tree order; a unit officer sees their own unit's only. */
export async function distribution(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  onlyOwn: boolean,
): Promise<Distribution> {
  const rows = await selectReceipts(db, campaign.id, onlyOwn ? actor.unitId : undefined);
  const tasked = await taskedUnitIds(db, campaign.id);
  const mailed = await planMailedAt(db, campaign.id);
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
  const openedAt = await receiptOpenedAt(db, campaign.id, actor.unitId);
  if (openedAt === null) await markReceipt(db, actor, campaign, 'open');
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
    const row = await selectReceipt(trx, campaign.id, actor.unitId);
    if (!row) {
      throw notFound('not_recipient');
    }
    // Each mark is taken only while unset: of two clicks at once, one records it.
    const opened = await markReceiptStep(trx, campaign.id, actor.unitId, 'open', at, actor.username);
    const acknowledging =
      step === 'acknowledge' &&
      (await markReceiptStep(trx, campaign.id, actor.unitId, 'acknowledge', at, actor.username));
    if (!acknowledging && !opened) return;
    await recordAudit(trx, actor, {
      action: acknowledging ? 'plan.acknowledged' : 'plan.opened',
      entityType: 'campaign',
      entityId: campaign.id,
      after: { unitId: actor.unitId },
    });
  });
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/*
 * An issued plan's receipts (plan_receipts): one row per unit it went to, with when the unit first
 * opened it and acknowledged it. plan-distribution.ts decides who may mark what; this file only
 * reads and writes the rows.
 */

/** Delivers the plan to each unit once: a unit already holding a receipt keeps it. */
export async function insertReceipts(
  db: Kysely<Database>,
  campaignId: string,
  unitIds: string[],
  at: string,
): Promise<void> {
  for (let i = 0; i < unitIds.length; i += 100) {
    await db
      .insertInto('plan_receipts')
      .values(
        unitIds.slice(i, i + 100).map((unitId) => ({
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

/** The round's receipts, or only one unit's. */
export async function selectReceipts(db: Kysely<Database>, campaignId: string, unitId?: string) {
  let query = db.selectFrom('plan_receipts').selectAll().where('campaign_id', '=', campaignId);
  if (unitId !== undefined) query = query.where('unit_id', '=', unitId);
  return query.execute();
}

export async function selectReceipt(db: Kysely<Database>, campaignId: string, unitId: string) {
  return db
    .selectFrom('plan_receipts')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

/** When the unit first opened the plan (null: not yet), or undefined when the plan did not go to it. */
export async function receiptOpenedAt(
  db: Kysely<Database>,
  campaignId: string,
  unitId: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('plan_receipts')
    .select('opened_at')
    .where('campaign_id', '=', campaignId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return row?.opened_at;
}

/**
 * Marks the unit's first opening of the plan, or its acknowledgement, only while unset: of two at
 * once, one is true.
 */
export async function markReceiptStep(
  db: Kysely<Database>,
  campaignId: string,
  unitId: string,
  step: 'open' | 'acknowledge',
  at: string,
  by: string,
): Promise<boolean> {
  const [atColumn, byColumn] =
    step === 'open'
      ? (['opened_at', 'opened_by'] as const)
      : (['acknowledged_at', 'acknowledged_by'] as const);
  const result = await db
    .updateTable('plan_receipts')
    .set({ [atColumn]: at, [byColumn]: by })
    .where('campaign_id', '=', campaignId)
    .where('unit_id', '=', unitId)
    .where(atColumn, 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The units with a task in the round and when each was mailed the issued plan: read here for the
 * distribution's view (the assignments and notifications modules write these tables and sit above
 * or beside this one).
 */
export async function taskedUnitIds(db: Kysely<Database>, campaignId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('assignments')
    .select('unit_id')
    .distinct()
    .where('campaign_id', '=', campaignId)
    .execute();
  return new Set(rows.map((r) => r.unit_id));
}

export async function planMailedAt(db: Kysely<Database>, campaignId: string) {
  const rows = await db
    .selectFrom('outbox')
    .select(['unit_id', 'sent_at'])
    .where('campaign_id', '=', campaignId)
    .where('kind', '=', 'campaign_issued')
    .where('sent_at', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r.sent_at]));
}

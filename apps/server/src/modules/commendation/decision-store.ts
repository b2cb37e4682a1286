import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, DecisionsTable } from '../../db/schema.ts';
import { conflict, versionConflict } from '../../http/problem.ts';
import { nowIso } from '../../lib/ids.ts';

/* Award decisions are read and written here; the nominations they hold, in nomination-store.ts. */

export type DecisionRow = Selectable<DecisionsTable>;

export async function selectDecision(db: Kysely<Database>, id: string) {
  return db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A round's award decisions, oldest first. */
export async function selectCampaignDecisions(db: Kysely<Database>, campaignId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .orderBy('created_at')
    .execute();
}

export async function insertDecision(trx: Kysely<Database>, row: Insertable<DecisionsTable>) {
  await trx.insertInto('decisions').values(row).execute();
}

/**
 * Moves a draft decision on from the version it was read at, only if no one has since: one
 * conditional update, so of parallel edits or issues exactly one wins and the others get a 409.
 * Run it before anything else the step changes (numbers, nominations, notices, audit).
 */
export async function claimDecision(
  trx: Kysely<Database>,
  id: string,
  version: number,
  set: Updateable<DecisionsTable>,
): Promise<void> {
  const result = await trx
    .updateTable('decisions')
    .set({ ...set, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  const now = await selectDecision(trx, id);
  if (now?.status === 'issued') throw conflict('decision_issued', { case: 'issued' });
  throw versionConflict('decision');
}

import { provinceOf, type UnitNominations, WORK_ITEMS_SHOWN, type WorkNomination } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { countNominationsByUnit, countUnitDrafts, selectWaitingNominations } from './nomination-store.ts';

/**
 * Nominations their units sent in the rounds given (id → name), waiting for the standing agency to
 * forward them to the board (the step `nominationActions` offers as 'forward'): the total and the
 * longest waiting. Units of another province are left out, as everywhere the province's staff read.
 */
export async function nominationsToForward(
  db: Kysely<Database>,
  tree: UnitTree,
  province: string | undefined,
  rounds: ReadonlyMap<string, string>,
): Promise<{ total: number; items: WorkNomination[] }> {
  const ids = [...rounds.keys()];
  const counts = await countNominationsByUnit(db, ids, 'submitted');
  let total = 0;
  const skipUnits: string[] = [];
  for (const row of counts) {
    if (!tree.byId.has(row.unit_id) || provinceOf(tree, row.unit_id) !== province)
      skipUnits.push(row.unit_id);
    else total += Number(row.n);
  }
  if (total === 0) return { total, items: [] };
  const rows = await selectWaitingNominations(db, ids, 'submitted', { limit: WORK_ITEMS_SHOWN, skipUnits });
  return {
    total,
    items: rows.map((row) => ({
      nominationId: row.id,
      campaignId: row.campaign_id,
      campaignName: rounds.get(row.campaign_id) ?? '',
      unitId: row.unit_id,
      unitName: tree.byId.get(row.unit_id)?.name ?? '',
      name: row.name,
      submittedAt: row.submitted_at,
    })),
  };
}

/**
 * The rounds still open in which `unitId` has nominations it has not sent: its drafts, and among
 * them those whose sending was refused for want of quota.
 */
export async function unitDraftNominations(db: Kysely<Database>, unitId: string): Promise<UnitNominations[]> {
  return (await countUnitDrafts(db, unitId)).map((row) => ({
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    nominationDeadline: row.nomination_deadline,
    drafts: Number(row.drafts),
    quotaRefused: Number(row.refused),
  }));
}

import type { EditedThing } from '@tongket/domain';
import type { Kysely, Updateable } from 'kysely';
import type { CampaignsTable, Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { versionConflict } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import { assertCanManage, campaignNotFound } from './campaign-access.ts';
import { type CampaignRow, selectCampaignRow, updateCampaignAtVersion } from './plan-store.ts';

/**
 * The round a change is about, read inside the change's transaction: only its managers may change
 * it, and only from the version they last read (`what` names it in the conflict message).
 */
export async function campaignForChange(
  trx: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  version: number,
  what: EditedThing,
): Promise<CampaignRow> {
  const row = await selectCampaignRow(trx, id);
  if (!row) throw campaignNotFound();
  assertCanManage(
    actor,
    {
      issuingUnitId: row.issuing_unit_id,
      standingUnitId: row.standing_unit_id,
      status: row.status,
      parentCampaignId: row.parent_campaign_id,
    },
    tree,
  );
  if (row.version !== version) throw versionConflict(what);
  return row;
}

/** Moves the round to its next version with `columns`, unless another change got there first. */
export async function bumpVersion(
  trx: Kysely<Database>,
  row: CampaignRow,
  what: EditedThing,
  columns: Updateable<CampaignsTable> = {},
): Promise<void> {
  const moved = await updateCampaignAtVersion(trx, row.id, row.version, columns, nowIso());
  if (!moved) throw versionConflict(what);
}

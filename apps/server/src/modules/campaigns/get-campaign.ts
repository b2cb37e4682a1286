import type { Campaign } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { assertCanRead } from './campaign-access.ts';
import { campaignView } from './campaign-view.ts';
import { recordPlanOpened } from './plan-distribution.ts';
import { readCampaign, type StoredCampaign } from './plan-store.ts';

/** A round the caller may read, or 404 as if it did not exist. Other modules check access with it. */
export async function getReadableCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
): Promise<StoredCampaign> {
  const campaign = await readCampaign(db, id);
  assertCanRead(actor, campaign, tree);
  return campaign;
}

export async function getCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
): Promise<Campaign> {
  return campaignView(await getReadableCampaign(db, tree, actor, id), tree, actor);
}

/** A round opened by a person (its page): someone of a receiving unit has now opened the plan. */
export async function openCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
): Promise<Campaign> {
  const campaign = await getReadableCampaign(db, tree, actor, id);
  await recordPlanOpened(db, actor, campaign);
  return campaignView(campaign, tree, actor);
}

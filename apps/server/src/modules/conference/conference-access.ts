import { sameProvince } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { canManageCampaign, getReadableCampaign } from '../campaigns/index.ts';

export interface ConferenceAccess {
  campaign: StoredCampaign;
  /** Prepares the conference: the round's standing agency, or an administrator of its province. */
  manages: boolean;
  /** Sees every delegate and the budget; a unit officer sees only their own unit's delegates. */
  seesAll: boolean;
}

/**
 * Who runs a round's conference: those who run the round, and the administrators of the province
 * that issues it (the provincial office that hosts the hall, as plan 2519 asks of it).
 */
export function canManageConference(actor: Actor, campaign: StoredCampaign, tree: UnitTree): boolean {
  if (canManageCampaign(actor, campaign)) return true;
  return actor.role === 'admin' && sameProvince(tree, actor.unitId, campaign.issuingUnitId);
}

/** The round of a conference route, read as the caller may (404 when they may not see the round). */
export async function conferenceAccess(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaignId: string,
): Promise<ConferenceAccess> {
  const campaign = await getReadableCampaign(db, tree, actor, campaignId);
  const manages = canManageConference(actor, campaign, tree);
  return { campaign, manages, seesAll: manages || actor.role !== 'unit' };
}

/** Changes need the conference's organisers, and a round still open. */
export async function conferenceForChange(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaignId: string,
): Promise<ConferenceAccess> {
  const access = await conferenceAccess(db, tree, actor, campaignId);
  if (!access.manages) {
    throw forbidden('conference_standing');
  }
  assertOpen(access.campaign);
  return access;
}

export function assertOpen(campaign: StoredCampaign) {
  if (campaign.status === 'closed') {
    throw conflict('campaign_closed', { case: 'conference' });
  }
}

/** The delegates a caller may see: all of them, or a unit officer's own unit and those below it. */
export function visibleDelegate(
  access: ConferenceAccess,
  actor: Actor,
  tree: UnitTree,
  unitId: string | null,
): boolean {
  return access.seesAll || (unitId !== null && tree.isWithin(actor.unitId, unitId));
}

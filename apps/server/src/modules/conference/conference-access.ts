import { sameProvince } from '@tongket/domain';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/guard.ts';
import { conflict, forbidden } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { CampaignScope, StoredCampaign } from '../campaigns/index.ts';
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
export function canManageConference(actor: Actor, campaign: CampaignScope, tree: UnitTree): boolean {
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

/** A caller reading a round's conference: who they are, the unit tree, and the round as they may see it. */
export async function authorizeConferenceRead(ctx: AppContext, request: FastifyRequest, campaignId: string) {
  const actor = authorize(request, 'campaigns.read');
  const tree = await ctx.units.current();
  return { actor, tree, access: await conferenceAccess(ctx.db.kysely, tree, actor, campaignId) };
}

/** A caller changing a round's conference: one of its organisers, the round still open. */
export async function authorizeConferenceChange(
  ctx: AppContext,
  request: FastifyRequest,
  campaignId: string,
) {
  const actor = authorize(request, 'conference.manage');
  const tree = await ctx.units.current();
  return { actor, tree, access: await conferenceForChange(ctx.db.kysely, tree, actor, campaignId) };
}

/** The budget is the organisers' and the province's business: a unit officer may not read it. */
export function assertSeesBudget(access: ConferenceAccess) {
  if (!access.seesAll) {
    throw forbidden('conference_budget');
  }
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

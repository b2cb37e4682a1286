import { sameProvince } from '@tongket/domain';
import type { Actor } from '../../http/actor.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';

export interface CampaignScope {
  issuingUnitId: string;
  standingUnitId: string;
  status: string;
  /** Set for a cascaded round: it is run by the unit that opened it, whatever that unit's role. */
  parentCampaignId?: string | null;
}

/**
 * Who sees a round: everyone of the province that issues it, except that a unit officer sees it
 * only once issued (a draft is the standing agency's working copy).
 */
export function canReadCampaign(actor: Actor, campaign: CampaignScope, tree: UnitTree): boolean {
  if (!sameProvince(tree, actor.unitId, campaign.issuingUnitId)) return false;
  if (actor.role === 'unit') return campaign.status !== 'draft' || canManageCampaign(actor, campaign);
  return true;
}

/**
 * Who edits, issues and clones a round: the coordinators of the unit that runs it — and for a
 * cascaded round (a district's round for its communes) the officers of the unit that opened it.
 */
export function canManageCampaign(actor: Actor, campaign: CampaignScope): boolean {
  if (actor.unitId !== campaign.standingUnitId) return false;
  return actor.role === 'coordinator' || (actor.role === 'unit' && Boolean(campaign.parentCampaignId));
}

export const campaignNotFound = () => notFound('campaign');

/** A round the caller may not see is answered as missing, so its existence is not revealed. */
export function assertCanRead(
  actor: Actor,
  campaign: CampaignScope | undefined,
  tree: UnitTree,
): asserts campaign {
  if (!campaign || !canReadCampaign(actor, campaign, tree)) throw campaignNotFound();
}

export function assertCanManage(
  actor: Actor,
  campaign: CampaignScope | undefined,
  tree: UnitTree,
): asserts campaign {
  assertCanRead(actor, campaign, tree);
  if (!canManageCampaign(actor, campaign)) {
    throw forbidden('manage_plan');
  }
}

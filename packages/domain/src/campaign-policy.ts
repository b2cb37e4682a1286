import type { Role } from './role-list.ts';
import { sameProvince, type UnitLineage } from './tenancy.ts';

/**
 * Who sees and runs a round (a campaign), and its consolidated report and lower rounds. Pure: the
 * server calls these after loading the round, the web may call them to decide what to show.
 */

/** Who is acting. */
export interface CampaignActor {
  role: Role;
  unitId: string;
}

/** A round as the policies see it. */
export interface CampaignScope {
  issuingUnitId: string;
  standingUnitId: string;
  status: string;
  /** Set for a cascaded round: it is run by the unit that opened it, whatever that unit's role. */
  parentCampaignId?: string | null;
}

/**
 * Who edits, issues and clones a round: the coordinators of the unit that runs it — and for a
 * cascaded round (a district's round for its communes) the officers of the unit that opened it.
 */
export function canManageCampaign(actor: CampaignActor, campaign: CampaignScope): boolean {
  if (actor.unitId !== campaign.standingUnitId) return false;
  return actor.role === 'coordinator' || (actor.role === 'unit' && Boolean(campaign.parentCampaignId));
}

/**
 * Who sees a round: everyone of the province that issues it, except that a unit officer sees it
 * only once issued (a draft is the standing agency's working copy).
 */
export function canReadCampaign(actor: CampaignActor, campaign: CampaignScope, tree: UnitLineage): boolean {
  if (!sameProvince(tree, actor.unitId, campaign.issuingUnitId)) return false;
  if (actor.role === 'unit') return campaign.status !== 'draft' || canManageCampaign(actor, campaign);
  return true;
}

/**
 * The consolidated report is the standing agency's working text over every unit's report: its
 * readers are those who read the round, except unit officers — unless their own unit runs it.
 */
export function canReadConsolidated(actor: CampaignActor, campaign: CampaignScope): boolean {
  return actor.role !== 'unit' || canManageCampaign(actor, campaign);
}

/** What the policies need of the unit tree: whether one unit lies within another's subtree. */
interface Subtrees {
  isWithin(ancestorId: string, unitId: string): boolean;
}

/**
 * Follows a unit's work in a round (its assignment, its live progress events): everyone who reads
 * the round, except that a unit officer follows only the units of its own subtree.
 */
export function followsUnit(actor: CampaignActor, unitId: string, tree: Subtrees): boolean {
  return actor.role !== 'unit' || tree.isWithin(actor.unitId, unitId);
}

/**
 * Finds a lower round among a round's cascaded rounds: a unit officer those of its own subtree;
 * a draft only its opener and the province's staff (coordinators, administrators, leaders, the board).
 */
export function listsLowerRound(actor: CampaignActor, round: CampaignScope, tree: Subtrees): boolean {
  if (actor.role === 'unit' && !tree.isWithin(actor.unitId, round.issuingUnitId)) return false;
  if (round.status !== 'draft') return true;
  return (
    ['coordinator', 'admin', 'viewer', 'reviewer'].includes(actor.role) ||
    round.standingUnitId === actor.unitId
  );
}

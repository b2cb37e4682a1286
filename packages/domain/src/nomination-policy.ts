import type { CampaignStatus } from './campaign-labels.ts';
import type { Campaign } from './campaigns.ts';
import type { NominationStatus } from './commendation-labels.ts';
import { hasPermission } from './permissions.ts';
import type { Role } from './role-list.ts';

/**
 * Who may do what with a round's award nominations. Pure: the server calls these after loading the
 * round and the nomination, the web calls the same functions to decide which buttons to show.
 */

/** Who is acting. */
export interface NominationActor {
  role: Role;
  unitId: string;
}

/** A round as the nomination rules see it. */
export interface NominationRound {
  status: CampaignStatus;
  /** The actor runs this round: its standing agency, or the unit that opened a lower round. */
  manages: boolean;
  /** The end of sending nominations (ISO instant), if the plan sets one. */
  nominationDeadline: string | null;
}

/** A round as the web holds it (the server says whether the caller manages it), for the rules. */
export function nominationRoundOf(
  campaign: Pick<Campaign, 'status' | 'canManage' | 'plan'>,
): NominationRound {
  return {
    status: campaign.status,
    manages: campaign.canManage,
    nominationDeadline: campaign.plan.nominationDeadline,
  };
}

/** A nomination as the rules see it. */
export interface NominationSubject {
  unitId: string;
  /** Entered by the round's standing agency on the unit's behalf. */
  enteredOnBehalf: boolean;
  status: NominationStatus;
}

/** Puts forward its own unit's nominations in an issued round: unit officers, the standing agency's staff. */
export function canNominate(actor: NominationActor, round: Pick<NominationRound, 'status'>): boolean {
  return round.status === 'issued' && hasPermission(actor.role, 'nominations.write');
}

/** Enters nominations on behalf of the round's units: a coordinator of the round's standing agency. */
export function canNominateForUnits(
  actor: NominationActor,
  round: Pick<NominationRound, 'manages'>,
): boolean {
  return round.manages && actor.role === 'coordinator' && hasPermission(actor.role, 'nominations.write');
}

/**
 * Writes a draft (edits, deletes, attaches files to and sends it): the unit's own staff, and for one
 * entered on the unit's behalf, the round's standing agency too.
 */
export function canWriteNomination(
  actor: NominationActor,
  round: Pick<NominationRound, 'manages'>,
  nomination: Pick<NominationSubject, 'unitId' | 'enteredOnBehalf'>,
): boolean {
  if (nomination.unitId === actor.unitId) return true;
  return nomination.enteredOnBehalf && canNominateForUnits(actor, round);
}

/** Forwards sent nominations to the board, and sends a unit's draft over its quota with a reason. */
export function canForwardNominations(
  actor: NominationActor,
  round: Pick<NominationRound, 'manages'>,
): boolean {
  return round.manages && hasPermission(actor.role, 'nominations.forward');
}

/** Approves or rejects forwarded nominations, drafts and issues decisions: the commendation board. */
export function canReviewNominations(actor: Pick<NominationActor, 'role'>): boolean {
  return hasPermission(actor.role, 'nominations.review');
}

/** What the policies need of the unit tree: whether one unit lies within another's subtree. */
export interface UnitSubtrees {
  isWithin(ancestorId: string, unitId: string): boolean;
}

/**
 * Sees a nomination of a round they can read: everyone who reads the round, except that a unit
 * officer sees only its own subtree's.
 */
export function canSeeNomination(
  actor: NominationActor,
  nomination: Pick<NominationSubject, 'unitId'>,
  tree: UnitSubtrees,
): boolean {
  return actor.role !== 'unit' || tree.isWithin(actor.unitId, nomination.unitId);
}

/**
 * Finds a nomination in the round's list. Beyond `canSeeNomination`: another unit's draft is that
 * unit's own business, except that the round's standing agency sees one whose send was refused for
 * quota (it then decides) or that it entered on the unit's behalf; a unit officer sees the drafts
 * of its own subtree.
 */
export function listsNomination(
  actor: NominationActor,
  round: Pick<NominationRound, 'manages'>,
  tree: UnitSubtrees,
  nomination: Pick<NominationSubject, 'unitId' | 'status' | 'enteredOnBehalf'> & { quotaRefused: boolean },
): boolean {
  if (!canSeeNomination(actor, nomination, tree)) return false;
  return (
    nomination.status !== 'draft' ||
    nomination.unitId === actor.unitId ||
    actor.role === 'unit' ||
    ((nomination.quotaRefused || nomination.enteredOnBehalf) && round.manages)
  );
}

/** Sees an award decision of a round they can read: a draft is the board's working copy, not the units'. */
export function canSeeDecision(actor: Pick<NominationActor, 'role'>, decision: { status: string }): boolean {
  return !(decision.status === 'draft' && actor.role === 'unit');
}

/** The nomination deadline has passed: nothing more can be sent. */
export function nominationDeadlinePassed(
  round: Pick<NominationRound, 'nominationDeadline'>,
  now: Date,
): boolean {
  const deadline = round.nominationDeadline;
  return deadline !== null && new Date(deadline) < now;
}

/** What the signed-in person may do with a round's nominations, as one value for a page. */
export interface NominationAccess {
  unitId: string;
  canNominate: boolean;
  /** Only in an issued round: entering for units is nominating. */
  canNominateForUnits: boolean;
  /** Only in an issued round. */
  canForward: boolean;
  canReview: boolean;
  deadlinePassed: boolean;
}

export function nominationAccess(
  actor: NominationActor,
  round: NominationRound,
  now: Date,
): NominationAccess {
  const issued = round.status === 'issued';
  return {
    unitId: actor.unitId,
    canNominate: canNominate(actor, round),
    canNominateForUnits: issued && canNominateForUnits(actor, round),
    canForward: issued && canForwardNominations(actor, round),
    canReview: canReviewNominations(actor),
    deadlinePassed: nominationDeadlinePassed(round, now),
  };
}

export type NominationAction = 'submit' | 'edit' | 'delete' | 'override' | 'forward' | 'approve' | 'reject';

/** What the person can do to one nomination now, the main step first. */
export function nominationActions(
  nomination: Pick<NominationSubject, 'unitId' | 'enteredOnBehalf' | 'status'>,
  access: NominationAccess,
): NominationAction[] {
  const actions: NominationAction[] = [];
  // Its unit's own; or entered by the standing agency for the unit, which then writes it too.
  const own =
    nomination.unitId === access.unitId || (nomination.enteredOnBehalf && access.canNominateForUnits);
  if (nomination.status === 'draft' && own && access.canNominate) actions.push('submit', 'edit', 'delete');
  // Another unit's draft reaches the standing agency once its send was refused for quota.
  if (nomination.status === 'draft' && !own && access.canForward) actions.push('override');
  if (nomination.status === 'submitted' && access.canForward) actions.push('forward');
  if (nomination.status === 'forwarded' && access.canReview) actions.push('approve', 'reject');
  return actions;
}

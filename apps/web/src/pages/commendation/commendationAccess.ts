import { type Campaign, hasPermission, type Me } from '@tongket/domain';

export interface CommendationAccess {
  /** The caller's unit: its nominations are theirs to edit and send. */
  unitId: string;
  /** Puts forward its own unit's nominations (unit officers, the standing agency's staff). */
  canNominate: boolean;
  /** Enters nominations on behalf of the round's units: the round's standing agency. */
  canNominateForUnits: boolean;
  /** Forwards sent nominations to the board and sends over quota with a reason: the round's standing agency. */
  canForward: boolean;
  /** Approves or rejects, drafts and issues decisions: the commendation board. */
  canReview: boolean;
  /** The nomination deadline has passed: nothing more can be sent. */
  deadlinePassed: boolean;
}

/** What the signed-in person may do with a round's nominations; the server checks every step again. */
export function commendationAccess(me: Me, campaign: Campaign, now = new Date()): CommendationAccess {
  const deadline = campaign.plan.nominationDeadline;
  const deadlinePassed = deadline !== null && new Date(deadline) < now;
  const issued = campaign.status === 'issued';
  return {
    unitId: me.unitId,
    canNominate: issued && hasPermission(me.role, 'nominations.write'),
    canNominateForUnits:
      issued &&
      campaign.canManage &&
      me.role === 'coordinator' &&
      hasPermission(me.role, 'nominations.write'),
    canForward: issued && campaign.canManage && hasPermission(me.role, 'nominations.forward'),
    canReview: hasPermission(me.role, 'nominations.review'),
    deadlinePassed,
  };
}

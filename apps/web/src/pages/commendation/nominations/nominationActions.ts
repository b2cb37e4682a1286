import type { Nomination } from '@tongket/domain';
import type { CommendationAccess } from '../commendationAccess.ts';

export type NominationAction = 'submit' | 'edit' | 'delete' | 'override' | 'forward' | 'approve' | 'reject';

/** What the signed-in person can do to one nomination now, the main step first. */
export function actionsFor(n: Nomination, access: CommendationAccess): NominationAction[] {
  const actions: NominationAction[] = [];
  // Its unit's own; or entered by the standing agency for the unit, which then writes it too.
  const own = n.unitId === access.unitId || (n.enteredOnBehalf && access.canNominateForUnits);
  if (n.status === 'draft' && own && access.canNominate) actions.push('submit', 'edit', 'delete');
  // Another unit's draft reaches the standing agency once its send was refused for quota.
  if (n.status === 'draft' && !own && access.canForward) actions.push('override');
  if (n.status === 'submitted' && access.canForward) actions.push('forward');
  if (n.status === 'forwarded' && access.canReview) actions.push('approve', 'reject');
  return actions;
}

import type { WorkAssignment, WorkInvitations, WorkNomination } from '@tongket/domain';
import { nominationPath } from '../commendation/nominations/nominationLink.ts';
import { conferenceTabPath } from '../conference/conferencePaths.ts';

/*
 * Where each thing on the coordinator's home is acted on: a sent report on its assignment's page
 * (accept or return it), a sent nomination on the round's nominations page (forward it), a late or
 * nearly due unit in the round's progress tab (remind, see who), unanswered invitations in the
 * conference's delegates list.
 */

export const roundTabPath = (campaignId: string, tab: 'progress' | 'assignments' | 'commendation') =>
  `/campaigns/${encodeURIComponent(campaignId)}?tab=${tab}`;

export const reviewPath = (item: Pick<WorkAssignment, 'assignmentId'>) =>
  `/assignments/${encodeURIComponent(item.assignmentId)}`;

export const deadlinePath = (item: Pick<WorkAssignment, 'campaignId'>) =>
  roundTabPath(item.campaignId, 'progress');

export const forwardPath = (item: Pick<WorkNomination, 'campaignId' | 'nominationId'>) =>
  nominationPath(item.campaignId, item.nominationId);

export const invitationsPath = (item: Pick<WorkInvitations, 'campaignId'>) =>
  conferenceTabPath(item.campaignId, 'delegates');

/**
 * Where "see all" leads when a group has more than it lists: when the caller runs one round, every
 * item is of that round and the round's own place is shown; else the list of rounds, each with
 * its progress.
 */
export function moreLink(
  items: ReadonlyArray<{ campaignId: string }>,
  rounds: number,
  place: (campaignId: string) => string,
): string {
  const first = items[0];
  return rounds === 1 && first ? place(first.campaignId) : '/campaigns';
}

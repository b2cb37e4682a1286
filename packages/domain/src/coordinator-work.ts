import { z } from 'zod';
import { TASK_KINDS } from './campaign-labels.ts';

/**
 * What waits for the standing agency now, over the rounds it runs (and, for a province's
 * administrators, the conferences they co-organise): the coordinator's home page.
 */

/** How many items a group lists; its total counts them all. */
export const WORK_ITEMS_SHOWN = 5;

/** One unit's task in a round: a report waiting to be accepted, or a task overdue or due soon. */
export const workAssignmentSchema = z.object({
  assignmentId: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(TASK_KINDS),
  /** When it was sent (waiting to be accepted), or its deadline (overdue, due soon). */
  at: z.string().nullable(),
});
export type WorkAssignment = z.infer<typeof workAssignmentSchema>;

/** A nomination sent by its unit, waiting for the standing agency to forward it to the board. */
export const workNominationSchema = z.object({
  nominationId: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** The nominee: a person's or a collective's name. */
  name: z.string(),
  submittedAt: z.string().nullable(),
});
export type WorkNomination = z.infer<typeof workNominationSchema>;

/** A round's conference with invitations sent and not yet answered. */
export const workInvitationsSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  conferenceTitle: z.string(),
  /** Invited delegates who have not answered. */
  unanswered: z.number().int(),
  /** The earliest of their invitations. */
  invitedSince: z.string().nullable(),
});
export type WorkInvitations = z.infer<typeof workInvitationsSchema>;

const groupOf = <T extends z.ZodType>(item: T) =>
  z.object({
    /** Every item in the group; `items` lists the first few, the most pressing first. */
    total: z.number().int(),
    items: z.array(item),
  });

export const coordinatorWorkSchema = z.object({
  /** The server's now, which "overdue" and "due soon" were judged against. */
  asOf: z.string(),
  /** The end of the "due soon" window. */
  dueSoonUntil: z.string(),
  /** Issued rounds the caller runs (their reports, nominations and deadlines are counted here). */
  rounds: z.number().int(),
  /** Sent reports and other tasks waiting to be accepted or returned, the longest waiting first. */
  toAccept: groupOf(workAssignmentSchema),
  /** Nominations sent by units, waiting to be forwarded to the board, the longest waiting first. */
  toForward: groupOf(workNominationSchema),
  /** Tasks past their deadline with nothing sent, the longest overdue first. */
  overdue: groupOf(workAssignmentSchema),
  /** Tasks due within DUE_SOON_DAYS with nothing sent yet, the nearest deadline first. */
  dueSoon: groupOf(workAssignmentSchema),
  /** Conferences with unanswered invitations, the most unanswered first; total counts delegates. */
  unanswered: groupOf(workInvitationsSchema),
});
export type CoordinatorWork = z.infer<typeof coordinatorWorkSchema>;

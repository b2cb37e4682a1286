import { z } from 'zod';
import { ASSIGNMENT_STATUSES } from './assignment-labels.ts';
import { TASK_KINDS } from './campaign-labels.ts';
import { missingSectionSchema } from './reports.ts';

/**
 * The unit's home: what its own unit still has to do, over every issued round it takes part in
 * (lower rounds included) — its open tasks, the most urgent first, each with what the submit rule
 * still finds missing; its delegates' unanswered invitations; its nominations still in draft.
 */

const bilingualSchema = z.object({ vi: z.string(), en: z.string() });

/** A required indicator without a figure, with the section it belongs to as the outline numbers it. */
export const missingIndicatorSchema = z.object({
  indicatorId: z.string(),
  sectionId: z.string(),
  label: z.string(),
  name: z.string(),
});

/** One open task of the unit: not yet accepted, in an issued round, something to hand in. */
export const unitTaskSchema = z.object({
  assignmentId: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  /** The plan's number and code ("123/KH-UBND"), empty when it has none yet. */
  campaignReference: z.string(),
  kind: z.enum(TASK_KINDS),
  text: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(ASSIGNMENT_STATUSES),
  /** Sent, then taken back by the unit (it is in progress again). */
  withdrawn: z.boolean(),
  /** Why it was returned, when it was. */
  reviewComment: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
  /**
   * What the submit rule would refuse it for now (the same functions): required sections still
   * empty, required indicators without a figure, what the kind needs (a text, a link or a file).
   * Empty while it is submitted and waits for review.
   */
  missing: z.object({
    sections: z.array(missingSectionSchema),
    indicators: z.array(missingIndicatorSchema),
    other: z.array(bilingualSchema),
  }),
  /** The plan requires the report as a PDF signed by the unit. */
  signedReportRequired: z.boolean(),
  /** A PDF whose signatures were all found valid is attached. */
  signedReportAttached: z.boolean(),
});
export type UnitTask = z.infer<typeof unitTaskSchema>;

/** A conference to which some of the unit's delegates were invited and have not answered. */
export const unitInvitationSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  conferenceTitle: z.string(),
  /** The conference's day (yyyy-mm-dd), when set. */
  date: z.string().nullable(),
  unanswered: z.number().int(),
  /** Their names, in delegate-list order. */
  delegates: z.array(z.string()),
});
export type UnitInvitation = z.infer<typeof unitInvitationSchema>;

/** A round in which the unit has nominations not yet sent. */
export const unitNominationsSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  nominationDeadline: z.string().nullable(),
  drafts: z.number().int(),
  /** Drafts whose sending was refused for want of quota. */
  quotaRefused: z.number().int(),
});
export type UnitNominations = z.infer<typeof unitNominationsSchema>;

export const unitWorkSchema = z.object({
  /** The server's now, which the urgency order was judged against. */
  asOf: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** Returned first, then overdue, then the rest by deadline, then those waiting for review. */
  tasks: z.array(unitTaskSchema),
  invitations: z.array(unitInvitationSchema),
  nominations: z.array(unitNominationsSchema),
});
export type UnitWork = z.infer<typeof unitWorkSchema>;

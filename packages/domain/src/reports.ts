import { z } from 'zod';
import { ASSIGNMENT_STATUSES } from './assignment-labels.ts';
import { assignmentSchema } from './assignments.ts';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, TASK_KINDS } from './campaign-labels.ts';
import { say } from './lang.ts';
import { outlineSchema } from './outline.ts';
import { signatureCheckSchema } from './signatures.ts';
import { UNIT_KINDS } from './unit-labels.ts';

/**
 * What a unit writes for an assignment. A report fills the outline: one HTML text per section and
 * one value per indicator. A speech or a documentary has a body (the text, or a description), its
 * topic and length, and for a documentary a link to the film. Attachments travel separately.
 */
export const REPORT_HTML_MAX = 200_000;

const html = z.string().max(REPORT_HTML_MAX, say('Nội dung quá dài', 'The content is too long'));

export const reportContentSchema = z.strictObject({
  /** Outline section id → sanitised HTML. */
  sections: z.record(z.string().max(64), html).default({}),
  /** Indicator id → value; null when not filled in. Checked against the indicator's type on submit. */
  indicators: z.record(z.string().max(64), z.number().finite().nullable()).default({}),
  /** Speech text or documentary description (HTML). */
  body: html.default(''),
  topic: z.string().max(1000).default(''),
  durationMinutes: z.number().int().min(1).max(600).nullable().default(null),
  /** A documentary's link (https://…), or empty. */
  link: z
    .string()
    .trim()
    .max(2000)
    .refine(
      (s) => s === '' || /^https?:\/\/\S+$/i.test(s),
      say(
        'Đường dẫn phải bắt đầu bằng http:// hoặc https://',
        'The link must start with http:// or https://',
      ),
    )
    .default(''),
});
export type ReportContentInput = z.input<typeof reportContentSchema>;
export type ReportContent = z.output<typeof reportContentSchema>;

export const emptyReportContent = (): ReportContent => ({
  sections: {},
  indicators: {},
  body: '',
  topic: '',
  durationMinutes: null,
  link: '',
});

export const draftSchema = z.object({
  version: z.number().int(),
  content: z.object({
    sections: z.record(z.string(), z.string()),
    indicators: z.record(z.string(), z.number().nullable()),
    body: z.string(),
    topic: z.string(),
    durationMinutes: z.number().int().nullable(),
    link: z.string(),
  }),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftSaveSchema = z.strictObject({
  /** The draft version the editor started from; 0 for the first save. */
  version: z.number().int().min(0),
  content: reportContentSchema,
});

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** A PDF's digital signatures as checked when it arrived; null for other files. */
  signature: signatureCheckSchema.nullable(),
  /**
   * The unit's report signed and released through the system (docs/signatures.md, "Units' reports"):
   * its number, notation and date from the unit's register; absent for a file the unit uploaded.
   */
  release: z
    .object({ docNumber: z.string(), reference: z.string(), docDate: z.string() })
    .nullable()
    .optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
export type AttachmentRelease = NonNullable<Attachment['release']>;

export const submissionSummarySchema = z.object({
  seq: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  onTime: z.boolean(),
  /** `withdrawn`: the unit took it back before review (reviewedAt/By then say when and who). */
  decision: z.enum(['accepted', 'returned', 'withdrawn']).nullable(),
  comment: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

/** One section's change between two submissions, word by word on the text. */
export const diffPartSchema = z.object({
  value: z.string(),
  added: z.boolean().optional(),
  removed: z.boolean().optional(),
});
export const submissionSchema = submissionSummarySchema.extend({
  content: draftSchema.shape.content,
  /** Against the previous submission, per section id (and 'body'), only where the text changed. */
  diff: z.record(z.string(), z.array(diffPartSchema)).nullable(),
});
export type Submission = z.infer<typeof submissionSchema>;

/** An assignment as its page shows it: the task, the round, the outline, the draft and its history. */
export const assignmentDetailSchema = z.object({
  assignment: assignmentSchema.extend({
    firstSubmittedAt: z.string().nullable(),
    lastSubmittedAt: z.string().nullable(),
    reviewComment: z.string().nullable(),
  }),
  campaign: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(CAMPAIGN_KINDS),
    status: z.enum(CAMPAIGN_STATUSES),
    reference: z.string(),
    /** The plan requires the report as a PDF signed by the unit (see SIGNATURE_VERDICTS). */
    signedReports: z.boolean(),
  }),
  /** The report outline (for a report; empty sections otherwise). */
  outline: outlineSchema,
  draft: draftSchema,
  submissions: z.array(submissionSummarySchema),
  attachments: z.array(attachmentSchema),
  /** What the caller may do now. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
  /** The caller's unit sent it and may take it back: sent, not yet accepted or returned, round open. */
  canWithdraw: z.boolean(),
  /** The caller runs the round (may extend this unit's deadline, review what it sends). */
  canManage: z.boolean(),
});
export type AssignmentDetail = z.infer<typeof assignmentDetailSchema>;

/** What a unit owes across the rounds it takes part in (the unit's workspace). */
export const myAssignmentSchema = assignmentSchema.extend({
  campaignName: z.string(),
  campaignReference: z.string(),
  campaignStatus: z.enum(CAMPAIGN_STATUSES),
  lastSubmittedAt: z.string().nullable(),
  /** Why it was returned, when it was. */
  reviewComment: z.string().nullable(),
});
export type MyAssignment = z.infer<typeof myAssignmentSchema>;

export const reviewSchema = z.strictObject({
  decision: z.enum(['accept', 'return']),
  comment: z.string().trim().max(5000).default(''),
  /** The assignment version the reviewer saw. */
  version: z.number().int(),
});

/** Units that miss something on submit, each section named as the outline numbers it. */
export const missingSectionSchema = z.object({ sectionId: z.string(), label: z.string(), title: z.string() });

/** Word import preview: what went where, and what found no section. Nothing is saved by it. */
export const wordImportSchema = z.object({
  matches: z.array(
    z.object({
      sectionId: z.string(),
      /** The heading as written in the file. */
      heading: z.string(),
      html: z.string(),
    }),
  ),
  unmatched: z.array(
    z.object({
      /** The heading it followed in the file, if any ("Phần mở đầu" text before any heading has none). */
      heading: z.string().nullable(),
      html: z.string(),
      text: z.string(),
    }),
  ),
});
export type WordImport = z.infer<typeof wordImportSchema>;

// Progress of a round.
export const progressCountsSchema = z.object({
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  /** Deadline passed, nothing submitted. */
  overdue: z.number().int(),
  /** Not submitted, deadline still ahead. */
  waiting: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  /** submitted / expected, 0–1. */
  reportingRate: z.number(),
  /** on time / expected, 0–1. */
  onTimeRate: z.number(),
});
export type ProgressCounts = z.infer<typeof progressCountsSchema>;

export const progressUnitSchema = progressCountsSchema.extend({
  unitId: z.string(),
  unitName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  /** Worst state among its assignments, for colouring a row. */
  status: z.enum(ASSIGNMENT_STATUSES),
  lastSubmittedAt: z.string().nullable(),
});

export const progressSchema = z.object({
  campaignId: z.string(),
  asOf: z.string(),
  totals: progressCountsSchema,
  /** One row per unit that owes something, in tree order. */
  units: z.array(progressUnitSchema),
  /** Each unit with assignments in or below it: its own and its subtree's counts, in tree order. */
  subtrees: z.array(
    progressCountsSchema.extend({
      unitId: z.string(),
      unitName: z.string(),
      depth: z.number().int(),
    }),
  ),
  byKind: z.array(progressCountsSchema.extend({ kind: z.enum(TASK_KINDS) })),
  /**
   * Assignments in the same scope that are not counted as owed (coordination, the nomination
   * summary: nothing is handed in for them), per kind — so a page can say why "expected" is
   * smaller than the round's number of assignments.
   */
  notCounted: z.array(z.object({ kind: z.enum(TASK_KINDS), assignments: z.number().int() })),
  /**
   * During a burst of submissions one computed answer is served to every reader for up to a
   * second: true when changes came in after `asOf` (ask again shortly). Absent otherwise.
   */
  behind: z.boolean().optional(),
});
export type Progress = z.infer<typeof progressSchema>;

export const progressQuerySchema = z.strictObject({
  /** Only these task kinds (default: every kind that is handed in). */
  kind: z.enum(TASK_KINDS).optional(),
  unitKind: z.enum(UNIT_KINDS).optional(),
  /** Only units in this subtree. */
  under: z.string().max(64).optional(),
});

/** Computes a row of counts into the two rates. */
export function withRates(c: Omit<ProgressCounts, 'reportingRate' | 'onTimeRate'>): ProgressCounts {
  // Field by field, not a spread: a round's progress makes one of these per unit and per subtree
  // (thousands at 1,000 units), and the spread costs ten times as much.
  return {
    expected: c.expected,
    submitted: c.submitted,
    onTime: c.onTime,
    late: c.late,
    overdue: c.overdue,
    waiting: c.waiting,
    accepted: c.accepted,
    returned: c.returned,
    reportingRate: c.expected ? c.submitted / c.expected : 0,
    onTimeRate: c.expected ? c.onTime / c.expected : 0,
  };
}

/** The facts about one assignment that progress counts. */
export interface AssignmentFacts {
  status: string;
  deadline: string | null;
  firstSubmittedAt: string | null;
}

/**
 * Where an assignment stands at `now` (DESIGN "Lifecycles"): on time = first submission at or
 * before the deadline; overdue = deadline passed and never submitted; waiting = not yet due.
 */
export function classifyAssignment(a: AssignmentFacts, now: string) {
  const submitted = a.firstSubmittedAt !== null;
  const onTime = submitted && (a.deadline === null || (a.firstSubmittedAt as string) <= a.deadline);
  return {
    submitted,
    onTime,
    late: submitted && !onTime,
    overdue: !submitted && a.deadline !== null && a.deadline < now,
    waiting: !submitted && (a.deadline === null || a.deadline >= now),
    accepted: a.status === 'accepted',
    returned: a.status === 'returned',
  };
}

export type CountsWithoutRates = Omit<ProgressCounts, 'reportingRate' | 'onTimeRate'>;

export function emptyCounts(): CountsWithoutRates {
  return { expected: 0, submitted: 0, onTime: 0, late: 0, overdue: 0, waiting: 0, accepted: 0, returned: 0 };
}

/** Adds one assignment's state to a row of counts. */
export function countAssignment(counts: CountsWithoutRates, state: ReturnType<typeof classifyAssignment>) {
  counts.expected++;
  if (state.submitted) counts.submitted++;
  if (state.onTime) counts.onTime++;
  if (state.late) counts.late++;
  if (state.overdue) counts.overdue++;
  if (state.waiting) counts.waiting++;
  if (state.accepted) counts.accepted++;
  if (state.returned) counts.returned++;
}

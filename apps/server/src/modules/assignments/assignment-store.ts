import {
  type AssignmentStatus,
  emptyReportContent,
  type ReportContent,
  type SubmissionSummary,
  type TaskKind,
} from '@tongket/domain';
import type { Kysely, Selectable } from 'kysely';
import type { AssignmentsTable, Database } from '../../db/schema.ts';

/** Reading and writing assignments, drafts and submissions: the tables this module owns. */
export type AssignmentRow = Selectable<AssignmentsTable>;

export async function selectAssignment(db: Kysely<Database>, id: string): Promise<AssignmentRow | undefined> {
  return db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An assignment's status and version as they stand now (after a change, for the answer). */
export async function assignmentState(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('assignments')
    .select(['id', 'status', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export function parseContent(json: string | null | undefined): ReportContent {
  if (!json) return emptyReportContent();
  return { ...emptyReportContent(), ...(JSON.parse(json) as Partial<ReportContent>) };
}

export async function selectDraft(db: Kysely<Database>, assignmentId: string) {
  return db
    .selectFrom('assignment_drafts')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
}

export async function selectSubmissions(db: Kysely<Database>, assignmentId: string) {
  return db
    .selectFrom('submissions')
    .select([
      'id',
      'seq',
      'submitted_at',
      'submitted_by',
      'on_time',
      'decision',
      'comment',
      'reviewed_at',
      'reviewed_by',
    ])
    .where('assignment_id', '=', assignmentId)
    .orderBy('seq')
    .execute();
}

export function toSubmissionSummary(row: {
  seq: number;
  submitted_at: string;
  submitted_by: string | null;
  on_time: number;
  decision: string | null;
  comment: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
}): SubmissionSummary {
  return {
    seq: row.seq,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    onTime: row.on_time === 1,
    decision: row.decision as SubmissionSummary['decision'],
    comment: row.comment,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
  };
}

export function toAssignmentView(row: AssignmentRow, unitName: string) {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    unitId: row.unit_id,
    unitName,
    taskId: row.task_id,
    kind: row.kind as TaskKind,
    text: row.text,
    topic: row.topic,
    deadline: row.deadline,
    minMinutes: row.min_minutes,
    maxMinutes: row.max_minutes,
    status: row.status as AssignmentStatus,
    version: row.version,
  };
}

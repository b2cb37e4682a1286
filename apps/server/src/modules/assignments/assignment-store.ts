import {
  type AssignmentStatus,
  emptyReportContent,
  type ReportContent,
  type SubmissionSummary,
  type TaskKind,
} from '@tongket/domain';
import type { ExpressionBuilder, Insertable, Kysely, Selectable } from 'kysely';
import { namedQuery } from '../../db/prepared-query.ts';
import type { AssignmentsTable, Database, SubmissionsTable } from '../../db/schema.ts';

/*
 * Reading and writing assignments, drafts and submissions: the tables this module owns (its
 * attachments are in attachment-records.ts, its reminders in reminder-store.ts). The operations
 * decide; a write that must not race answers whether it took, and the caller says what a miss means.
 *
 * The statements of saving and submitting a report (the deadline morning's burst) are compiled
 * once (namedQuery): building and compiling them with Kysely on every request cost more CPU than
 * SQLite took to run them.
 */

const changed = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0) === 1;

export type AssignmentRow = Selectable<AssignmentsTable>;

/* ---- assignments ---- */

const assignmentById = namedQuery<{ id: string }, AssignmentRow>((db, p) =>
  db.selectFrom('assignments').selectAll().where('id', '=', p.id),
);

export async function selectAssignment(db: Kysely<Database>, id: string): Promise<AssignmentRow | undefined> {
  return (await assignmentById(db, { id })).rows[0];
}

/** What an answer says of an assignment after a change. */
export interface AssignmentState {
  id: string;
  status: string;
  version: number;
}

const stateById = namedQuery<{ id: string }, AssignmentState>((db, p) =>
  db.selectFrom('assignments').select(['id', 'status', 'version']).where('id', '=', p.id),
);

/** An assignment's status and version as they stand now (after a change, for the answer). */
export async function assignmentState(db: Kysely<Database>, id: string): Promise<AssignmentState> {
  const row = (await stateById(db, { id })).rows[0];
  if (!row) throw new Error(`assignment ${id} not found`);
  return row;
}

/** An issued plan's assignments, fifty rows a statement; one already there (a repeat) is skipped. */
export async function insertAssignments(
  db: Kysely<Database>,
  rows: Insertable<AssignmentsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) {
    await db
      .insertInto('assignments')
      .values(rows.slice(i, i + 50))
      .onConflict((oc) => oc.columns(['campaign_id', 'task_id', 'unit_id']).doNothing())
      .execute();
  }
}

/** A round's assignments with their task row's position in the plan. */
export async function selectRoundAssignments(db: Kysely<Database>, campaignId: string) {
  return db
    .selectFrom('assignments as a')
    .leftJoin('plan_tasks as t', 't.id', 'a.task_id')
    .select([
      'a.id',
      'a.campaign_id',
      'a.unit_id',
      'a.task_id',
      'a.kind',
      'a.text',
      'a.topic',
      'a.deadline',
      'a.min_minutes',
      'a.max_minutes',
      'a.status',
      'a.version',
      't.position',
    ])
    .where('a.campaign_id', '=', campaignId)
    .execute();
}

/** What a round's progress is counted from: each assignment's unit, kind, state and dates. */
export async function selectProgressRows(db: Kysely<Database>, campaignId: string) {
  return db
    .selectFrom('assignments')
    .select(['unit_id', 'kind', 'status', 'deadline', 'first_submitted_at', 'last_submitted_at'])
    .where('campaign_id', '=', campaignId)
    .execute();
}

/** selectProgressRows of many rounds in one query, each row with its round. */
export async function selectRoundsProgressRows(db: Kysely<Database>, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom('assignments')
    .select([
      'campaign_id',
      'unit_id',
      'kind',
      'status',
      'deadline',
      'first_submitted_at',
      'last_submitted_at',
    ])
    .where('campaign_id', 'in', campaignIds)
    .execute();
}

/** A unit's assignments in every round past its draft, with the round's name, number and status. */
export async function selectUnitAssignments(db: Kysely<Database>, unitId: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('campaigns as c', 'c.id', 'a.campaign_id')
    .selectAll('a')
    .select(['c.name as campaign_name', 'c.doc_number', 'c.doc_code', 'c.status as campaign_status'])
    .where('a.unit_id', '=', unitId)
    .where('c.status', '!=', 'draft')
    .execute();
}

/** Sets a new deadline if the stored one is still `seen` (null: none); false when it changed meanwhile. */
export async function updateDeadline(
  db: Kysely<Database>,
  id: string,
  seen: string | null,
  deadline: string,
  now: string,
): Promise<boolean> {
  let update = db
    .updateTable('assignments')
    .set((eb) => ({ deadline, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id);
  update = seen === null ? update.where('deadline', 'is', null) : update.where('deadline', '=', seen);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const markInProgressQuery = namedQuery<{ id: string; now: string }>((db, p) =>
  db
    .updateTable('assignments')
    .set((eb) => ({ status: 'in_progress', version: eb('version', '+', 1), updated_at: p.now }))
    .where('id', '=', p.id)
    .where('status', '=', 'pending'),
);

/** A first saved draft moves a pending assignment on to in progress. */
export async function markInProgress(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await markInProgressQuery(db, { id, now });
}

const markSubmittedQuery = namedQuery<
  { id: string; count: number; nextCount: number; first: string; now: string },
  AssignmentState
>((db, p) =>
  db
    .updateTable('assignments')
    .set((eb) => ({
      status: 'submitted',
      first_submitted_at: p.first,
      last_submitted_at: p.now,
      submission_count: p.nextCount,
      version: eb('version', '+', 1),
      updated_at: p.now,
    }))
    .where('id', '=', p.id)
    .where('submission_count', '=', p.count)
    .returning(['id', 'status', 'version']),
);

/**
 * Records a submission on its assignment if no other was recorded since `submissionCount` was read,
 * and gives the assignment's state after it; undefined when one was.
 */
export async function markSubmitted(
  db: Kysely<Database>,
  id: string,
  submissionCount: number,
  firstSubmittedAt: string,
  now: string,
): Promise<AssignmentState | undefined> {
  const { rows } = await markSubmittedQuery(db, {
    id,
    count: submissionCount,
    nextCount: submissionCount + 1,
    first: firstSubmittedAt,
    now,
  });
  return rows.length === 1 ? rows[0] : undefined;
}

/** Records the review on the assignment if its version is still `version`; false when it moved on. */
export async function markReviewed(
  db: Kysely<Database>,
  id: string,
  version: number,
  review: { status: string; comment: string | null; by: string; at: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('assignments')
    .set({
      status: review.status,
      reviewed_at: review.at,
      reviewed_by: review.by,
      review_comment: review.comment,
      version: version + 1,
      updated_at: review.at,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/**
 * Takes a submitted report back to the unit if the assignment is still submitted at `version`
 * (nothing reviewed, sent or changed meanwhile); false when it moved on. The dates of the first and
 * last submission become those of the submissions still standing (`standing`: none, null).
 */
export async function markWithdrawn(
  db: Kysely<Database>,
  id: string,
  version: number,
  standing: { first: string | null; last: string | null },
  now: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('assignments')
    .set({
      status: 'in_progress',
      first_submitted_at: standing.first,
      last_submitted_at: standing.last,
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/* ---- drafts ---- */

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

/** The stored drafts' content of many assignments in one query (id → JSON); none saved, no entry. */
export async function selectDraftContents(
  db: Kysely<Database>,
  assignmentIds: readonly string[],
): Promise<Map<string, string>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('assignment_drafts')
    .select(['assignment_id', 'content'])
    .where('assignment_id', 'in', assignmentIds)
    .execute();
  return new Map(rows.map((r) => [r.assignment_id, r.content]));
}

export interface DraftWrite {
  content: string;
  updatedAt: string;
  updatedBy: string;
}

type DraftParams = { id: string; content: string; at: string; by: string };

const updateDraftQuery = namedQuery<DraftParams & { version: number; next: number }>((db, p) =>
  db
    .updateTable('assignment_drafts')
    .set({ version: p.next, content: p.content, updated_at: p.at, updated_by: p.by })
    .where('assignment_id', '=', p.id)
    .where('version', '=', p.version),
);

/** Replaces the draft if it is still at `version`; false when another save came first. */
export async function updateDraft(
  db: Kysely<Database>,
  assignmentId: string,
  version: number,
  draft: DraftWrite,
): Promise<boolean> {
  return changed(
    await updateDraftQuery(db, {
      id: assignmentId,
      version,
      next: version + 1,
      content: draft.content,
      at: draft.updatedAt,
      by: draft.updatedBy,
    }),
  );
}

const insertDraftQuery = namedQuery<DraftParams>((db, p) =>
  db
    .insertInto('assignment_drafts')
    .values({ assignment_id: p.id, version: 1, content: p.content, updated_at: p.at, updated_by: p.by })
    .onConflict((oc) => oc.column('assignment_id').doNothing()),
);

/** Stores the first draft (version 1); false when another first save came first. */
export async function insertDraft(
  db: Kysely<Database>,
  assignmentId: string,
  draft: DraftWrite,
): Promise<boolean> {
  return changed(
    await insertDraftQuery(db, {
      id: assignmentId,
      content: draft.content,
      at: draft.updatedAt,
      by: draft.updatedBy,
    }),
  );
}

/* ---- submissions ---- */

export type NewSubmission = Omit<
  Selectable<SubmissionsTable>,
  'decision' | 'comment' | 'reviewed_at' | 'reviewed_by'
>;

const insertSubmissionQuery = namedQuery<NewSubmission>((db, p) =>
  db.insertInto('submissions').values({
    id: p.id,
    assignment_id: p.assignment_id,
    campaign_id: p.campaign_id,
    unit_id: p.unit_id,
    seq: p.seq,
    content: p.content,
    indicators: p.indicators,
    submitted_at: p.submitted_at,
    submitted_by: p.submitted_by,
    idempotency_key: p.idempotency_key,
    on_time: p.on_time,
  }),
);

/** A new submission, not yet reviewed. */
export async function insertSubmission(db: Kysely<Database>, row: NewSubmission): Promise<void> {
  await insertSubmissionQuery(db, row);
}

const SUMMARY_COLUMNS = [
  'seq',
  'submitted_at',
  'submitted_by',
  'on_time',
  'decision',
  'comment',
  'reviewed_at',
  'reviewed_by',
] as const;

const submissionByKeyQuery = namedQuery<
  { id: string; key: string },
  Pick<Selectable<SubmissionsTable>, (typeof SUMMARY_COLUMNS)[number]>
>((db, p) =>
  db
    .selectFrom('submissions')
    .select(SUMMARY_COLUMNS)
    .where('assignment_id', '=', p.id)
    .where('idempotency_key', '=', p.key),
);

/** The submission an Idempotency-Key already made for this assignment (what its summary shows). */
export async function selectSubmissionByKey(db: Kysely<Database>, assignmentId: string, key: string) {
  return (await submissionByKeyQuery(db, { id: assignmentId, key })).rows[0];
}

/** The assignment's submissions numbered `seqs`, whole. */
export async function selectSubmissionsBySeq(db: Kysely<Database>, assignmentId: string, seqs: number[]) {
  return db
    .selectFrom('submissions')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .where('seq', 'in', seqs)
    .execute();
}

/** Writes the review's decision on the submission it is about. */
export async function recordSubmissionDecision(
  db: Kysely<Database>,
  assignmentId: string,
  seq: number,
  review: { status: string; comment: string | null; by: string; at: string },
): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ decision: review.status, comment: review.comment, reviewed_at: review.at, reviewed_by: review.by })
    .where('assignment_id', '=', assignmentId)
    .where('seq', '=', seq)
    .execute();
}

/** When the assignment's submissions other than withdrawn ones (and other than `seq`) were sent, oldest first. */
export async function standingSubmissionTimes(
  db: Kysely<Database>,
  assignmentId: string,
  exceptSeq: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('submissions')
    .select('submitted_at')
    .where('assignment_id', '=', assignmentId)
    .where('seq', '!=', exceptSeq)
    .where((eb) => eb.or([eb('decision', 'is', null), eb('decision', '!=', 'withdrawn')]))
    .orderBy('submitted_at')
    .execute();
  return rows.map((r) => r.submitted_at);
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

/** The kind of each of `ids` that is an assignment of the round (others are left out). */
export async function assignmentKinds(
  db: Kysely<Database>,
  campaignId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('assignments')
    .select(['id', 'kind'])
    .where('campaign_id', '=', campaignId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((a) => [a.id, a.kind]));
}

/**
 * The round's speeches and documentaries (kinds `speech` and `media`), each with what its last
 * submission said of its length and topic (null when none was sent).
 */
export async function speechAssignmentRows(db: Kysely<Database>, campaignId: string) {
  const rows = await db
    .selectFrom('assignments')
    .select(['id', 'unit_id', 'kind', 'topic', 'status', 'min_minutes', 'max_minutes', 'submission_count'])
    .where('campaign_id', '=', campaignId)
    .where('kind', 'in', ['speech', 'media'])
    .execute();
  const submitted = rows.filter((r) => r.submission_count > 0);
  const latest = new Map<string, { seq: number; content: string }>();
  if (submitted.length > 0) {
    const subs = await db
      .selectFrom('submissions')
      .select(['assignment_id', 'seq', 'content'])
      .where(
        'assignment_id',
        'in',
        submitted.map((r) => r.id),
      )
      .where((eb) => eb.or([eb('decision', 'is', null), eb('decision', '!=', 'withdrawn')]))
      .execute();
    for (const s of subs) {
      const seen = latest.get(s.assignment_id);
      if (!seen || s.seq > seen.seq) latest.set(s.assignment_id, s);
    }
  }
  return rows.map((r) => {
    const last = latest.get(r.id);
    const content = last ? parseContent(last.content) : null;
    return {
      ...r,
      lastSubmission: content ? { durationMinutes: content.durationMinutes, topic: content.topic } : null,
    };
  });
}

/**
 * A round's report assignments and their submissions (the accepted ones only, or all), for a
 * consolidation: with each submission's whole text, or only its figures (a few hundred bytes a
 * report instead of its text).
 */
export async function roundReportSubmissions(
  db: Kysely<Database>,
  campaignId: string,
  options: { acceptedOnly: boolean; withTexts: boolean },
) {
  const assignments = await db
    .selectFrom('assignments')
    .select(['id', 'unit_id', 'status'])
    .where('campaign_id', '=', campaignId)
    .where('kind', '=', 'report')
    .execute();
  let query = db
    .selectFrom('submissions as s')
    .innerJoin('assignments as a', 'a.id', 's.assignment_id')
    .select(['s.id', 's.assignment_id', 's.unit_id', 's.seq', 's.decision', 's.indicators'])
    .$if(options.withTexts, (q) => q.select('s.content'))
    .where('s.campaign_id', '=', campaignId)
    .where('a.kind', '=', 'report');
  query = options.acceptedOnly
    ? query.where('s.decision', '=', 'accepted')
    : // What the unit took back is not part of any basis.
      query.where((eb) => eb.or([eb('s.decision', 'is', null), eb('s.decision', '!=', 'withdrawn')]));
  const submissions = (await query.execute()) as Array<{
    id: string;
    assignment_id: string;
    unit_id: string;
    seq: number;
    indicators: string | null;
    content?: string;
  }>;
  return { assignments, submissions };
}

const CONTENT_CHUNK = 500;

/** The stored content (JSON) of each of the submissions, by id, read a few hundred at a time. */
export async function submissionContents(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CONTENT_CHUNK) {
    const rows = await db
      .selectFrom('submissions')
      .select(['id', 'content'])
      .where('id', 'in', ids.slice(i, i + CONTENT_CHUNK))
      .execute();
    for (const r of rows) contents.set(r.id, r.content);
  }
  return contents;
}

/* ---- counts over many rounds: the round list's progress, the coordinator's home ---- */

/**
 * Per round and unit, over the tasks handed in for (`kinds`): how many are owed, how many were
 * sent, how many are overdue at `now` — one grouped query however many units the rounds have.
 */
export async function selectProgressCounts(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  kinds: readonly string[],
  now: string,
) {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom('assignments')
    .select((eb) => [
      'campaign_id',
      'unit_id',
      eb.fn.countAll<number | string>().as('expected'),
      eb.fn.count<number | string>('first_submitted_at').as('submitted'),
      eb.fn
        .sum<number | string>(
          eb
            .case()
            .when(eb.and([eb('first_submitted_at', 'is', null), eb('deadline', '<', now)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
    ])
    .where('campaign_id', 'in', campaignIds)
    .where('kind', 'in', kinds)
    .groupBy(['campaign_id', 'unit_id'])
    .execute();
}

/** Which of the coordinator's waiting lists an assignment is on. */
export type WorkList = 'toAccept' | 'overdue' | 'dueSoon';

/** The condition of each list: sent and not yet accepted; nothing sent, past due or due by `soon`. */
function workCondition(list: WorkList, now: string, soon: string) {
  return (eb: ExpressionBuilder<Database, 'assignments'>) => {
    if (list === 'toAccept') return eb('status', '=', 'submitted');
    const unsent = eb('first_submitted_at', 'is', null);
    if (list === 'overdue') return eb.and([unsent, eb('deadline', '<', now)]);
    return eb.and([unsent, eb('deadline', '>=', now), eb('deadline', '<=', soon)]);
  };
}

/**
 * Per unit, over the rounds and task kinds given: tasks sent and waiting to be accepted, overdue at
 * `now`, and due by `soon` with nothing sent — one grouped query.
 */
export async function selectWorkCounts(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  kinds: readonly string[],
  now: string,
  soon: string,
) {
  if (campaignIds.length === 0) return [];
  const sumOf = (eb: ExpressionBuilder<Database, 'assignments'>, list: WorkList) =>
    eb.fn.sum<number | string>(
      eb
        .case()
        .when(workCondition(list, now, soon)(eb))
        .then(1)
        .else(0)
        .end(),
    );
  return db
    .selectFrom('assignments')
    .select((eb) => [
      'unit_id',
      sumOf(eb, 'toAccept').as('to_accept'),
      sumOf(eb, 'overdue').as('overdue'),
      sumOf(eb, 'dueSoon').as('due_soon'),
    ])
    .where('campaign_id', 'in', campaignIds)
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'submitted'),
        eb.and([eb('first_submitted_at', 'is', null), eb('deadline', '<=', soon)]),
      ]),
    )
    .groupBy('unit_id')
    .execute();
}

/**
 * The first `limit` assignments of one waiting list, the most pressing first (the longest waiting
 * to be accepted, the longest overdue, the nearest deadline), leaving out the units given.
 */
export async function selectWorkItems(
  db: Kysely<Database>,
  list: WorkList,
  campaignIds: readonly string[],
  kinds: readonly string[],
  now: string,
  soon: string,
  options: { limit: number; skipUnits: readonly string[] },
) {
  if (campaignIds.length === 0) return [];
  let query = db
    .selectFrom('assignments')
    .select(['id', 'campaign_id', 'unit_id', 'kind', 'deadline', 'last_submitted_at'])
    .where('campaign_id', 'in', campaignIds)
    .where('kind', 'in', kinds)
    .where(workCondition(list, now, soon));
  if (options.skipUnits.length > 0) query = query.where('unit_id', 'not in', options.skipUnits);
  query = list === 'toAccept' ? query.orderBy('last_submitted_at', 'asc') : query.orderBy('deadline', 'asc');
  return query.orderBy('id').limit(options.limit).execute();
}

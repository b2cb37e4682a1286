import type { Text } from '@tongket/domain';
import {
  lengthOverMaximum,
  type ReportContent,
  type SubmissionSummary,
  type TaskKind,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, HttpProblem, problem } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { type AssignmentContext, assertOwner } from './assignment-access.ts';
import {
  type AssignmentState,
  insertSubmission,
  markSubmitted,
  parseContent,
  selectAssignment,
  selectDraft,
  selectSubmissionByKey,
  toSubmissionSummary,
} from './assignment-store.ts';
import { listAttachments } from './attachment-records.ts';
import {
  assertIndicatorValues,
  missingForKind,
  missingIndicators,
  missingSections,
} from './report-content.ts';
import { assertEditable, assertOpen, writeDraft } from './save-draft.ts';
import { assertSignedReport } from './signed-report.ts';

export interface SubmitInput {
  /** The draft version the unit saw; with `content`, that content is saved first, in the same transaction. */
  version?: number | undefined;
  content?: ReportContent | undefined;
  idempotencyKey?: string | undefined;
  /** When it was sent; now unless replaying history (the demo's 2020 round). */
  at?: string | undefined;
}

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate key/i.test(error instanceof Error ? error.message : String(error));

async function replay(db: Kysely<Database>, assignmentId: string, key: string | undefined) {
  if (!key) return undefined;
  const row = await selectSubmissionByKey(db, assignmentId, key);
  return row ? { summary: toSubmissionSummary(row), state: undefined } : undefined;
}

/**
 * Sends the draft as the next numbered submission. A repeat with the same Idempotency-Key (a
 * double click, a retry after a lost answer) returns the first one instead of a second.
 */
export async function submitAssignment(
  db: Kysely<Database>,
  events: EventBus,
  ctx: AssignmentContext,
  actor: Actor,
  input: SubmitInput,
): Promise<SubmissionSummary> {
  return (await submitWithState(db, events, ctx, actor, input)).summary;
}

/**
 * submitAssignment, with the assignment's state as this submission left it (from the write that
 * recorded it, committed with it); undefined when an earlier submission with the same
 * Idempotency-Key was given back instead, whose caller reads the state as it stands now.
 */
export async function submitWithState(
  db: Kysely<Database>,
  events: EventBus,
  ctx: AssignmentContext,
  actor: Actor,
  input: SubmitInput,
): Promise<{ summary: SubmissionSummary; state: AssignmentState | undefined }> {
  const id = ctx.assignment.id;
  const earlier = await replay(db, id, input.idempotencyKey);
  if (earlier) return earlier;
  assertOwner(ctx);
  assertOpen(ctx);
  let result: { summary: SubmissionSummary; state: AssignmentState };
  try {
    result = await db.transaction().execute(async (trx) => {
      const row = await selectAssignment(trx, id);
      if (!row) throw conflict('assignment_missing');
      const current = { ...ctx, assignment: row };
      assertEditable(current);
      let content: ReportContent;
      let json: string;
      if (input.content) {
        ({ content, json } = await writeDraft(trx, current, actor, input.version ?? 0, input.content, {
          submitting: true,
        }));
      } else {
        const draft = await selectDraft(trx, id);
        if (input.version !== undefined && (draft?.version ?? 0) !== input.version) {
          throw conflict('draft_conflict', { case: 'submitting' });
        }
        content = parseContent(draft?.content);
        json = JSON.stringify(content);
      }
      const attachments = await listAttachments(trx, id);
      const kind = row.kind as TaskKind;
      const outline = ctx.campaign.outline;
      // A draft saved before the bounds existed is checked again: nothing out of bounds is sent.
      // Content sent with this request has just been checked against them by writeDraft.
      if (kind === 'report' && !input.content) assertIndicatorValues(content, outline);
      const missing = kind === 'report' ? missingSections(content, outline) : [];
      const emptyFigures = kind === 'report' ? missingIndicators(content, outline) : [];
      const missingOther = missingForKind(content, kind, attachments.length);
      if (missing.length > 0 || emptyFigures.length > 0 || missingOther.length > 0) {
        const items: Text[] = [
          ...missing.map((m) => `${m.label}. ${m.title.replace(/[:.]$/, '')}`),
          ...emptyFigures.map((m) => ({
            vi: `chỉ tiêu bắt buộc “${m.name}” (mục ${m.label})`,
            en: `the required indicator “${m.name}” (section ${m.label})`,
          })),
          ...missingOther,
        ];
        throw problem(
          'sections_missing',
          { items },
          {
            missing,
            missingIndicators: emptyFigures,
            errors: emptyFigures.map((m) => ({
              field: `content.indicators.${m.indicatorId}`,
              message: {
                vi: `Chỉ tiêu bắt buộc “${m.name}” chưa có số liệu`,
                en: `The required indicator “${m.name}” has no figure yet`,
              },
            })),
          },
        );
      }
      if (kind === 'report' && ctx.campaign.plan.signedReports) assertSignedReport(attachments);
      const tooLong = lengthOverMaximum(kind, content.durationMinutes, row.max_minutes);
      if (tooLong) {
        throw problem(
          'length_over_maximum',
          { reason: tooLong },
          {
            errors: [{ field: 'content.durationMinutes', message: tooLong }],
          },
        );
      }
      const now = input.at ?? nowIso();
      const onTime = row.deadline === null || now <= row.deadline;
      const seq = row.submission_count + 1;
      const submission = {
        id: newId(),
        assignment_id: id,
        campaign_id: row.campaign_id,
        unit_id: row.unit_id,
        seq,
        // The draft's JSON with the attachments of this submission added, not serialised again.
        content: `${json.slice(0, -1)},"attachmentIds":${JSON.stringify(attachments.map((a) => a.id))}}`,
        indicators: JSON.stringify(content.indicators ?? {}),
        submitted_at: now,
        submitted_by: actor.username,
        idempotency_key: input.idempotencyKey ?? null,
        on_time: onTime ? 1 : 0,
        decision: null,
        comment: null,
        reviewed_at: null,
        reviewed_by: null,
      };
      await insertSubmission(trx, submission);
      const state = await markSubmitted(trx, id, row.submission_count, row.first_submitted_at ?? now, now);
      if (!state) throw conflict('already_submitted', { case: 'just_now' });
      await recordAudit(trx, actor, {
        action: 'assignment.submitted',
        entityType: 'assignment',
        entityId: id,
        before: { status: row.status },
        after: { status: 'submitted', seq, onTime },
      });
      return { summary: toSubmissionSummary(submission), state };
    });
  } catch (error) {
    // The same key raced in from another request (whatever this one tripped over meanwhile:
    // the draft's version, the submission number): answer with the one that won.
    const winner = await replay(db, id, input.idempotencyKey);
    if (winner) return winner;
    if (!(error instanceof HttpProblem) && isUniqueViolation(error)) {
      throw conflict('already_submitted', { case: 'other_window' });
    }
    throw error;
  }
  events.publish({
    type: 'assignment.changed',
    actorId: actor.userId,
    campaignId: ctx.assignment.campaign_id,
    assignmentId: id,
    unitId: ctx.assignment.unit_id,
    status: result.state.status,
    at: result.summary.submittedAt,
  });
  return result;
}

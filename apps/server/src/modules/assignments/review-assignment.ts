import { documentReference, formatDeadlineVn, TASK_KIND_LABELS, type TaskKind } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, conflict, versionConflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import { queueNotices } from '../notifications/index.ts';
import { type AssignmentContext, assertReviewer } from './assignment-access.ts';
import {
  type AssignmentRow,
  markReviewed,
  recordSubmissionDecision,
  selectAssignment,
} from './assignment-store.ts';

/** Why there is nothing to decide on: already decided, withdrawn by the unit, or never sent. */
function notAwaitingReview(row: Pick<AssignmentRow, 'status' | 'submission_count'>) {
  if (row.status === 'accepted' || row.status === 'returned') {
    return conflict('not_awaiting_review', { case: 'reviewed' });
  }
  // In progress again after a submission: only a withdrawal does that (a returned one stays returned).
  return conflict('not_awaiting_review', { case: row.submission_count > 0 ? 'withdrawn' : 'not_sent' });
}

/**
 * The standing agency accepts a submitted report, or returns it with a comment for the unit to
 * rework and send again. The unit is told either way.
 */
export async function reviewAssignment(
  db: Kysely<Database>,
  events: EventBus,
  tree: UnitTree,
  ctx: AssignmentContext,
  actor: Actor,
  input: { decision: 'accept' | 'return'; comment: string; version: number; at?: string },
): Promise<void> {
  assertReviewer(ctx);
  if (input.decision === 'return' && !input.comment) {
    throw badRequest('comment_required', undefined, [
      { field: 'comment', message: { vi: 'Cần ghi lý do trả lại', en: 'A reason for returning is needed' } },
    ]);
  }
  const id = ctx.assignment.id;
  const status = input.decision === 'accept' ? 'accepted' : 'returned';
  const now = input.at ?? nowIso();
  await db.transaction().execute(async (trx) => {
    const row = await selectAssignment(trx, id);
    if (!row) throw conflict('assignment_missing');
    if (row.status !== 'submitted') throw notAwaitingReview(row);
    if (row.version !== input.version) throw versionConflict('assignment');
    const review = { status, comment: input.comment || null, by: actor.username, at: now };
    if (!(await markReviewed(trx, id, row.version, review))) {
      // Withdrawn or decided between the read and the write: say which.
      const current = await selectAssignment(trx, id);
      if (current && current.status !== 'submitted') throw notAwaitingReview(current);
      throw versionConflict('assignment');
    }
    await recordSubmissionDecision(trx, id, row.submission_count, review);

    const unit = tree.byId.get(row.unit_id);
    const what = `${TASK_KIND_LABELS[row.kind as TaskKind].vi.toLowerCase()} “${row.topic || row.text}”`;
    const reference = documentReference(ctx.campaign.plan);
    const plan = reference ? ` theo Kế hoạch số ${reference}` : '';
    const lines =
      status === 'accepted'
        ? [
            `Cơ quan thường trực đã tiếp nhận ${what}${plan} của ${unit?.name ?? 'đơn vị'} (lần gửi thứ ${row.submission_count}).`,
          ]
        : [
            `Cơ quan thường trực trả lại ${what}${plan} của ${unit?.name ?? 'đơn vị'} (lần gửi thứ ${row.submission_count}) để hoàn thiện.`,
            '',
            `Lý do: ${input.comment}`,
            '',
            row.deadline
              ? `Hãy sửa và gửi lại sớm (thời hạn ban đầu: ${formatDeadlineVn(row.deadline)}).`
              : 'Hãy sửa và gửi lại sớm.',
          ];
    await queueNotices(trx, [
      {
        kind: status === 'accepted' ? 'report_accepted' : 'report_returned',
        dedupeKey: `review:${id}:${row.submission_count}`,
        campaignId: row.campaign_id,
        unitId: row.unit_id,
        toAddress: unit?.email ?? null,
        subject: status === 'accepted' ? `Đã tiếp nhận ${what}` : `Trả lại ${what}`,
        body: lines.join('\n'),
        link: `/assignments/${id}`,
      },
    ]);
    await recordAudit(trx, actor, {
      action: status === 'accepted' ? 'assignment.accepted' : 'assignment.returned',
      entityType: 'assignment',
      entityId: id,
      before: { status: row.status },
      after: { status, comment: input.comment || null, seq: row.submission_count },
    });
  });
  events.publish({
    type: 'assignment.changed',
    actorId: actor.userId,
    campaignId: ctx.assignment.campaign_id,
    assignmentId: id,
    unitId: ctx.assignment.unit_id,
    status,
    at: now,
  });
}

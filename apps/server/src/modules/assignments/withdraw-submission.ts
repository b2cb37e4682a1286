import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, versionConflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import type { AssignmentContext } from './assignment-access.ts';
import {
  type AssignmentRow,
  markWithdrawn,
  recordSubmissionDecision,
  selectAssignment,
  selectSubmissionsBySeq,
  standingSubmissionTimes,
} from './assignment-store.ts';
import { assertOpen } from './save-draft.ts';

/** Why a report in this state cannot be withdrawn (see docs/lifecycles.md). */
function notWithdrawable(row: Pick<AssignmentRow, 'status'>) {
  if (row.status === 'accepted') return conflict('not_withdrawable', { case: 'accepted' });
  if (row.status === 'returned') return conflict('not_withdrawable', { case: 'returned' });
  return conflict('not_withdrawable', { case: 'not_sent' });
}

/**
 * The unit takes back what it sent, before the standing agency has decided on it: the assignment is
 * in progress again with its draft as it was sent, the submission stays in the history marked
 * withdrawn, and it no longer counts as handed in (a new one after the deadline is late). Conditional
 * on the status and the version the unit saw, so a withdrawal racing a review has one winner.
 * A repeat of a withdrawal that went through (same version) is answered as done.
 */
export async function withdrawSubmission(
  db: Kysely<Database>,
  events: EventBus,
  ctx: AssignmentContext,
  actor: Actor,
  input: { version: number; at?: string },
): Promise<void> {
  if (!ctx.isOwner) throw forbidden('withdraw_report');
  assertOpen(ctx);
  const id = ctx.assignment.id;
  const now = input.at ?? nowIso();
  const done = await db.transaction().execute(async (trx) => {
    const row = await selectAssignment(trx, id);
    if (!row) throw conflict('assignment_missing');
    if (row.status !== 'submitted') {
      if (await isRepeat(trx, row, input.version)) return false;
      throw notWithdrawable(row);
    }
    if (row.version !== input.version) throw versionConflict('assignment');
    const standing = await standingSubmissionTimes(trx, id, row.submission_count);
    const times = { first: standing[0] ?? null, last: standing.at(-1) ?? null };
    if (!(await markWithdrawn(trx, id, row.version, times, now))) {
      // Reviewed (or changed) between the read and the write: say what it is now.
      const current = await selectAssignment(trx, id);
      if (current && current.status !== 'submitted') throw notWithdrawable(current);
      throw versionConflict('assignment');
    }
    await recordSubmissionDecision(trx, id, row.submission_count, {
      status: 'withdrawn',
      comment: null,
      by: actor.username,
      at: now,
    });
    await recordAudit(trx, actor, {
      action: 'assignment.withdrawn',
      entityType: 'assignment',
      entityId: id,
      before: { status: row.status, seq: row.submission_count },
      after: { status: 'in_progress', submitted: times.first !== null },
    });
    return true;
  });
  if (!done) return;
  events.publish({
    type: 'assignment.changed',
    actorId: actor.userId,
    campaignId: ctx.assignment.campaign_id,
    assignmentId: id,
    unitId: ctx.assignment.unit_id,
    status: 'in_progress',
    at: now,
  });
}

/** The same withdrawal again (a double click, a retry after a lost answer): it moved `version` on by one. */
async function isRepeat(db: Kysely<Database>, row: AssignmentRow, version: number): Promise<boolean> {
  if (row.status !== 'in_progress' || row.version !== version + 1 || row.submission_count === 0) return false;
  const [latest] = await selectSubmissionsBySeq(db, row.id, [row.submission_count]);
  return latest?.decision === 'withdrawn';
}

import { formatDateVn, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, versionConflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import { type AssignmentContext, assertReviewer } from './assignment-access.ts';
import { updateDeadline } from './assignment-store.ts';
import { clearReminders } from './reminder-store.ts';

/**
 * Gia hạn: the standing agency gives one unit a new deadline. Its reminders start over against
 * the new date; whether a first submission was on time is judged against it too. The pages watching
 * the round hear of it (its progress counts what is late).
 */
export async function extendDeadline(
  db: Kysely<Database>,
  events: EventBus,
  ctx: AssignmentContext,
  actor: Actor,
  input: { previousDeadline: string | null; deadline: string },
): Promise<void> {
  assertReviewer(ctx);
  const deadline = new Date(input.deadline).toISOString();
  const issued = ctx.campaign.plan.docDate;
  if (issued && vietnamDate(deadline) < issued) {
    throw badRequest(
      'deadline_before_issue',
      { deadline: formatDateVn(deadline), issued: formatDateVn(issued) },
      [{ field: 'deadline', message: { vi: 'Sớm hơn ngày ban hành', en: 'Before the issue date' } }],
    );
  }
  const a = ctx.assignment;
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    // Only another change of the deadline conflicts; the unit drafting or sending meanwhile does not.
    const seen = input.previousDeadline === null ? null : new Date(input.previousDeadline).toISOString();
    if (!(await updateDeadline(trx, a.id, seen, deadline, now))) throw versionConflict('deadline');
    await clearReminders(trx, a.id);
    await recordAudit(trx, actor, {
      action: 'assignment.deadline_extended',
      entityType: 'assignment',
      entityId: a.id,
      before: { deadline: seen },
      after: { deadline },
    });
  });
  events.publish({
    type: 'assignment.changed',
    actorId: actor.userId,
    campaignId: a.campaign_id,
    assignmentId: a.id,
    unitId: a.unit_id,
    status: a.status,
    deadline,
    at: now,
  });
}

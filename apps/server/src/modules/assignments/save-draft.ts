import { type Draft, isSubmittable, type ReportContent, type TaskKind } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import type { AssignmentContext } from './assignment-access.ts';
import { insertDraft, markInProgress, selectDraft, updateDraft } from './assignment-store.ts';
import { draftRelease } from './attachment-records.ts';
import { draftView } from './get-assignment.ts';
import { cleanContent } from './report-content.ts';

/** Refused when the round no longer takes reports, or the task is not one that is handed in. */
export function assertOpen(ctx: AssignmentContext) {
  if (ctx.campaign.status === 'closed') {
    throw conflict('campaign_closed', { case: 'reports' });
  }
  if (!isSubmittable(ctx.assignment.kind as TaskKind)) {
    throw conflict('not_submittable');
  }
}

/** Refused once sent and not returned: what is waiting for review is not edited underneath it. */
export function assertEditable(ctx: AssignmentContext) {
  const status = ctx.assignment.status;
  if (status === 'submitted') {
    throw conflict('already_submitted', { case: 'awaiting_review' });
  }
  if (status === 'accepted') throw conflict('already_accepted');
}

/** The unit's report was released through signing: its content no longer changes (see writeDraft). */
export const releasedReportProblem = () => conflict('signing_not_ready', { case: 'unit_report_released' });

export function draftConflict(current: Draft) {
  return conflict('draft_conflict', { case: 'saving' }, { current });
}

/**
 * Stores the draft in the caller's transaction when `version` is the stored one (0 for none yet)
 * and returns the new draft. A stale version gets 409 with the stored draft, so nothing is lost.
 * `submitting`: the caller marks the assignment submitted in the same transaction, so a pending
 * one is not first moved on to in progress (one write of the assignment row instead of two).
 */
export async function writeDraft(
  trx: Kysely<Database>,
  ctx: AssignmentContext,
  actor: Actor,
  version: number,
  content: ReportContent,
  options: { submitting?: boolean } = {},
): Promise<Draft & { json: string }> {
  const clean = cleanContent(content, ctx.campaign.outline, ctx.assignment.kind as TaskKind);
  const id = ctx.assignment.id;
  const now = nowIso();
  const json = JSON.stringify(clean);
  const write = { content: json, updatedAt: now, updatedBy: actor.username };
  // A report signed and released through the system is what was signed: its content stays while
  // its signed PDF is on the draft (docs/signatures.md, "Units' reports"); taking the PDF off lets
  // the unit change it, and sign and release it again.
  if (version > 0 && (await draftRelease(trx, id))) {
    const stored = await selectDraft(trx, id);
    if (stored?.content !== json) throw releasedReportProblem();
  }
  // The version alone decides, in the write itself: version 0 inserts the first draft (nothing if
  // one is there), a later one replaces the draft only while it is still at that version. The
  // stored draft is read only to answer a conflict.
  const stored =
    version === 0 ? await insertDraft(trx, id, write) : await updateDraft(trx, id, version, write);
  if (!stored) throw draftConflict(draftView(await selectDraft(trx, id)));
  if (ctx.assignment.status === 'pending' && !options.submitting) await markInProgress(trx, id, now);
  return { version: version + 1, content: clean, updatedAt: now, updatedBy: actor.username, json };
}

/**
 * Autosave of a draft by the unit that owes it. The first one moves the assignment on to in
 * progress, which the round's progress shows: the pages watching it hear of it.
 */
export async function saveDraft(
  db: Kysely<Database>,
  events: EventBus,
  ctx: AssignmentContext,
  actor: Actor,
  version: number,
  content: ReportContent,
): Promise<Draft> {
  if (!ctx.isOwner) {
    throw forbidden('draft_report');
  }
  assertOpen(ctx);
  assertEditable(ctx);
  const saved = await db.transaction().execute(async (trx) => {
    const { json: _json, ...draft } = await writeDraft(trx, ctx, actor, version, content);
    await recordAudit(trx, actor, {
      action: 'assignment.draft_saved',
      entityType: 'assignment',
      entityId: ctx.assignment.id,
      before: { version },
      after: { version: draft.version, sections: Object.keys(draft.content.sections).length },
    });
    return draft;
  });
  if (ctx.assignment.status === 'pending') {
    events.publish({
      type: 'assignment.changed',
      actorId: actor.userId,
      campaignId: ctx.assignment.campaign_id,
      assignmentId: ctx.assignment.id,
      unitId: ctx.assignment.unit_id,
      status: 'in_progress',
      at: saved.updatedAt ?? nowIso(),
    });
  }
  return saved;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { canManageCampaign, getReadableCampaign } from '../campaigns/index.ts';
import { type AssignmentRow, selectAssignment } from './assignment-store.ts';
import { assertEditable, assertOpen } from './save-draft.ts';

export interface AssignmentContext {
  assignment: AssignmentRow;
  campaign: StoredCampaign;
  /** The caller's unit owes it and may write and submit it. */
  isOwner: boolean;
  /** The caller runs the round and reviews what comes in. */
  isReviewer: boolean;
}

const missing = () => notFound('assignment');

/**
 * An assignment the caller may see: the unit that owes it and the units above it (a unit officer
 * sees the units below their own), and everyone who can read the round except unit officers of
 * other units. Anything else is answered as missing.
 */
export async function readableAssignment(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
): Promise<AssignmentContext> {
  const assignment = await selectAssignment(db, id);
  if (!assignment) throw missing();
  if (actor.role === 'unit' && !tree.isWithin(actor.unitId, assignment.unit_id)) throw missing();
  const campaign = await getReadableCampaign(db, tree, actor, assignment.campaign_id).catch(() => {
    throw missing();
  });
  return {
    assignment,
    campaign,
    isOwner: actor.unitId === assignment.unit_id && (actor.role === 'unit' || actor.role === 'coordinator'),
    isReviewer: canManageCampaign(actor, campaign),
  };
}

export function assertOwner(ctx: AssignmentContext) {
  if (!ctx.isOwner) {
    throw forbidden('report_author');
  }
}

export function assertReviewer(ctx: AssignmentContext) {
  if (!ctx.isReviewer) {
    throw forbidden('review_report');
  }
}

/**
 * An assignment whose draft the caller's unit may still change (an attachment added or removed, a
 * Word report read into it): its own, in a round that takes reports, not waiting for review.
 */
export async function writableAssignment(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
): Promise<AssignmentContext> {
  const found = await readableAssignment(db, tree, actor, id);
  assertOwner(found);
  assertOpen(found);
  assertEditable(found);
  return found;
}

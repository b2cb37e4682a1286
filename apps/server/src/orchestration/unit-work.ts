import type { UnitWork } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { nowIso } from '../lib/clock.ts';
import { unitOpenTasks } from '../modules/assignments/index.ts';
import { unitDraftNominations } from '../modules/commendation/index.ts';
import { unitUnansweredInvitations } from '../modules/conference/index.ts';

/**
 * The unit's home: what the caller's own unit still has to do in the issued rounds it takes part
 * in — its open tasks with what is missing to send them, its delegates' unanswered invitations,
 * its unsent nominations. Everything is read by the caller's unit id, never another unit's.
 */
export async function unitWork(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  now = nowIso(),
): Promise<UnitWork> {
  const [tasks, invitations, nominations] = await Promise.all([
    unitOpenTasks(db, actor.unitId, now),
    unitUnansweredInvitations(db, actor.unitId),
    unitDraftNominations(db, actor.unitId),
  ]);
  return {
    asOf: now,
    unitId: actor.unitId,
    unitName: tree.byId.get(actor.unitId)?.name ?? '',
    tasks,
    invitations,
    nominations,
  };
}

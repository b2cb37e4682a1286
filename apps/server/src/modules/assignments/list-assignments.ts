import type { Assignment, AssignmentStatus, TaskKind } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { selectRoundAssignments } from './assignment-store.ts';

/**
 * A round's assignments in plan order (task row, then the unit tree). A unit officer sees those of
 * their own unit and the units below it; every other role that can read the round sees all.
 */
export async function listAssignments(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaignId: string,
): Promise<Assignment[]> {
  const rows = await selectRoundAssignments(db, campaignId);
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return rows
    .filter((r) => actor.role !== 'unit' || tree.isWithin(actor.unitId, r.unit_id))
    .sort(
      (a, b) =>
        (a.position ?? 0) - (b.position ?? 0) || (order.get(a.unit_id) ?? 0) - (order.get(b.unit_id) ?? 0),
    )
    .map((r) => ({
      id: r.id,
      campaignId: r.campaign_id,
      unitId: r.unit_id,
      unitName: tree.byId.get(r.unit_id)?.name ?? '',
      taskId: r.task_id,
      kind: r.kind as TaskKind,
      text: r.text,
      topic: r.topic,
      deadline: r.deadline,
      minMinutes: r.min_minutes,
      maxMinutes: r.max_minutes,
      status: r.status as AssignmentStatus,
      version: r.version,
    }));
}

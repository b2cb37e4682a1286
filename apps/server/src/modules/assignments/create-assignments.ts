import { type Plan, taskDeadline } from '@tongket/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { insertAssignments } from './assignment-store.ts';

export interface CreatedAssignment {
  unitId: string;
  taskId: string;
  kind: string;
  text: string;
  topic: string;
  deadline: string | null;
}

/**
 * One assignment per (unit, task row) of an issued plan, each with its effective deadline. Runs in
 * the issuing transaction; the unique (round, task, unit) key makes a repeat a no-op.
 */
export async function createAssignments(
  db: Kysely<Database>,
  campaignId: string,
  plan: Plan,
): Promise<CreatedAssignment[]> {
  const now = nowIso();
  const created: CreatedAssignment[] = [];
  const rows: Insertable<Database['assignments']>[] = [];
  for (const task of plan.tasks) {
    const deadline = taskDeadline(task, plan);
    for (const unitId of new Set(task.unitIds)) {
      created.push({
        unitId,
        taskId: task.id,
        kind: task.kind,
        text: task.text,
        topic: task.topic,
        deadline,
      });
      rows.push({
        id: newId(),
        campaign_id: campaignId,
        unit_id: unitId,
        task_id: task.id,
        kind: task.kind,
        text: task.text,
        topic: task.topic,
        deadline,
        min_minutes: task.minMinutes,
        max_minutes: task.maxMinutes,
        status: 'pending',
        version: 1,
        created_at: now,
        updated_at: now,
      });
    }
  }
  await insertAssignments(db, rows);
  return created;
}

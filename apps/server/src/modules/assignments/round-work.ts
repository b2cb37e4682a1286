import {
  provinceOf,
  type RoundProgress,
  SUBMITTABLE_KINDS,
  type TaskKind,
  WORK_ITEMS_SHOWN,
  type WorkAssignment,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/clock.ts';
import {
  selectProgressCounts,
  selectWorkCounts,
  selectWorkItems,
  type WorkList,
} from './assignment-store.ts';

/*
 * Counts over many rounds at once, for the round list and the coordinator's home. Like a round's
 * progress (compute-progress.ts) they count only the tasks units hand something in for, and only
 * units of the reader's province: a unit of another province put in a plan before references were
 * checked owes the round nothing it could deliver, and is neither counted nor shown.
 */

/** Each round's progress in one grouped query: owed, sent, overdue at `now`, over its units of `province`. */
export async function roundProgressCounts(
  db: Kysely<Database>,
  tree: UnitTree,
  province: string | undefined,
  campaignIds: readonly string[],
  now = nowIso(),
): Promise<Map<string, RoundProgress>> {
  const rows = await selectProgressCounts(db, campaignIds, SUBMITTABLE_KINDS, now);
  const out = new Map<string, RoundProgress>(
    campaignIds.map((id) => [id, { expected: 0, submitted: 0, overdue: 0 }]),
  );
  for (const row of rows) {
    if (!tree.byId.has(row.unit_id) || provinceOf(tree, row.unit_id) !== province) continue;
    const counts = out.get(row.campaign_id);
    if (!counts) continue;
    counts.expected += Number(row.expected);
    counts.submitted += Number(row.submitted);
    counts.overdue += Number(row.overdue ?? 0);
  }
  return out;
}

export interface WorkGroup<T> {
  total: number;
  items: T[];
}

/**
 * What waits in the rounds given (id → name): reports sent and not yet accepted, tasks overdue at
 * `now` and tasks due by `soon` with nothing sent — each its total and its first few. One grouped
 * count and one short query per list, whatever the number of rounds and units.
 */
export async function assignmentWork(
  db: Kysely<Database>,
  tree: UnitTree,
  province: string | undefined,
  rounds: ReadonlyMap<string, string>,
  now: string,
  soon: string,
): Promise<Record<WorkList, WorkGroup<WorkAssignment>>> {
  const ids = [...rounds.keys()];
  const counts = await selectWorkCounts(db, ids, SUBMITTABLE_KINDS, now, soon);
  const totals = { toAccept: 0, overdue: 0, dueSoon: 0 };
  const skipUnits: string[] = [];
  for (const row of counts) {
    if (!tree.byId.has(row.unit_id) || provinceOf(tree, row.unit_id) !== province) {
      skipUnits.push(row.unit_id);
      continue;
    }
    totals.toAccept += Number(row.to_accept ?? 0);
    totals.overdue += Number(row.overdue ?? 0);
    totals.dueSoon += Number(row.due_soon ?? 0);
  }
  const list = async (name: WorkList): Promise<WorkGroup<WorkAssignment>> => {
    if (totals[name] === 0) return { total: 0, items: [] };
    const rows = await selectWorkItems(db, name, ids, SUBMITTABLE_KINDS, now, soon, {
      limit: WORK_ITEMS_SHOWN,
      skipUnits,
    });
    return {
      total: totals[name],
      items: rows.map((row) => ({
        assignmentId: row.id,
        campaignId: row.campaign_id,
        campaignName: rounds.get(row.campaign_id) ?? '',
        unitId: row.unit_id,
        unitName: tree.byId.get(row.unit_id)?.name ?? '',
        kind: row.kind as TaskKind,
        at: name === 'toAccept' ? row.last_submitted_at : row.deadline,
      })),
    };
  };
  return { toAccept: await list('toAccept'), overdue: await list('overdue'), dueSoon: await list('dueSoon') };
}

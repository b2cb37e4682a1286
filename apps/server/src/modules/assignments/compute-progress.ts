import {
  type AssignmentStatus,
  type CountsWithoutRates,
  classifyAssignment,
  countAssignment,
  emptyCounts,
  isSubmittable,
  type Progress,
  provinceOf,
  TASK_KINDS,
  type TaskKind,
  type UnitKind,
  withRates,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/clock.ts';
import { selectProgressRows, selectRoundsProgressRows } from './assignment-store.ts';

export interface ProgressQuery {
  kind?: TaskKind | undefined;
  unitKind?: UnitKind | undefined;
  under?: string | undefined;
}

/** Which state colours a unit's row: the one that most needs attention. */
const URGENCY: AssignmentStatus[] = ['returned', 'pending', 'in_progress', 'submitted', 'accepted'];

/**
 * A round's progress at `now`: per unit that owes something, per subtree (each unit with the
 * units below it), per task kind and in total. A unit officer sees their own subtree only.
 */
export async function computeProgress(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaignId: string,
  query: ProgressQuery,
  now = nowIso(),
): Promise<Progress> {
  return progressOfRows(await selectProgressRows(db, campaignId), tree, actor, campaignId, query, now);
}

/**
 * Each round's progress as computeProgress counts it, the whole round unfiltered, for many rounds
 * read in one query (the leader's home).
 */
export async function roundsProgress(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaignIds: readonly string[],
  now = nowIso(),
): Promise<Map<string, Progress>> {
  const byRound = new Map<string, ProgressRow[]>(campaignIds.map((id) => [id, []]));
  for (const row of await selectRoundsProgressRows(db, campaignIds)) byRound.get(row.campaign_id)?.push(row);
  return new Map(
    [...byRound].map(([id, rows]) => [id, progressOfRows(rows, tree, actor, id, {}, now)] as const),
  );
}

type ProgressRow = Awaited<ReturnType<typeof selectProgressRows>>[number];

/** A round's progress from its assignments' rows (see computeProgress). */
function progressOfRows(
  rows: readonly ProgressRow[],
  tree: UnitTree,
  actor: Actor,
  campaignId: string,
  query: ProgressQuery,
  now: string,
): Progress {
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const perUnit = new Map<
    string,
    { counts: CountsWithoutRates; status: AssignmentStatus; lastSubmittedAt: string | null }
  >();
  const perKind = new Map<TaskKind, CountsWithoutRates>();
  const perSubtree = new Map<string, CountsWithoutRates>();
  const totals = emptyCounts();
  const province = provinceOf(tree, actor.unitId);
  const notCounted = new Map<TaskKind, number>();

  for (const row of rows) {
    const kind = row.kind as TaskKind;
    if (query.kind && kind !== query.kind) continue;
    const unit = tree.byId.get(row.unit_id);
    if (!unit) continue;
    // Whoever reads a round is of its province. A unit of another province (put in a plan before
    // references were checked) owes this round nothing it could deliver: it is neither counted nor shown.
    if (provinceOf(tree, unit.id) !== province) continue;
    if (actor.role === 'unit' && !tree.isWithin(actor.unitId, unit.id)) continue;
    if (query.under && !tree.isWithin(query.under, unit.id)) continue;
    if (query.unitKind && unit.kind !== query.unitKind) continue;
    if (!query.kind && !isSubmittable(kind)) {
      notCounted.set(kind, (notCounted.get(kind) ?? 0) + 1);
      continue;
    }
    const state = classifyAssignment(
      { status: row.status, deadline: row.deadline, firstSubmittedAt: row.first_submitted_at },
      now,
    );
    const entry = perUnit.get(unit.id) ?? {
      counts: emptyCounts(),
      status: 'accepted',
      lastSubmittedAt: null,
    };
    countAssignment(entry.counts, state);
    const status = row.status as AssignmentStatus;
    if (URGENCY.indexOf(status) < URGENCY.indexOf(entry.status)) entry.status = status;
    if (row.last_submitted_at && (!entry.lastSubmittedAt || row.last_submitted_at > entry.lastSubmittedAt)) {
      entry.lastSubmittedAt = row.last_submitted_at;
    }
    perUnit.set(unit.id, entry);
    const byKind = perKind.get(kind) ?? emptyCounts();
    countAssignment(byKind, state);
    perKind.set(kind, byKind);
    countAssignment(totals, state);
    for (const ancestor of tree.ancestorIds(unit.id)) {
      const sub = perSubtree.get(ancestor) ?? emptyCounts();
      countAssignment(sub, state);
      perSubtree.set(ancestor, sub);
    }
  }

  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return {
    campaignId,
    asOf: now,
    totals: withRates(totals),
    units: [...perUnit.keys()].sort(byOrder).map((id) => {
      const unit = tree.byId.get(id);
      const entry = perUnit.get(id) as NonNullable<ReturnType<typeof perUnit.get>>;
      // Object.assign onto the fresh row rather than a spread: thousands of rows per answer.
      return Object.assign(withRates(entry.counts), {
        unitId: id,
        unitName: unit?.name ?? '',
        unitKind: (unit?.kind ?? 'other') as UnitKind,
        parentId: unit?.parentId ?? null,
        status: entry.status,
        lastSubmittedAt: entry.lastSubmittedAt,
      });
    }),
    subtrees: [...perSubtree.keys()].sort(byOrder).map((id) =>
      Object.assign(withRates(perSubtree.get(id) as CountsWithoutRates), {
        unitId: id,
        unitName: tree.byId.get(id)?.name ?? '',
        depth: tree.byId.get(id)?.depth ?? 0,
      }),
    ),
    byKind: TASK_KINDS.filter((k) => perKind.has(k)).map((kind) =>
      Object.assign(withRates(perKind.get(kind) as CountsWithoutRates), { kind }),
    ),
    notCounted: TASK_KINDS.filter((k) => notCounted.has(k)).map((kind) => ({
      kind,
      assignments: notCounted.get(kind) as number,
    })),
  };
}

import {
  ASSIGNMENT_STATUSES,
  type Assignment,
  type AssignmentStatus,
  compareVi,
  matchesTokens,
  queryTokens,
  searchKey,
  TASK_KINDS,
  type TaskKind,
  UNIT_KINDS,
  type UnitKind,
} from '@tongket/domain';

export const ASSIGNMENT_SORTS = ['unit', 'deadline', 'status'] as const;
export type AssignmentSort = (typeof ASSIGNMENT_SORTS)[number];

export interface AssignmentFilter {
  status: AssignmentStatus | null;
  kind: TaskKind | null;
  /** Level: the kind of the unit that owes the task. */
  unitKind: UnitKind | null;
  /** Area: the unit and every unit below it. */
  under: string | null;
  /** Typed words, matched without diacritics against the unit, the task and its topic. */
  q: string;
  sort: AssignmentSort;
}

export const NO_ASSIGNMENT_FILTER: AssignmentFilter = {
  status: null,
  kind: null,
  unitKind: null,
  under: null,
  q: '',
  sort: 'unit',
};

/** What the filter needs of a unit: its kind, its parent and the names it is searched by. */
export interface FilterUnit {
  kind: UnitKind;
  parentId: string | null;
  shortName: string | null;
  code: string;
}

/** Whether a unit is `root` or below it, walking up the tree (a cycle cannot hang the page). */
function isUnder(unitId: string, root: string, units: ReadonlyMap<string, FilterUnit>): boolean {
  let current: string | null = unitId;
  for (let steps = 0; current && steps <= units.size; steps++) {
    if (current === root) return true;
    current = units.get(current)?.parentId ?? null;
  }
  return false;
}

const STATUS_ORDER = new Map(ASSIGNMENT_STATUSES.map((s, i) => [s, i]));

/** Most urgent first: no deadline last; then by unit name. */
function compareDeadline(a: Assignment, b: Assignment): number {
  if (a.deadline === b.deadline) return 0;
  if (a.deadline === null) return 1;
  if (b.deadline === null) return -1;
  return a.deadline < b.deadline ? -1 : 1;
}

function comparator(sort: AssignmentSort): (a: Assignment, b: Assignment) => number {
  const byUnit = (a: Assignment, b: Assignment) =>
    compareVi(a.unitName, b.unitName) || compareVi(a.text, b.text);
  if (sort === 'deadline') return (a, b) => compareDeadline(a, b) || byUnit(a, b);
  if (sort === 'status') {
    return (a, b) => (STATUS_ORDER.get(a.status) ?? 0) - (STATUS_ORDER.get(b.status) ?? 0) || byUnit(a, b);
  }
  return byUnit;
}

/** The rows the tasks tab shows for a filter, in its order. */
export function filterAssignments(
  items: readonly Assignment[],
  filter: AssignmentFilter,
  units: ReadonlyMap<string, FilterUnit>,
): Assignment[] {
  const tokens = queryTokens(filter.q);
  const shown = items.filter((a) => {
    if (filter.status && a.status !== filter.status) return false;
    if (filter.kind && a.kind !== filter.kind) return false;
    const unit = units.get(a.unitId);
    if (filter.unitKind && unit?.kind !== filter.unitKind) return false;
    if (filter.under && !isUnder(a.unitId, filter.under, units)) return false;
    if (tokens.length === 0) return true;
    return matchesTokens(searchKey(a.unitName, unit?.shortName, unit?.code, a.text, a.topic), tokens);
  });
  return shown.sort(comparator(filter.sort));
}

/** How many rows are in each status, so the filter's options say what they would show. */
export function countAssignmentsByStatus(items: readonly Assignment[]): Map<AssignmentStatus, number> {
  const counts = new Map<AssignmentStatus, number>();
  for (const a of items) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return counts;
}

/** The filter as the tab's address keeps it, so going back from a task returns to the same list. */
export function filterFromParams(params: URLSearchParams): AssignmentFilter {
  const pick = <T extends string>(key: string, allowed: readonly T[] | null): T | null => {
    const value = params.get(key);
    if (!value) return null;
    // A hand-edited address with an unknown value shows everything rather than nothing.
    return allowed === null || allowed.includes(value as T) ? (value as T) : null;
  };
  return {
    status: pick('status', ASSIGNMENT_STATUSES),
    kind: pick('kind', TASK_KINDS),
    unitKind: pick('level', UNIT_KINDS),
    under: pick('under', null),
    q: params.get('q') ?? '',
    sort: pick('sort', ASSIGNMENT_SORTS) ?? 'unit',
  };
}

/** Writes the filter into the address, leaving its other keys (the open tab) alone. */
export function filterToParams(filter: AssignmentFilter, prev: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(prev);
  const put = (key: string, value: string | null) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  put('status', filter.status);
  put('kind', filter.kind);
  put('level', filter.unitKind);
  put('under', filter.under);
  put('q', filter.q);
  put('sort', filter.sort === 'unit' ? null : filter.sort);
  return next;
}

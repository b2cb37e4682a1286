import {
  matchesTokens,
  type Nomination,
  type NominationStatus,
  type NomineeKind,
  queryTokens,
  searchKey,
} from '@tongket/domain';

export interface NominationFilter {
  status: NominationStatus | null;
  kind: NomineeKind | null;
  unitId: string | null;
  /** Typed words, matched without diacritics against the name, workplace and unit. */
  q: string;
}

export const NO_FILTER: NominationFilter = { status: null, kind: null, unitId: null, q: '' };

export function filterNominations(items: readonly Nomination[], filter: NominationFilter): Nomination[] {
  const tokens = queryTokens(filter.q);
  return items.filter(
    (n) =>
      (!filter.status || n.status === filter.status) &&
      (!filter.kind || n.nomineeKind === filter.kind) &&
      (!filter.unitId || n.unitId === filter.unitId) &&
      (tokens.length === 0 || matchesTokens(searchKey(n.name, n.workplace, n.unitName), tokens)),
  );
}

/** How many nominations are in each status: the filter's options and the tab's summary. */
export function countByStatus(items: readonly Nomination[]): Map<NominationStatus, number> {
  const counts = new Map<NominationStatus, number>();
  for (const n of items) counts.set(n.status, (counts.get(n.status) ?? 0) + 1);
  return counts;
}

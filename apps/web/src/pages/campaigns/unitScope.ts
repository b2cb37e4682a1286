import { UNIT_KINDS, type UnitKind, type UnitListItem } from '@tongket/domain';
import { useMemo } from 'react';
import { useUnitTree } from '../../api/units.ts';

/** The top of the tree above a unit (the province for a department), or null when the unit is unknown. */
export function rootUnitId(units: readonly UnitListItem[], unitId: string): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  let current = byId.get(unitId);
  if (!current) return null;
  const seen = new Set<string>();
  while (current.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current.id;
}

/** A unit and everything under it, from a list in tree order with depths. */
export function subtree(units: readonly UnitListItem[], rootId: string): UnitListItem[] {
  const start = units.findIndex((u) => u.id === rootId);
  if (start < 0) return [];
  const root = units[start] as UnitListItem;
  const out = [root];
  for (let i = start + 1; i < units.length; i++) {
    const unit = units[i] as UnitListItem;
    if (unit.depth <= root.depth) break;
    out.push(unit);
  }
  return out;
}

export interface UnitScope {
  /** The units a plan may name: the whole tree under the issuing unit's top (its province). */
  units: UnitListItem[];
  nameOf: (id: string) => string | undefined;
  /** Every active unit of a kind in the scope, in tree order. */
  activeOfKind: (kind: UnitKind) => string[];
  /** The kinds that have at least one active unit, for the "add every unit of a kind" helper. */
  kinds: UnitKind[];
  pending: boolean;
}

export function useUnitScope(issuingUnitId: string): UnitScope {
  const tree = useUnitTree();
  return useMemo(() => {
    const all = tree.data?.items ?? [];
    const root = rootUnitId(all, issuingUnitId);
    const units = root ? subtree(all, root) : [...all];
    const names = new Map(all.map((u) => [u.id, u.name]));
    const byKind = new Map<UnitKind, string[]>();
    for (const unit of units) {
      if (!unit.active) continue;
      const list = byKind.get(unit.kind) ?? [];
      list.push(unit.id);
      byKind.set(unit.kind, list);
    }
    return {
      units,
      nameOf: (id: string) => names.get(id),
      activeOfKind: (kind: UnitKind) => byKind.get(kind) ?? [],
      kinds: UNIT_KINDS.filter((kind) => byKind.has(kind)),
      pending: tree.isPending,
    };
  }, [tree.data, tree.isPending, issuingUnitId]);
}

import type { UnitListItem } from '@tongket/domain';

/** Which nodes are open: every node shallower than `openBelowDepth`, except those toggled by hand. */
export interface Expansion {
  openBelowDepth: number;
  toggled: ReadonlyMap<string, boolean>;
}

/** The tree opens with its roots and their children expanded. */
export const INITIAL_EXPANSION: Expansion = { openBelowDepth: 2, toggled: new Map() };
export const ALL_EXPANDED: Expansion = { openBelowDepth: Number.POSITIVE_INFINITY, toggled: new Map() };
export const ALL_COLLAPSED: Expansion = { openBelowDepth: 0, toggled: new Map() };

export interface TreeRow {
  unit: UnitListItem;
  hasChildren: boolean;
  expanded: boolean;
}

export function isExpanded(expansion: Expansion, unit: UnitListItem): boolean {
  return expansion.toggled.get(unit.id) ?? unit.depth < expansion.openBelowDepth;
}

export function toggle(expansion: Expansion, unit: UnitListItem): Expansion {
  const toggled = new Map(expansion.toggled);
  toggled.set(unit.id, !isExpanded(expansion, unit));
  return { ...expansion, toggled };
}

/**
 * The rows to draw, from the flat list in tree order (each node followed by its subtree, with
 * depth). One pass: a node has children when the next item is deeper; a collapsed node hides
 * everything deeper than itself until the list comes back to its depth.
 */
export function visibleRows(items: readonly UnitListItem[], expansion: Expansion): TreeRow[] {
  const rows: TreeRow[] = [];
  let hiddenBelow = Number.POSITIVE_INFINITY;
  for (let i = 0; i < items.length; i++) {
    const unit = items[i] as UnitListItem;
    if (unit.depth > hiddenBelow) continue;
    hiddenBelow = Number.POSITIVE_INFINITY;
    const next = items[i + 1];
    const hasChildren = next !== undefined && next.depth > unit.depth;
    const expanded = hasChildren && isExpanded(expansion, unit);
    rows.push({ unit, hasChildren, expanded });
    if (hasChildren && !expanded) hiddenBelow = unit.depth;
  }
  return rows;
}

/** A unit and everything under it, from the flat list in tree order. */
export function subtreeIds(items: readonly UnitListItem[], id: string): Set<string> {
  const ids = new Set<string>();
  const start = items.findIndex((u) => u.id === id);
  if (start < 0) return ids;
  const root = items[start] as UnitListItem;
  ids.add(root.id);
  for (let i = start + 1; i < items.length; i++) {
    const unit = items[i] as UnitListItem;
    if (unit.depth <= root.depth) break;
    ids.add(unit.id);
  }
  return ids;
}

import type { UnitListItem } from '@tongket/domain';
import { rootUnitId } from '../campaigns/unitScope.ts';

/**
 * The province under a user's unit name, for a reader who sees several provinces (the system
 * administrator): two "Sở Y tế" read apart only by their province. Null when the tree holds one
 * province, or when the unit is the province itself.
 */
export function provinceNameOf(units: readonly UnitListItem[], unitId: string): string | null {
  const roots = units.filter((u) => u.parentId === null);
  if (roots.length < 2) return null;
  const rootId = rootUnitId(units, unitId);
  if (!rootId || rootId === unitId) return null;
  const root = units.find((u) => u.id === rootId);
  return root?.name ?? null;
}

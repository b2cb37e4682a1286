import { type Nomination, QUOTA_HOLDING, type QuotaStatus } from '@tongket/domain';

export interface QuotaGroup {
  awardGroupId: string;
  heading: string;
  awardTypeName: string;
  rows: QuotaStatus[];
}

/** The rows of section VI under their numbered items, in the plan's order. */
export function groupQuotas(rows: readonly QuotaStatus[]): QuotaGroup[] {
  const groups: QuotaGroup[] = [];
  for (const row of rows) {
    let group = groups.find((g) => g.awardGroupId === row.awardGroupId);
    if (!group) {
      group = {
        awardGroupId: row.awardGroupId,
        heading: row.heading,
        awardTypeName: row.awardTypeName,
        rows: [],
      };
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}

/** All the row allows together: a unit's or a pool's count, or the count times the units of an "each" rule. */
export function rowCapacity(row: Pick<QuotaStatus, 'scope' | 'count' | 'units'>): number {
  return row.scope === 'each' ? row.count * row.units.length : row.count;
}

/** Slots each unit holds of each row, from the nominations the caller can read: "rowId|unitId" → n. */
export function ownUse(nominations: readonly Nomination[]): Map<string, number> {
  const use = new Map<string, number>();
  for (const n of nominations) {
    if (!n.quotaRowId || !QUOTA_HOLDING.includes(n.status)) continue;
    const key = `${n.quotaRowId}|${n.unitId}`;
    use.set(key, (use.get(key) ?? 0) + 1);
  }
  return use;
}

export interface UnitQuota {
  row: QuotaStatus;
  /** What this unit may send under the row: its own count, or the pool's. */
  limit: number;
  /** Slots used: the unit's own, or the whole pool's. */
  used: number;
  left: number;
}

/** The rows that cover a unit, with what is left to it (a pool's slots are shared by its units). */
export function quotasOfUnit(rows: readonly QuotaStatus[], unitId: string): UnitQuota[] {
  const result: UnitQuota[] = [];
  for (const row of rows) {
    const unit = row.units.find((u) => u.unitId === unitId);
    if (!unit) continue;
    const used = row.scope === 'pool' ? row.used : unit.used;
    result.push({ row, limit: unit.limit, used, left: Math.max(0, unit.limit - used) });
  }
  return result;
}

/**
 * The units some row of section VI covers, in the table's order — whom the standing agency can
 * enter a nomination for — with its own unit first.
 */
export function unitsWithQuota(
  rows: readonly QuotaStatus[],
  ownUnitId: string,
): Array<{ value: string; label: string }> {
  const seen = new Map<string, string>();
  for (const row of rows) for (const u of row.units) if (!seen.has(u.unitId)) seen.set(u.unitId, u.unitName);
  const units = [...seen].map(([value, label]) => ({ value, label }));
  return [...units.filter((u) => u.value === ownUnitId), ...units.filter((u) => u.value !== ownUnitId)];
}

/** Blue while there is room, orange when full, red past it (sent over quota). */
export function quotaColor(used: number, limit: number): string {
  return used > limit ? 'red' : used === limit ? 'orange' : 'blue';
}

/** How full, as a bar's percentage. */
export function quotaPercent(used: number, limit: number): number {
  return limit > 0 ? Math.min(100, (used / limit) * 100) : used > 0 ? 100 : 0;
}

import type { NomineeKind, QuotaRow } from './campaigns.ts';
import type { UnitKind } from './units.ts';

/** What the quota rules need to know of a unit. */
export interface QuotaUnit {
  id: string;
  kind: UnitKind;
  /** True when the unit lies under the round's issuing unit (a kind rule never reaches another province). */
  inRound: boolean;
}

/**
 * Whether a quota row of the plan's section VI covers a unit: a unit row its one unit; a pool its
 * listed units or every unit of its kind; an "each" rule its listed units or its kind, minus the
 * units it leaves out ("trừ huyện đảo Cồn Cỏ").
 */
export function quotaCovers(
  row: Pick<QuotaRow, 'scope' | 'unitIds' | 'unitKind' | 'exceptUnitIds'>,
  unit: QuotaUnit,
) {
  if (row.scope === 'unit') return row.unitIds[0] === unit.id;
  const listed = row.unitIds.length > 0 ? row.unitIds.includes(unit.id) : false;
  const byKind =
    row.unitIds.length === 0 && row.unitKind !== null && unit.kind === row.unitKind && unit.inRound;
  if (!listed && !byKind) return false;
  return row.scope === 'pool' || !row.exceptUnitIds.includes(unit.id);
}

/** The counter a nomination takes a slot of: the unit's own, or the pool's shared one. */
export function quotaKey(row: Pick<QuotaRow, 'scope'>, unitId: string): string {
  return row.scope === 'pool' ? '*' : unitId;
}

/** The row of an award group that a unit's nomination of a kind counts against, if any. */
export function findQuotaRow<
  R extends Pick<QuotaRow, 'scope' | 'unitIds' | 'unitKind' | 'exceptUnitIds' | 'nomineeKind'>,
>(rows: readonly R[], nomineeKind: NomineeKind, unit: QuotaUnit): R | undefined {
  return rows.find((row) => row.nomineeKind === nomineeKind && quotaCovers(row, unit));
}

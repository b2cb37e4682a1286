import type { NomineeKind } from './campaign-labels.ts';
import type { QuotaRow } from './campaigns.ts';
import type { UnitKind } from './unit-labels.ts';

/** What the quota rules need to know of a unit. */
export interface QuotaUnit {
  id: string;
  kind: UnitKind;
  /** True when the unit lies under the round's issuing unit (a kind rule never reaches another province). */
  inRound: boolean;
}

type CoverFields = Pick<QuotaRow, 'scope' | 'unitIds' | 'unitKind' | 'exceptUnitIds'>;

/** Whether a row's group (its list, or its kind) takes in a unit, before its exceptions. */
function reaches(row: CoverFields, unit: QuotaUnit): boolean {
  if (row.scope === 'unit') return row.unitIds[0] === unit.id;
  if (row.unitIds.length > 0) return row.unitIds.includes(unit.id);
  return row.unitKind !== null && unit.kind === row.unitKind && unit.inRound;
}

/**
 * Whether a quota row of the plan's section VI covers a unit: a unit row its one unit; a pool or an
 * "each" rule its listed units or every unit of its kind, minus the units it leaves out ("các
 * huyện, thị xã, thành phố, trừ huyện đảo Cồn Cỏ") — a pool's exceptions share none of its slots.
 */
export function quotaCovers(row: CoverFields, unit: QuotaUnit) {
  return reaches(row, unit) && (row.scope === 'unit' || !row.exceptUnitIds.includes(unit.id));
}

/** The counter a nomination takes a slot of: the unit's own, or the pool's shared one. */
export function quotaKey(row: Pick<QuotaRow, 'scope'>, unitId: string): string {
  return row.scope === 'pool' ? '*' : unitId;
}

/** The row of an award group that a unit's nomination of a kind counts against, if any. */
export function findQuotaRow<R extends CoverFields & Pick<QuotaRow, 'nomineeKind'>>(
  rows: readonly R[],
  nomineeKind: NomineeKind,
  unit: QuotaUnit,
): R | undefined {
  return rows.find((row) => row.nomineeKind === nomineeKind && quotaCovers(row, unit));
}

/**
 * When a unit has no row for a kind: the row whose group takes it in but names it as an
 * exception, so the refusal can say why ("trừ huyện đảo Cồn Cỏ").
 */
export function findExcludingRow<R extends CoverFields & Pick<QuotaRow, 'nomineeKind'>>(
  rows: readonly R[],
  nomineeKind: NomineeKind,
  unit: QuotaUnit,
): R | undefined {
  if (findQuotaRow(rows, nomineeKind, unit)) return undefined;
  return rows.find(
    (row) => row.nomineeKind === nomineeKind && reaches(row, unit) && row.exceptUnitIds.includes(unit.id),
  );
}

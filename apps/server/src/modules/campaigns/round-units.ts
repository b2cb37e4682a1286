import { type Bilingual, provinceOf, type RefusedAction, unitBelongsToRound } from '@tongket/domain';
import { badRequest, type FieldError } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';

/**
 * A round refers to units (a task's, a quota's, a recipient, a delegate's, a presenter, a
 * nomination's unit, the units of a cascaded round) only within its own province: the province of
 * its issuing unit. A unit of another province would get an assignment nobody in this round can
 * see or fulfil. Every operation that stores such a reference checks it here, before it writes.
 */

/** A unit a request (or a stored plan) names, and the JSON path of where it names it. */
export interface UnitReference {
  field: string;
  unitId: string;
}

export const OUTSIDE_ROUND_MESSAGE: Bilingual = {
  vi: 'Đơn vị không thuộc tỉnh của đợt này',
  en: "The unit is not in this round's province",
};

/** The references among `refs` to units outside the round's province; an unknown unit is outside too. */
export function unitsOutsideRound(
  tree: UnitTree,
  round: { issuingUnitId: string },
  refs: Iterable<UnitReference>,
): FieldError[] {
  const province = provinceOf(tree, round.issuingUnitId);
  const errors: FieldError[] = [];
  for (const ref of refs) {
    if (province === undefined || !unitBelongsToRound(tree, province, ref.unitId)) {
      errors.push({ field: ref.field, message: OUTSIDE_ROUND_MESSAGE });
    }
  }
  return errors;
}

/**
 * Refuses (400, each offending field named) references to units outside the round's province.
 * `lead` says what was refused: "Chưa lưu được kế hoạch", "Chưa ban hành được".
 */
export function assertUnitsInRound(
  tree: UnitTree,
  round: { issuingUnitId: string },
  refs: Iterable<UnitReference>,
  lead: RefusedAction = 'save',
): void {
  const errors = unitsOutsideRound(tree, round, refs);
  if (errors.length === 0) return;
  throw badRequest('unit_outside_round', { lead, fields: errors.map((e) => e.field) }, errors);
}

/** References of a list of unit ids at `field`: `field.0`, `field.1`, … */
export function listReferences(field: string, unitIds: readonly string[]): UnitReference[] {
  return unitIds.map((unitId, i) => ({ field: `${field}.${i}`, unitId }));
}

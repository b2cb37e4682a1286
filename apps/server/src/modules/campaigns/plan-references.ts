import { type FieldError, problem } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { PlanLists } from './plan-store.ts';
import { listReferences, type UnitReference } from './round-units.ts';

/**
 * Every unit a saved list names must exist, and a unit newly named must be active: a task or a
 * quota for a unit that no longer works would become an assignment nobody can fulfil. Units that
 * were already in the stored plan and were stopped later are let through here and reported by
 * the issue check instead, so an unrelated edit still saves.
 */
export function checkPlanUnits(
  lists: PlanLists,
  tree: UnitTree,
  alreadyNamed: ReadonlySet<string>,
  awardTypeIds: ReadonlySet<string>,
  /** Where the lists sit in the request body: `plan.` for a plan patch, nothing for the quotas' own route. */
  prefix = 'plan.',
): void {
  const errors: FieldError[] = [];
  const check = (ids: readonly string[], field: string) => {
    for (const id of ids) {
      const unit = tree.byId.get(id);
      if (!unit) {
        errors.push({
          field,
          message: { vi: 'Đơn vị không có trong danh mục đơn vị', en: 'The unit is not in the unit list' },
        });
      } else if (!unit.active && !alreadyNamed.has(id)) {
        errors.push({
          field,
          message: {
            vi: `Đơn vị “${unit.name}” đã ngừng hoạt động, không giao nhiệm vụ được`,
            en: `The unit “${unit.name}” is no longer active and cannot be given a task`,
          },
        });
      }
    }
  };
  lists.tasks?.forEach((t, i) => {
    check(t.unitIds, `${prefix}tasks.${i}.unitIds`);
  });
  lists.recipients?.forEach((r, i) => {
    check(r.unitIds, `${prefix}recipients.${i}.unitIds`);
  });
  lists.awardGroups?.forEach((g, gi) => {
    if (g.awardTypeId && !awardTypeIds.has(g.awardTypeId)) {
      errors.push({
        field: `${prefix}awardGroups.${gi}.awardTypeId`,
        message: {
          vi: 'Hình thức khen thưởng không có trong danh mục',
          en: 'The award type is not in the list',
        },
      });
    }
    g.quotas.forEach((q, qi) => {
      check(q.unitIds, `${prefix}awardGroups.${gi}.quotas.${qi}.unitIds`);
      check(q.exceptUnitIds, `${prefix}awardGroups.${gi}.quotas.${qi}.exceptUnitIds`);
    });
  });
  if (errors.length > 0) {
    throw problem('unit_not_allowed', { messages: errors.map((e) => e.message) }, { errors });
  }
}

/** Every unit id a stored plan names anywhere. */
export function namedUnits(lists: PlanLists): Set<string> {
  const out = new Set<string>();
  for (const t of lists.tasks ?? []) for (const id of t.unitIds) out.add(id);
  for (const r of lists.recipients ?? []) for (const id of r.unitIds) out.add(id);
  for (const g of lists.awardGroups ?? []) {
    for (const q of g.quotas) for (const id of [...q.unitIds, ...q.exceptUnitIds]) out.add(id);
  }
  return out;
}

/**
 * Every unit a plan's lists name, each with its exact path (`plan.tasks.3.unitIds.0`): what the
 * round-province check reads, for a patch as sent and for a stored plan alike.
 */
export function planUnitReferences(lists: PlanLists, prefix = 'plan.'): UnitReference[] {
  const refs: UnitReference[] = [];
  lists.tasks?.forEach((t, i) => {
    refs.push(...listReferences(`${prefix}tasks.${i}.unitIds`, t.unitIds));
  });
  lists.recipients?.forEach((r, i) => {
    refs.push(...listReferences(`${prefix}recipients.${i}.unitIds`, r.unitIds));
  });
  lists.awardGroups?.forEach((g, gi) => {
    g.quotas.forEach((q, qi) => {
      const at = `${prefix}awardGroups.${gi}.quotas.${qi}`;
      refs.push(...listReferences(`${at}.unitIds`, q.unitIds));
      refs.push(...listReferences(`${at}.exceptUnitIds`, q.exceptUnitIds));
    });
  });
  return refs;
}

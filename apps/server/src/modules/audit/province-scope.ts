import { isSystemAdmin, provinceOf, type TenantActor, type UnitLineage } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * A query that starts with two common table expressions of one province: `province_units`, its
 * top unit and every unit below it, and `province_rounds`, every round one of them issues. Lists
 * scoped to a province (the audit log, the outbox) filter on them in the database, so paging by
 * cursor or limit stays exact however the provinces' rows interleave.
 */
export function withProvince(db: Kysely<Database>, provinceId: string) {
  return db
    .withRecursive('province_units(id)', (qb) =>
      qb
        .selectFrom('units')
        .select('units.id')
        .where('units.id', '=', provinceId)
        .unionAll((u) =>
          u
            .selectFrom('units')
            .innerJoin('province_units', 'province_units.id', 'units.parent_id')
            .select('units.id'),
        ),
    )
    .with('province_rounds', (qb) =>
      qb
        .selectFrom('campaigns')
        .select('campaigns.id')
        .where(
          'campaigns.issuing_unit_id',
          'in',
          qb.selectFrom('province_units').select('province_units.id'),
        ),
    );
}

/** The province a list is scoped to: null for the system administrator, who sees every province. */
export type ProvinceScope = { provinceId: string } | null;

/**
 * Whose rows an installation-wide list (the audit log, the outbox) shows the actor: their own
 * province's; every province's to the system administrator. A unit the tree does not know names
 * no province, so its scope matches nothing.
 */
export function provinceScope(actor: TenantActor, tree: UnitLineage): ProvinceScope {
  if (isSystemAdmin(actor)) return null;
  return { provinceId: provinceOf(tree, actor.unitId) ?? actor.unitId };
}

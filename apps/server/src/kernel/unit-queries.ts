import type { Unit, UnitKind } from '@tongket/domain';
import { type Kysely, sql } from 'kysely';
import { preparedQuery } from '../db/prepared-query.ts';
import type { Database, UnitsTable } from '../db/schema.ts';
import { conflict } from '../http/problem.ts';

export const UNIT_COLUMNS = [
  'id',
  'code',
  'name',
  'short_name',
  'kind',
  'parent_id',
  'email',
  'agency_code',
  'active',
  'sort_order',
  'version',
] as const;

export type UnitRow = Pick<UnitsTable, (typeof UNIT_COLUMNS)[number]>;

export function toUnit(row: UnitRow, depth: number): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as UnitKind,
    parentId: row.parent_id,
    email: row.email,
    agencyCode: row.agency_code,
    active: row.active === 1,
    order: row.sort_order,
    version: row.version,
    depth,
  };
}

/** What the audit log keeps of a unit (depth is a view, not a fact about it). */
export function auditView(unit: Unit) {
  const { depth: _d, ...rest } = unit;
  return rest;
}

export async function selectAllUnits(db: Kysely<Database>): Promise<UnitRow[]> {
  return db.selectFrom('units').select(UNIT_COLUMNS).execute();
}

/** Read on every unit request to validate the cached tree, so it is compiled once. */
const selectUnitsVersion = preparedQuery((db) =>
  db.selectFrom('app_state').select('value').where('key', '=', sql.lit('units_version')),
);

export async function readUnitsVersion(db: Kysely<Database>): Promise<number> {
  const [row] = await selectUnitsVersion(db);
  return Number(row?.value ?? 0);
}

/**
 * Takes the unit tree for a change decided on the tree at `seenVersion` (the cached tree the
 * request checked its rules on): moves the tree's version on first — on PostgreSQL that row lock
 * holds every other change of the tree until this transaction ends — and refuses (409) if another
 * change came in since that tree was read, so two moves decided on the same tree cannot both land
 * (and, say, put two units under each other).
 */
export async function claimUnitTree(
  db: Kysely<Database>,
  seenVersion: number,
  situation: 'unit' | 'import',
): Promise<void> {
  await bumpUnitsVersion(db);
  if ((await readUnitsVersion(db)) !== seenVersion + 1) throw conflict('units_changed', { case: situation });
}

/**
 * Every write to units bumps this counter in the same transaction; each instance's cached tree
 * compares it on read, so several instances on one PostgreSQL never serve a stale tree.
 * The increment is one statement, so concurrent writers serialise on the row.
 */
export async function bumpUnitsVersion(db: Kysely<Database>): Promise<void> {
  await sql`UPDATE app_state SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'units_version'`.execute(
    db,
  );
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { UNIT_COLUMNS, type UnitRow } from '../../kernel/unit-queries.ts';

/*
 * The units table as the unit operations write it: adding, changing and importing units. The whole
 * tree, read on every request and cached, is the kernel's (kernel/unit-queries.ts); every write here
 * is followed, in the same transaction, by bumpUnitsVersion so each instance's cached tree reloads.
 */

export async function readUnitRow(db: Kysely<Database>, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').select(UNIT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function unitExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether a unit already carries this code (codes are unique across all provinces). */
export async function unitCodeTaken(db: Kysely<Database>, code: string): Promise<boolean> {
  return (
    (await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst()) !== undefined
  );
}

/**
 * The units that carry this agency code, with their parents (the caller tells which province
 * each is in from the tree it holds claimed).
 */
export async function unitsWithAgencyCode(
  db: Kysely<Database>,
  agencyCode: string,
): Promise<{ id: string; name: string; parent_id: string | null }[]> {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'parent_id'])
    .where('agency_code', '=', agencyCode)
    .execute();
}

/** The unit's parent (null at the top), or undefined when there is no such unit. */
export async function parentIdOf(db: Kysely<Database>, id: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('units').select('parent_id').where('id', '=', id).executeTakeFirst();
  return row?.parent_id;
}

export async function insertUnitRow(db: Kysely<Database>, row: UnitRow, now: string): Promise<void> {
  await db
    .insertInto('units')
    .values({ ...row, created_at: now, updated_at: now })
    .execute();
}

/**
 * Writes a unit's row. With `basedOn`, only while its version is still that one: false when
 * someone changed it meanwhile.
 */
export async function updateUnitRow(
  db: Kysely<Database>,
  row: UnitRow,
  now: string,
  basedOn?: number,
): Promise<boolean> {
  let update = db
    .updateTable('units')
    .set({ ...row, updated_at: now })
    .where('id', '=', row.id);
  if (basedOn !== undefined) update = update.where('version', '=', basedOn);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

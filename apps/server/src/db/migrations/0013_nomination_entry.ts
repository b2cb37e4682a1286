import type { Kysely } from 'kysely';

/**
 * The unit of the person who entered a nomination: the nominated unit itself, or the standing
 * agency entering it on the unit's behalf (null for nominations entered before this was kept).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('nominations').addColumn('entered_by_unit_id', 'text').execute();
}

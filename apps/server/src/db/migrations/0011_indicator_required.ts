import type { Kysely } from 'kysely';

/**
 * An outline indicator may be required: a report is not sent while its figure is empty. Existing
 * indicators stay optional, as they were.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outline_indicators')
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

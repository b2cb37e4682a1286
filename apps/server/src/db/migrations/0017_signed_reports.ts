import type { Kysely } from 'kysely';

/**
 * Digital signatures on what units send. A round's plan may require reports signed by the sending
 * unit (`signed_reports`, 0/1; every round before this: 0). Each PDF attachment keeps the check of
 * its signatures made when it arrived (`signature`, JSON; null for other files and earlier ones).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('campaigns')
    .addColumn('signed_reports', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('attachments').addColumn('signature', 'text').execute();
}

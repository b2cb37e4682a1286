import type { Kysely } from 'kysely';

/**
 * One row per "send invitations" click, by its Idempotency-Key: a retry of the same click finds it
 * and sends nothing again (a second send to the same people would replace their links).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invitation_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('invited', 'integer', (c) => c.notNull())
    .addColumn('emailed', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('invitation_batches_key_uq', ['conference_id', 'idempotency_key'])
    .execute();
}

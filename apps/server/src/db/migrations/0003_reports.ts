import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Report collection: each assignment's working draft, its submissions (kept, numbered, reviewed),
 * its attachments, the ledger of reminders sent, and each round's reminder rules.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (const [column, type] of [
    ['first_submitted_at', 'text'],
    ['last_submitted_at', 'text'],
    ['reviewed_at', 'text'],
    ['reviewed_by', 'text'],
    ['review_comment', 'text'],
  ] as const) {
    await db.schema.alterTable('assignments').addColumn(column, type).execute();
  }
  await db.schema
    .alterTable('assignments')
    .addColumn('submission_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('assignments_campaign_idx')
    .on('assignments')
    .columns(['campaign_id', 'status'])
    .execute();

  await db.schema
    .alterTable('campaigns')
    .addColumn('reminder_rules', 'text', (c) => c.notNull().defaultTo('["before:3","before:1","overdue"]'))
    .execute();
  await db.schema.alterTable('campaigns').addColumn('closed_at', 'text').execute();

  await db.schema
    .createTable('assignment_drafts')
    .addColumn('assignment_id', 'text', (c) => c.primaryKey().references('assignments.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignments.id'))
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    // A retried or double-clicked submit carries the same key and finds the first one.
    .addColumn('idempotency_key', 'text')
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('comment', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addUniqueConstraint('submissions_seq_uq', ['assignment_id', 'seq'])
    .addUniqueConstraint('submissions_idempotency_uq', ['assignment_id', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('submissions_campaign_idx').on('submissions').column('campaign_id').execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignments.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // 'disk': under DATA_DIR/files by its hash; 'database': in file_blobs, for several instances.
    .addColumn('storage', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    // Removed from the draft; still readable from the submissions that carried it.
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('attachments_assignment_idx')
    .on('attachments')
    .column('assignment_id')
    .execute();
  await db.schema
    .createTable('file_blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('data', dialect === 'postgres' ? sql`bytea` : 'blob', (c) => c.notNull())
    .execute();

  // One row per (assignment, reminder rule) ever: the key that makes reminders exactly-once.
  await db.schema
    .createTable('reminder_log')
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    /** 1 when a later rule was already due, so this one was recorded without a message. */
    .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('reminder_log_pk', ['assignment_id', 'kind'])
    .execute();

  // A coordinator's "đôn đốc" click: one batch per idempotency key.
  await db.schema
    .createTable('reminder_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('reminder_batches_key_uq', ['campaign_id', 'idempotency_key'])
    .execute();
}

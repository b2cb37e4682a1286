import { type Kysely, sql } from 'kysely';

/**
 * Commendation: nominations counted against the plan's quotas (a usage row per quota and unit,
 * taken with a conditional update so two units can never both get the last slot), the files of a
 * nomination's dossier, award decisions, and the register of document numbers they share with plans.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('award_types')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('nominations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('award_group_id', 'text', (c) => c.notNull())
    .addColumn('nominee_kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('birth_year', 'integer')
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('workplace', 'text', (c) => c.notNull())
    .addColumn('achievement', 'text', (c) => c.notNull())
    // Name without diacritics or case, and birth year: how the same person is found across units.
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quota_row_id', 'text')
    .addColumn('quota_unit_key', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('propose_higher', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('higher_award_type_id', 'text')
    .addColumn('decision_id', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('forwarded_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('nominations_campaign_idx')
    .on('nominations')
    .columns(['campaign_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('nominations_person_idx')
    .on('nominations')
    .columns(['campaign_id', 'person_key'])
    .execute();

  await db.schema
    .createTable('nomination_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nomination_id', 'text', (c) => c.notNull().references('nominations.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('nomination_files_idx')
    .on('nomination_files')
    .column('nomination_id')
    .execute();

  // One row per quota and (for a per-unit quota) unit; `used` only moves by conditional updates.
  await db.schema
    .createTable('quota_usage')
    .addColumn('quota_row_id', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('quota_usage_pk', ['quota_row_id', 'unit_key'])
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('doc_number', 'text', (c) => c.notNull())
    .addColumn('doc_code', 'text', (c) => c.notNull())
    .addColumn('doc_date', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('award_type_id', 'text', (c) => c.notNull().references('award_types.id'))
    // "đã có thành tích xuất sắc trong …": Điều 1 and the certificates say it.
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('signature_authority', 'text', (c) => c.notNull())
    .addColumn('signature_deputy', 'text', (c) => c.notNull())
    .addColumn('signature_title', 'text', (c) => c.notNull())
    .addColumn('signature_name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .execute();
  await db.schema.createIndex('decisions_campaign_idx').on('decisions').column('campaign_id').execute();

  // The records office's register: one number per issuing body and year, whatever the document
  // type (Decree 30, art. 15), shared by plans and decisions.
  await db.schema
    .createTable('document_numbers')
    .addColumn('number_key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO document_numbers (number_key, kind, ref_id, reference, summary, created_at)
    SELECT number_key, 'plan', id, doc_number || '/' || doc_code, summary, COALESCE(issued_at, updated_at)
    FROM campaigns WHERE number_key IS NOT NULL`.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * Rounds and their plans, held part by part: the plan's single-valued parts are columns of
 * `campaigns`; each list of the plan (programme, delegate groups, budget, award groups and quota
 * rows, tasks, recipients) is a table of ordered rows; the units a row names are links in
 * `plan_row_units`. The outline is a tree of sections with their indicators. Issuing creates
 * `assignments` and queues notices in `outbox`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('award_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  const builtIn = [
    ['BK-CT-UBND-TINH', 'Bằng khen của Chủ tịch UBND tỉnh'],
    ['GK', 'Giấy khen'],
    ['BK-TTG', 'Bằng khen của Thủ tướng Chính phủ'],
    ['HCLD-3', 'Huân chương Lao động hạng Ba'],
  ];
  for (const [i, [code, name]] of builtIn.entries()) {
    await sql`INSERT INTO award_types (id, code, name, active, sort_order, created_at)
      VALUES (${`award-${code?.toLowerCase()}`}, ${code}, ${name}, 1, ${i + 1}, ${now})`.execute(db);
  }

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('issuing_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('standing_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('source_campaign_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('parent_body', 'text', (c) => c.notNull())
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text', (c) => c.notNull())
    .addColumn('doc_code', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('doc_date', 'text')
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('conference_time', 'text', (c) => c.notNull())
    .addColumn('conference_starts_at', 'text')
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('expected_delegates', 'integer')
    .addColumn('nomination_deadline', 'text')
    .addColumn('nomination_to', 'text', (c) => c.notNull())
    .addColumn('nomination_reviewer', 'text', (c) => c.notNull())
    .addColumn('report_deadline', 'text')
    .addColumn('submission_to', 'text', (c) => c.notNull())
    .addColumn('submission_email', 'text', (c) => c.notNull())
    .addColumn('closing', 'text', (c) => c.notNull())
    .addColumn('signature_authority', 'text', (c) => c.notNull())
    .addColumn('signature_deputy', 'text', (c) => c.notNull())
    .addColumn('signature_title', 'text', (c) => c.notNull())
    .addColumn('signature_name', 'text', (c) => c.notNull())
    .addColumn('outline_title', 'text', (c) => c.notNull())
    .addColumn('outline_summary', 'text', (c) => c.notNull())
    // "issuing unit|year|number" once issued: one number per body and year, enforced by the database.
    .addColumn('number_key', 'text', (c) => c.unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .execute();
  await db.schema.createIndex('campaigns_issuing_idx').on('campaigns').column('issuing_unit_id').execute();
  await db.schema.createIndex('campaigns_standing_idx').on('campaigns').column('standing_unit_id').execute();

  const listTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
      .addColumn('position', 'integer', (c) => c.notNull());

  await listTable('plan_programme_items')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await listTable('plan_delegate_groups')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await listTable('plan_budget_lines')
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await listTable('plan_recipients')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await listTable('plan_award_groups')
    .addColumn('award_type_id', 'text', (c) => c.references('award_types.id'))
    .addColumn('heading', 'text', (c) => c.notNull())
    .execute();
  await listTable('plan_quota_rows')
    .addColumn('award_group_id', 'text', (c) => c.notNull().references('plan_award_groups.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('nominee_kind', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('unit_kind', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await listTable('plan_tasks')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('min_minutes', 'integer')
    .addColumn('max_minutes', 'integer')
    .execute();
  for (const table of [
    'plan_programme_items',
    'plan_delegate_groups',
    'plan_budget_lines',
    'plan_recipients',
    'plan_award_groups',
    'plan_quota_rows',
    'plan_tasks',
  ]) {
    await db.schema
      .createIndex(`${table}_campaign_idx`)
      .on(table)
      .columns(['campaign_id', 'position'])
      .execute();
  }

  // Which units a task, a quota row (or its exceptions) or a recipient line names, in order.
  await db.schema
    .createTable('plan_row_units')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('plan_row_units_pk', ['row_id', 'role', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('plan_row_units_campaign_idx')
    .on('plan_row_units')
    .column('campaign_id')
    .execute();
  await db.schema.createIndex('plan_row_units_unit_idx').on('plan_row_units').column('unit_id').execute();

  await db.schema
    .createTable('outline_sections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('parent_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('guidance', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outline_sections_campaign_idx')
    .on('outline_sections')
    .column('campaign_id')
    .execute();
  await db.schema
    .createTable('outline_indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('section_id', 'text', (c) => c.notNull().references('outline_sections.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('value_type', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outline_indicators_campaign_idx')
    .on('outline_indicators')
    .column('campaign_id')
    .execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('min_minutes', 'integer')
    .addColumn('max_minutes', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assignments_task_unit_uq', ['campaign_id', 'task_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('assignments_unit_idx').on('assignments').column('unit_id').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // One message per purpose and addressee, whatever runs twice.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('campaign_id', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('to_address', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    // Set by the instance that is sending it, so two instances never mail one message twice.
    .addColumn('claimed_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_unit_idx').on('outbox').columns(['unit_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_pending_idx').on('outbox').columns(['sent_at', 'created_at']).execute();
}

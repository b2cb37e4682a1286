import type { Kysely } from 'kysely';

/**
 * Consolidation and cascaded rounds: a round may hang under a unit's assignment in a higher round,
 * its outline sections and indicators remember the ones they were copied from, and each round
 * keeps the standing agency's consolidated text per section with the submissions it has taken in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaigns').addColumn('parent_campaign_id', 'text').execute();
  await db.schema.alterTable('campaigns').addColumn('parent_assignment_id', 'text').execute();
  await db.schema.createIndex('campaigns_parent_idx').on('campaigns').column('parent_campaign_id').execute();
  await db.schema.alterTable('outline_sections').addColumn('origin_id', 'text').execute();
  await db.schema.alterTable('outline_indicators').addColumn('origin_id', 'text').execute();

  await db.schema
    .createTable('consolidated_reports')
    .addColumn('campaign_id', 'text', (c) => c.primaryKey().references('campaigns.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // 'accepted': only reports the standing agency accepted; 'submitted': everything sent.
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('generated_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('consolidated_sections')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    // 1 while the text is what regenerating wrote; 0 once a person has edited it.
    .addColumn('generated', 'integer', (c) => c.notNull())
    // JSON array of the submission ids already taken into this section's text.
    .addColumn('seen', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('consolidated_sections_pk', ['campaign_id', 'section_id'])
    .execute();
}

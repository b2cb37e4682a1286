import type { Kysely } from 'kysely';

/**
 * The length the clerk wants the consolidated report to fit, in printed pages, kept with the round's
 * report so that each regeneration fits it again. Null: no target (every report before this).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consolidated_reports').addColumn('target_pages', 'integer').execute();
}

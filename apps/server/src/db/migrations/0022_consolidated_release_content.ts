import type { Kysely } from 'kysely';

/**
 * The consolidated report frozen as released (docs/signatures.md, "Consolidated reports"): JSON of
 * what the signed PDF was rendered from — each section's text, the indicator totals with their
 * breakdowns, the units missing, the document's header — stored in the transaction that releases
 * it. From then on the tab, the Word copy, the workbook and sending up read it, not the units'
 * current reports. Null before the release, and for reports released before this migration (read
 * live as before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consolidated_reports').addColumn('released_content', 'text').execute();
}

import type { Kysely } from 'kysely';

/**
 * The consolidated report frozen as released (docs/signatures.md, "Consolidated reports"):
 * - `signing_content`: JSON `{ pdfSha256, pdfBytes, content }`, what the PDF last served to be
 *   signed (the `sign` step) was rendered from — each section's text, the indicator totals with
 *   their breakdowns, the units missing, the document's header — with that PDF's SHA-256 and size;
 *   replaced by each new `sign` step.
 * - `released_content`: that content, stored in the transaction that releases the report when the
 *   released PDF is built on that very PDF (it begins with its bytes). From then on the tab, the
 *   Word copy, the workbook and sending up read it, not the units' current reports.
 * Null before, and for reports signed or released before this migration (read live as before).
 * One column at a time: SQLite adds one per statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consolidated_reports').addColumn('signing_content', 'text').execute();
  await db.schema.alterTable('consolidated_reports').addColumn('released_content', 'text').execute();
}

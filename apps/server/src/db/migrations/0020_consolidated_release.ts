import type { Kysely } from 'kysely';

/**
 * The consolidated report released through the digital signing protocol (docs/signatures.md,
 * "Consolidated reports"): its number (số, digits; the notation is the plan's with BC-) and date
 * (ngày ban hành), given at the release and entered in the issuing body's register, and when it
 * was released. The released signed PDF is the report of record, found as every kind's is by its
 * last `release` signature (`document_signatures`, kind 'consolidated', the round's id); once
 * `released_at` is set the report no longer changes. Null until then, and for earlier reports.
 * One column at a time: SQLite adds one per statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consolidated_reports').addColumn('doc_number', 'text').execute();
  await db.schema.alterTable('consolidated_reports').addColumn('doc_date', 'text').execute();
  await db.schema.alterTable('consolidated_reports').addColumn('released_at', 'text').execute();
}

import type { Kysely } from 'kysely';

/**
 * A unit's report signed and released through the digital signing protocol (docs/signatures.md,
 * "Units' reports"):
 * - `signing_sessions.doc_code`: the notation printed on the document signed ("BC-SYT"), which the
 *   release enters with the number in the issuing body's register; null for the kinds whose
 *   notation the document itself holds (plans, decisions, invitations, consolidated reports).
 * - `attachments.release`: JSON `{ docNumber, reference, docDate }` on the attachment that is the
 *   released signed PDF of a unit's report; null for a file the unit uploaded. While such an
 *   attachment is on the draft, the draft's content does not change.
 * One column at a time: SQLite adds one per statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signing_sessions').addColumn('doc_code', 'text').execute();
  await db.schema.alterTable('attachments').addColumn('release', 'text').execute();
}

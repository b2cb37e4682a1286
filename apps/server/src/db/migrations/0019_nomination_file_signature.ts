import type { Kysely } from 'kysely';

/**
 * Digital signatures on nomination dossiers: each PDF added to a nomination's dossier keeps the
 * check of its signatures made when it arrived (`signature`, JSON, as attachments have since 0017;
 * null for other files and earlier ones).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('nomination_files').addColumn('signature', 'text').execute();
}

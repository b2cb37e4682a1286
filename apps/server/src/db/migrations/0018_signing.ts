import type { Kysely } from 'kysely';

/**
 * Digital signing of issued documents (issue 17), in two steps as Decree 30/2020 has it: the person
 * with authority signs ('sign'), then the records office releases the document for the agency
 * ('release'), which is when its number and date are put on it.
 *
 * `signing_sessions`: one per request to sign, with two one-time links (the fetch of the PDF to sign
 * and the upload of the signed PDF), kept as SHA-256 hashes of their tokens; short-lived. The PDF
 * served is kept (its hash and where its bytes are) so the upload can be checked to extend it.
 * `document_signatures`: each signature the system accepted, with its certificate and the signed
 * PDF that resulted; the last release of a document is its document of record.
 * Documents are named by kind and id ('plan' + the round's id), so decisions, invitations and
 * reports can follow.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signing_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('document_kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    /** The document's version the session was opened on (the round's version for a plan). */
    .addColumn('document_version', 'integer', (c) => c.notNull())
    .addColumn('fetch_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('upload_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('served_sha256', 'text')
    .addColumn('served_storage', 'text')
    .addColumn('doc_number', 'text')
    .addColumn('doc_date', 'text')
    .execute();
  await db.schema
    .createIndex('signing_sessions_document_idx')
    .on('signing_sessions')
    .columns(['document_kind', 'document_id'])
    .execute();
  await db.schema
    .createTable('document_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('document_kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().unique().references('signing_sessions.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('document_version', 'integer', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('signer_common_name', 'text')
    .addColumn('signer_organisation', 'text')
    .addColumn('certificate_serial', 'text', (c) => c.notNull())
    .addColumn('certificate_sha256', 'text', (c) => c.notNull())
    .addColumn('signing_time', 'text')
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf_storage', 'text', (c) => c.notNull())
    .addColumn('pdf_bytes', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_signatures_document_idx')
    .on('document_signatures')
    .columns(['document_kind', 'document_id', 'recorded_at'])
    .execute();
}

/**
 * The signing module's SQL: signing sessions (one-time links) and the signatures accepted on
 * documents. Every state change is a conditional update, so a link works once under parallel
 * requests on SQLite and PostgreSQL alike.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, DocumentSignaturesTable, SigningSessionsTable } from '../../db/schema.ts';

export type SessionRow = Selectable<SigningSessionsTable>;
export type SignatureRow = Selectable<DocumentSignaturesTable>;

export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto('signing_sessions').values(row).execute();
}

export function sessionByFetchHash(db: Kysely<Database>, hash: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('signing_sessions')
    .selectAll()
    .where('fetch_token_hash', '=', hash)
    .executeTakeFirst();
}

export function sessionByUploadHash(db: Kysely<Database>, hash: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('signing_sessions')
    .selectAll()
    .where('upload_token_hash', '=', hash)
    .executeTakeFirst();
}

/** Marks the PDF fetched, once: false when it was fetched already, has expired or is done. */
export async function claimFetch(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('signing_sessions')
    .set({ fetched_at: now })
    .where('id', '=', id)
    .where('fetched_at', 'is', null)
    .where('completed_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the session completed, once: false when another upload got there first or it expired. */
export async function claimCompletion(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('signing_sessions')
    .set({ completed_at: now })
    .where('id', '=', id)
    .where('completed_at', 'is', null)
    .where('fetched_at', 'is not', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertSignature(db: Kysely<Database>, row: SignatureRow): Promise<void> {
  await db.insertInto('document_signatures').values(row).execute();
}

/** Every signature of a document, oldest first, with the name of who started each step. */
export function signaturesOfDocument(
  db: Kysely<Database>,
  kind: string,
  documentId: string,
): Promise<Array<SignatureRow & { started_by_name: string | null }>> {
  return db
    .selectFrom('document_signatures')
    .leftJoin('users', 'users.id', 'document_signatures.started_by')
    .selectAll('document_signatures')
    .select('users.full_name as started_by_name')
    .where('document_kind', '=', kind)
    .where('document_id', '=', documentId)
    .orderBy('recorded_at')
    .orderBy('document_signatures.id')
    .execute();
}

/** The latest signature of one step on a document. */
export function latestSignature(
  db: Kysely<Database>,
  kind: string,
  documentId: string,
  step: string,
): Promise<SignatureRow | undefined> {
  return db
    .selectFrom('document_signatures')
    .selectAll()
    .where('document_kind', '=', kind)
    .where('document_id', '=', documentId)
    .where('step', '=', step)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The user who opened a session, to act as at the release (the issue is theirs). */
export function sessionCreator(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'full_name', 'role', 'unit_id', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

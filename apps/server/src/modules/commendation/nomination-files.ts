import type { SignatureCheck } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, notFound } from '../../http/problem.ts';
import {
  type FileStorage,
  fileStorageOf,
  readAttachmentBytes,
  storeCheckedFile,
} from '../../kernel/file-store.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { readableNomination } from './nomination-access.ts';
import { insertNominationFile, markNominationFileDeleted, selectNominationFile } from './nomination-store.ts';
import { canWriteNomination } from './save-nomination.ts';

/**
 * A nomination's dossier (its achievement report and the like): files the nominating unit adds and
 * takes off until the nomination goes to the board; everyone who sees the nomination downloads them.
 */

/** Where the deployment keeps dossier files: on disk under the data directory, or in the database. */
export function dossierStorage(config: Pick<Config, 'fileStorage' | 'dataDir'>): FileStorage {
  return fileStorageOf(config);
}

/** A nomination the caller writes, still open to changes of its dossier. */
async function writableDossier(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  nominationId: string,
  action: 'add_file' | 'remove_file',
) {
  const { row, campaign } = await readableNomination(db, tree, actor, nominationId);
  if (!canWriteNomination(actor, campaign, row)) throw forbidden('other_unit_nomination');
  if (row.status !== 'draft' && row.status !== 'submitted')
    throw conflict('nomination_in_review', { case: action });
  return row;
}

/**
 * Adds a checked file (allowed by its bytes) to a nomination's dossier. The upload is read only
 * once the caller is known to write this dossier. A PDF's digital signatures are checked as it
 * arrives, the nominating unit being the expected signer, and the check is kept with the file.
 */
export async function attachNominationFile(
  db: Kysely<Database>,
  tree: UnitTree,
  storage: FileStorage,
  actor: Actor,
  nominationId: string,
  readFile: () => Promise<{ name: string; data: Buffer }>,
  /** Checks a PDF's signatures, `unitId` being the nominating unit (what the receiver will be shown). */
  checkSignature: (pdf: Uint8Array, unitId: string) => Promise<SignatureCheck>,
) {
  const row = await writableDossier(db, tree, actor, nominationId, 'add_file');
  const file = await readFile();
  const stored = await storeCheckedFile(db, storage, { fileName: file.name, data: file.data });
  const signature =
    stored.contentType === 'application/pdf' ? await checkSignature(file.data, row.unit_id) : null;
  const record = {
    id: newId(),
    nomination_id: row.id,
    file_name: stored.fileName,
    content_type: stored.contentType,
    size: file.data.length,
    sha256: stored.sha256,
    storage: storage.kind,
    created_at: nowIso(),
    created_by: actor.username,
    deleted_at: null,
    signature: signature ? JSON.stringify(signature) : null,
  };
  await db.transaction().execute(async (trx) => {
    await insertNominationFile(trx, record);
    await recordAudit(trx, actor, {
      action: 'nomination.updated',
      entityType: 'nomination',
      entityId: row.id,
      after: { file: record.file_name, ...(signature && { signature: signature.verdict }) },
    });
  });
  return {
    id: record.id,
    fileName: record.file_name,
    contentType: record.content_type,
    size: record.size,
    signature,
  };
}

async function existingNominationFile(db: Kysely<Database>, id: string) {
  const file = await selectNominationFile(db, id);
  if (!file) throw notFound('file');
  return file;
}

/** Takes a file off a nomination's dossier (kept for the audit trail, no longer listed). */
export async function removeNominationFile(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  fileId: string,
) {
  const file = await existingNominationFile(db, fileId);
  const row = await writableDossier(db, tree, actor, file.nomination_id, 'remove_file');
  await db.transaction().execute(async (trx) => {
    await markNominationFileDeleted(trx, file.id, nowIso());
    await recordAudit(trx, actor, {
      action: 'nomination.updated',
      entityType: 'nomination',
      entityId: row.id,
      before: { file: file.file_name },
    });
  });
}

/** A dossier file and its bytes, for whoever sees its nomination. */
export async function readNominationFile(
  db: Kysely<Database>,
  tree: UnitTree,
  storage: FileStorage,
  actor: Actor,
  fileId: string,
) {
  const file = await existingNominationFile(db, fileId);
  await readableNomination(db, tree, actor, file.nomination_id);
  return { file, bytes: await readAttachmentBytes(db, storage, file) };
}

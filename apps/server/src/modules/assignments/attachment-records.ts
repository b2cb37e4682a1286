import {
  type Attachment,
  type AttachmentRelease,
  attachmentSchema,
  type SignatureCheck,
} from '@tongket/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Config } from '../../config.ts';
import { namedQuery } from '../../db/prepared-query.ts';
import type { AttachmentsTable, Database } from '../../db/schema.ts';
import {
  type FileStorage,
  fileStorageOf,
  readAttachmentBytes,
  storeCheckedFile,
} from '../../kernel/file-store.ts';
import { storedSignatureCheck } from '../../kernel/signature-check.ts';
import { newId, nowIso } from '../../lib/ids.ts';

/** Where the attachments' bytes are kept: on disk under DATA_DIR, or in the database. */
export function attachmentStorage(config: Config): FileStorage {
  return fileStorageOf(config);
}

function toAttachment(r: Selectable<AttachmentsTable>): Attachment {
  return {
    id: r.id,
    fileName: r.file_name,
    contentType: r.content_type,
    size: r.size,
    createdAt: r.created_at,
    createdBy: r.created_by,
    signature: storedSignatureCheck(r.signature),
    ...(r.release && { release: storedRelease(r.release) }),
  };
}

const releaseSchema = attachmentSchema.shape.release.unwrap().unwrap();

/** The release kept with a unit's released report (JSON); null when it cannot be read back. */
function storedRelease(json: string): AttachmentRelease | null {
  try {
    const parsed = releaseSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Read on every submit: compiled once. */
const attachmentsOf = namedQuery<{ id: string }, Selectable<AttachmentsTable>>((db, p) =>
  db
    .selectFrom('attachments')
    .selectAll()
    .where('assignment_id', '=', p.id)
    .where('deleted_at', 'is', null)
    .orderBy('created_at'),
);

export async function listAttachments(db: Kysely<Database>, assignmentId: string): Promise<Attachment[]> {
  return (await attachmentsOf(db, { id: assignmentId })).rows.map(toAttachment);
}

/** listAttachments of many assignments in one query (id → its attachments; none, no entry). */
export async function listAttachmentsOf(
  db: Kysely<Database>,
  assignmentIds: readonly string[],
): Promise<Map<string, Attachment[]>> {
  const out = new Map<string, Attachment[]>();
  if (assignmentIds.length === 0) return out;
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('assignment_id', 'in', assignmentIds)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
  for (const r of rows) out.set(r.assignment_id, [...(out.get(r.assignment_id) ?? []), toAttachment(r)]);
  return out;
}

/** Checks the bytes, stores them once by content, records the attachment. */
export async function addAttachment(
  db: Kysely<Database>,
  storage: FileStorage,
  input: {
    assignmentId: string;
    fileName: string;
    data: Buffer;
    actorUsername: string;
    /** The task asks for a video (a documentary): short video files are taken too. */
    videos: boolean;
    /** Checks a PDF's digital signatures as it arrives (what the receiver will be shown). */
    checkSignature: (pdf: Uint8Array) => Promise<SignatureCheck>;
    /** The unit's report released through signing: its number, notation and date. */
    release?: AttachmentRelease | undefined;
  },
): Promise<Attachment> {
  const { contentType, sha256, fileName } = await storeCheckedFile(db, storage, input);
  const signature = contentType === 'application/pdf' ? await input.checkSignature(input.data) : null;
  const row = {
    id: newId(),
    assignment_id: input.assignmentId,
    file_name: fileName,
    content_type: contentType,
    size: input.data.length,
    sha256,
    storage: storage.kind,
    created_at: nowIso(),
    created_by: input.actorUsername,
    signature: signature ? JSON.stringify(signature) : null,
    release: input.release ? JSON.stringify(input.release) : null,
  };
  await db.insertInto('attachments').values(row).execute();
  return {
    id: row.id,
    fileName: row.file_name,
    contentType,
    size: row.size,
    createdAt: row.created_at,
    createdBy: row.created_by,
    signature,
    ...(input.release && { release: input.release }),
  };
}

/**
 * The release of the unit's report whose signed PDF is on the draft (docs/signatures.md, "Units'
 * reports"); undefined when there is none — never released, or its PDF taken off the draft.
 */
export async function draftRelease(
  db: Kysely<Database>,
  assignmentId: string,
): Promise<AttachmentRelease | undefined> {
  return (await releasedAttachment(db, assignmentId))?.release;
}

function releasedRow(db: Kysely<Database>, assignmentId: string) {
  return db
    .selectFrom('attachments')
    .select(['release', 'sha256', 'storage'])
    .where('assignment_id', '=', assignmentId)
    .where('deleted_at', 'is', null)
    .where('release', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

async function releasedAttachment(db: Kysely<Database>, assignmentId: string) {
  const row = await releasedRow(db, assignmentId);
  const release = row?.release ? storedRelease(row.release) : null;
  return row && release ? { row, release } : undefined;
}

/**
 * The unit's released report as it is on the draft: its release (number, notation, date) and the
 * signed PDF the release attached, byte for byte; undefined when none is on the draft.
 */
export async function releasedReportFile(
  db: Kysely<Database>,
  storage: FileStorage,
  assignmentId: string,
): Promise<{ release: AttachmentRelease; pdf: Buffer } | undefined> {
  const found = await releasedAttachment(db, assignmentId);
  if (!found) return undefined;
  return { release: found.release, pdf: await readAttachmentBytes(db, storage, found.row) };
}

export async function selectAttachment(db: Kysely<Database>, id: string) {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Takes it off the draft; a submission that carried it keeps it (and the bytes stay). */
export async function removeAttachment(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('attachments').set({ deleted_at: nowIso() }).where('id', '=', id).execute();
}

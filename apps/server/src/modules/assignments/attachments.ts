import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Attachment, nfc } from '@tongket/domain';
import { fileTypeFromBuffer } from 'file-type';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { HttpProblem, notFound } from '../../http/problem.ts';
import { newId, nowIso } from '../../lib/ids.ts';

/** What a unit may attach, recognised by the bytes themselves (an .exe renamed .pdf is refused). */
const ALLOWED: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'image/png': 'ảnh PNG',
  'image/jpeg': 'ảnh JPEG',
  'image/webp': 'ảnh WebP',
  'image/gif': 'ảnh GIF',
};

export interface FileStorage {
  kind: 'disk' | 'database';
  dataDir: string;
}

export async function listAttachments(db: Kysely<Database>, assignmentId: string): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    contentType: r.content_type,
    size: r.size,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** A name safe to keep and to send back: no folders, no control characters, NFC, not too long. */
export function safeFileName(name: string): string {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(ch))
    .join('')
    .trim();
  return (cleaned || 'tep-dinh-kem').slice(0, 200);
}

const blobPath = (storage: FileStorage, sha256: string) =>
  path.join(storage.dataDir, 'files', sha256.slice(0, 2), sha256);

/**
 * Checks a file by its bytes and stores it once by content hash (on disk or in the database);
 * the caller records what it belongs to.
 */
export async function storeCheckedFile(
  db: Kysely<Database>,
  storage: FileStorage,
  input: { fileName: string; data: Buffer },
): Promise<{ contentType: string; sha256: string }> {
  if (input.data.length === 0) {
    throw new HttpProblem(422, 'file_empty', 'Tệp đính kèm rỗng. Hãy chọn lại tệp.');
  }
  const type = await fileTypeFromBuffer(input.data);
  const contentType = type?.mime;
  if (!contentType || !ALLOWED[contentType]) {
    throw new HttpProblem(
      415,
      'file_type_not_allowed',
      `Chỉ đính kèm được tệp ${Object.values(ALLOWED).join(', ')}. Tệp “${safeFileName(input.fileName)}” không thuộc các loại này (hệ thống kiểm tra nội dung tệp, không chỉ phần đuôi tên).`,
    );
  }
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  if (storage.kind === 'disk') {
    const file = blobPath(storage, sha256);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written under a temporary name then renamed: a crash never leaves half a file under the hash.
    const tmp = `${file}.${process.pid}.${newId()}.tmp`;
    await fs.writeFile(tmp, input.data, { flag: 'wx' });
    await fs.rename(tmp, file);
  } else {
    await db
      .insertInto('file_blobs')
      .values({ sha256, data: input.data })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }
  return { contentType, sha256 };
}

/** Checks the bytes, stores them once by content, records the attachment. */
export async function addAttachment(
  db: Kysely<Database>,
  storage: FileStorage,
  input: { assignmentId: string; fileName: string; data: Buffer; actorUsername: string },
): Promise<Attachment> {
  const { contentType, sha256 } = await storeCheckedFile(db, storage, input);
  const row = {
    id: newId(),
    assignment_id: input.assignmentId,
    file_name: safeFileName(input.fileName),
    content_type: contentType,
    size: input.data.length,
    sha256,
    storage: storage.kind,
    created_at: nowIso(),
    created_by: input.actorUsername,
  };
  await db.insertInto('attachments').values(row).execute();
  return {
    id: row.id,
    fileName: row.file_name,
    contentType,
    size: row.size,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function selectAttachment(db: Kysely<Database>, id: string) {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function readAttachmentBytes(
  db: Kysely<Database>,
  storage: FileStorage,
  row: { sha256: string; storage: string },
): Promise<Buffer> {
  if (row.storage === 'disk') {
    try {
      return await fs.readFile(blobPath(storage, row.sha256));
    } catch {
      throw notFound('Không tìm thấy nội dung tệp đính kèm trên máy chủ.');
    }
  }
  const blob = await db
    .selectFrom('file_blobs')
    .select('data')
    .where('sha256', '=', row.sha256)
    .executeTakeFirst();
  if (!blob) throw notFound('Không tìm thấy nội dung tệp đính kèm.');
  return Buffer.from(blob.data);
}

/** Takes it off the draft; a submission that carried it keeps it (and the bytes stay). */
export async function removeAttachment(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('attachments').set({ deleted_at: nowIso() }).where('id', '=', id).execute();
}

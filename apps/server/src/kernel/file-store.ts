import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Bilingual, safeFileName, type Text } from '@tongket/domain';
import { fileTypeFromBuffer } from 'file-type';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import { notFound, problem } from '../http/problem.ts';
import { newId } from '../lib/ids.ts';
import { isOleFile, oleHasStream, readOleDirectoryNames } from '../lib/read-ole-directory.ts';
import { parseInWorker } from '../lib/uploads/parser-pool.ts';
import { isZip } from '../lib/uploads/zip-guard.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What a unit may attach to a report or a dossier, recognised by the bytes themselves (an .exe
 * renamed .pdf is refused), with the extensions a name of that type may carry.
 */
const DOCUMENTS: Record<string, { label: Text; extensions: string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  [DOCX]: { label: 'Word (.docx)', extensions: ['docx'] },
  [XLSX]: { label: 'Excel (.xlsx)', extensions: ['xlsx'] },
  'image/png': { label: { vi: 'ảnh PNG', en: 'PNG image' }, extensions: ['png'] },
  'image/jpeg': { label: { vi: 'ảnh JPEG', en: 'JPEG image' }, extensions: ['jpg', 'jpeg', 'jfif'] },
  'image/webp': { label: { vi: 'ảnh WebP', en: 'WebP image' }, extensions: ['webp'] },
  'image/gif': { label: { vi: 'ảnh GIF', en: 'GIF image' }, extensions: ['gif'] },
};

/** Short videos, taken only where the task asks for one (a documentary, "phóng sự"). */
const VIDEOS: Record<string, { label: Text; extensions: string[] }> = {
  'video/mp4': { label: { vi: 'video MP4', en: 'MP4 video' }, extensions: ['mp4', 'm4v'] },
  'video/quicktime': { label: { vi: 'video MOV', en: 'MOV video' }, extensions: ['mov', 'qt'] },
  'video/webm': { label: { vi: 'video WebM', en: 'WebM video' }, extensions: ['webm'] },
};

const ALLOWED: Record<string, { label: Text; extensions: string[] }> = { ...DOCUMENTS, ...VIDEOS };

const labels = (types: Record<string, { label: Text }>) => Object.values(types).map((t) => t.label);

const notAllowed = (fileName: string, what?: Bilingual, videos = false) =>
  problem('file_type_not_allowed', {
    allowed: labels(videos ? ALLOWED : DOCUMENTS),
    fileName: safeFileName(fileName),
    ...(what && { what }),
  });

/**
 * The type the bytes really are. A zip passes the zip guard first (in a parser process: it inflates
 * every part) and is a Word or Excel file only when it holds that package's main part; a compound
 * file (old Office) is named for what it is. Anything else is recognised by file-type from its
 * first few kilobytes, which is cheap enough to do here.
 */
async function sniffContentType(fileName: string, data: Buffer, videos: boolean): Promise<string> {
  if (isOleFile(data)) {
    const names = readOleDirectoryNames(data);
    if (oleHasStream(data, names, 'EncryptedPackage')) {
      throw problem('file_encrypted', { fileName: safeFileName(fileName) });
    }
    throw notAllowed(fileName, {
      vi: 'tệp Office định dạng cũ (.doc/.xls); hãy lưu lại dưới dạng .docx/.xlsx hoặc PDF',
      en: 'an old-format Office file (.doc/.xls); save it as .docx/.xlsx or PDF',
    });
  }
  if (isZip(data)) {
    const { names } = await parseInWorker('zip', data, {
      what: { vi: 'Tệp đính kèm', en: 'The attachment' },
    });
    if (names.some((n) => /^word\/document\d*\.xml$/i.test(n))) return DOCX;
    if (names.some((n) => /^xl\/workbook\.xml$/i.test(n))) return XLSX;
    throw notAllowed(fileName, { vi: 'tệp nén', en: 'a zip archive' });
  }
  const type = await fileTypeFromBuffer(data);
  if (type && VIDEOS[type.mime] && !videos) {
    throw problem('video_not_asked', {
      fileName: safeFileName(fileName),
      video: VIDEOS[type.mime]?.label ?? type.mime,
      allowed: labels(DOCUMENTS),
    });
  }
  if (!type || !ALLOWED[type.mime]) throw notAllowed(fileName, undefined, videos);
  return type.mime;
}

/**
 * The name to keep for a file of this type: cleaned, with the type's extension added when it has
 * none; a name whose extension says another type is refused (a PNG is never kept as ".docx").
 */
function nameForType(fileName: string, contentType: string): string {
  const allowed = ALLOWED[contentType] as { label: Text; extensions: string[] };
  const { stem, extension } = splitExtension(safeFileName(fileName, ''));
  if (extension && !allowed.extensions.includes(extension.toLowerCase())) {
    throw problem('file_name_mismatch', {
      fileName: safeFileName(fileName),
      type: allowed.label,
      extension,
      expected: allowed.extensions[0] ?? '',
    });
  }
  return `${stem || 'tep-dinh-kem'}.${extension || allowed.extensions[0]}`;
}

/** "Báo cáo.PDF" → Báo cáo + PDF; "Số 12.2020" and "Ông Nguyễn V.A" have no extension. */
function splitExtension(name: string): { stem: string; extension: string } {
  const match = /^(.*)\.([a-z0-9]*[a-z][a-z0-9]*)$/i.exec(name);
  if (!match || (match[2] as string).length < 2 || (match[2] as string).length > 5)
    return { stem: name, extension: '' };
  return { stem: (match[1] as string).trim(), extension: match[2] as string };
}

/** The name to send a stored file under: its own, with the extension of what it really is. */
export function downloadName(fileName: string, contentType: string): string {
  const allowed = ALLOWED[contentType];
  const name = safeFileName(fileName);
  const { stem, extension } = splitExtension(name);
  if (!allowed || allowed.extensions.includes(extension.toLowerCase())) return name;
  return `${stem || 'tep-dinh-kem'}.${allowed.extensions[0]}`;
}

export interface FileStorage {
  kind: 'disk' | 'database';
  dataDir: string;
}

/** Where the installation keeps stored files (FILE_STORAGE): on disk under DATA_DIR, or in the database. */
export function fileStorageOf(config: Pick<Config, 'fileStorage' | 'dataDir'>): FileStorage {
  return { kind: config.fileStorage, dataDir: config.dataDir };
}

const blobPath = (storage: FileStorage, sha256: string) =>
  path.join(storage.dataDir, 'files', sha256.slice(0, 2), sha256);

/**
 * Checks a file by its bytes (type on the allow-list, zip guard, name matching the type) and stores it once by content hash (on disk or in the database);
 * the caller records what it belongs to.
 */
export async function storeCheckedFile(
  db: Kysely<Database>,
  storage: FileStorage,
  input: { fileName: string; data: Buffer; videos?: boolean },
): Promise<{ contentType: string; sha256: string; fileName: string }> {
  if (input.data.length === 0) {
    throw problem('file_empty');
  }
  const contentType = await sniffContentType(input.fileName, input.data, input.videos ?? false);
  const fileName = nameForType(input.fileName, contentType);
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
  return { contentType, sha256, fileName };
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
      throw notFound('attachment_content_on_server');
    }
  }
  const blob = await db
    .selectFrom('file_blobs')
    .select('data')
    .where('sha256', '=', row.sha256)
    .executeTakeFirst();
  if (!blob) throw notFound('attachment_content');
  return Buffer.from(blob.data);
}

import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import type { Entry, ZipFile } from 'yauzl';
import * as yauzl from 'yauzl';
import { BackupError } from './backup-error.ts';

/**
 * The archive is a zip: written by JSZip as a stream (members are stored, not deflated — the
 * database member is already compressed, stored files mostly are), read back by yauzl, which
 * checks every entry's declared size while it reads. Neither is ZIP64, so an archive holds at most
 * 65,535 members and 4 GiB; a backup larger than that is refused up front, never written wrong.
 */

const MAX_MEMBERS = 65_000;
/** 4 GiB less room for the headers and the central directory. */
const MAX_BYTES = 0xffff_ffff - 64 * 1024 * 1024;

export interface ArchiveMember {
  name: string;
  /** Either a file to stream in… */
  path?: string;
  /** …or bytes held in memory (the manifest). */
  data?: Buffer;
  size: number;
}

/** Refuses, before anything is written, a set of members the zip format cannot hold. */
export function checkZipLimits(members: readonly ArchiveMember[]): void {
  const bytes = members.reduce((sum, m) => sum + m.size + 2 * (m.name.length + 100), 0);
  if (members.length > MAX_MEMBERS || bytes > MAX_BYTES) {
    throw new BackupError(
      `Dữ liệu cần sao lưu (${members.length} tệp, ${(bytes / 1024 ** 3).toFixed(1)} GB) vượt giới hạn của định dạng zip đang dùng (${MAX_MEMBERS} tệp, 4 GB). Hãy báo cho người quản trị hệ thống.`,
    );
  }
}

/** Writes the members, in order, into a new file at `target` (which must not exist). */
export async function writeZip(target: string, members: readonly ArchiveMember[]): Promise<void> {
  checkZipLimits(members);
  const zip = new JSZip();
  for (const m of members) {
    const content = m.data ?? (m.path ? fs.createReadStream(m.path) : undefined);
    if (content === undefined) throw new Error(`archive member ${m.name} has neither data nor path`);
    zip.file(m.name, content, { binary: true, createFolders: false, compression: 'STORE' });
  }
  await pipeline(
    zip.generateNodeStream({ streamFiles: true, compression: 'STORE', platform: 'UNIX' }),
    fs.createWriteStream(target, { flags: 'wx' }),
  );
}

export interface OpenedArchive {
  /** Members in the order they are stored, directories left out. */
  entries: Entry[];
  open(entry: Entry): Promise<Readable>;
  close(): void;
}

/**
 * Opens an archive for reading: its central directory must be readable and every name plain
 * (no absolute paths, no "..": yauzl's strict names). Anything else is not an archive to restore.
 */
export async function openZip(file: string): Promise<OpenedArchive> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
      decodeStrings: true,
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw new BackupError(`Không tìm thấy tệp “${file}”.`);
    if ((err as { code?: string }).code === 'EISDIR')
      throw new BackupError(`“${file}” là thư mục, không phải tệp sao lưu.`);
    throw new BackupError(
      `Tệp “${file}” không phải tệp zip đọc được (bị cắt cụt, hỏng, hoặc không phải bản sao lưu của Tổng kết); không khôi phục gì.`,
    );
  }
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new Error('encrypted entry');
      if (!entry.fileName.endsWith('/')) entries.push(entry);
    }
  } catch {
    zip.close();
    throw new BackupError(`Mục lục của tệp “${file}” bị hỏng; không khôi phục gì.`);
  }
  return {
    entries,
    open: (entry) => zip.openReadStreamPromise(entry),
    close: () => zip.close(),
  };
}

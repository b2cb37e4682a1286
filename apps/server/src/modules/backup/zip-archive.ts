import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Entry, ZipFile } from 'yauzl';
import * as yauzl from 'yauzl';
import ZipStream from 'zip-stream';
import { BackupError } from './backup-error.ts';

/**
 * The archive is a zip: written by zip-stream (archiver's zip writer) one member at a time, each
 * streamed from disk, and read back by yauzl, which checks every entry's declared size while it
 * reads. Members are stored, not deflated: the database member is already compressed, stored files
 * mostly are. The writer switches to ZIP64 where the archive needs it — more than 65,535 members, a
 * member or an offset past 4 GiB — and yauzl reads it, so neither size nor count has a limit here.
 */

export interface ArchiveMember {
  name: string;
  /** Either a file to stream in… */
  path?: string;
  /** …or bytes held in memory (the manifest). */
  data?: Buffer;
  size: number;
}

export interface WriteZipOptions {
  /** ZIP64 end records even where nothing needs them, as a large archive has (for tests). */
  forceZip64?: boolean;
}

/**
 * Writes the members, in order, into a new file at `target` (which must not exist). A file whose
 * length is no longer the `size` it was hashed with fails the archive rather than going in.
 */
export async function writeZip(
  target: string,
  members: readonly ArchiveMember[],
  options: WriteZipOptions = {},
): Promise<void> {
  const zip = new ZipStream({ store: true, forceZip64: options.forceZip64 === true });
  const written = pipeline(zip, fs.createWriteStream(target, { flags: 'wx' }));
  // A failed write stops the writer, which then never finishes the member it was given.
  const stopped = written.then(() => {
    throw new Error('the zip stream ended before its last member');
  });
  stopped.catch(() => {});
  let source: fs.ReadStream | undefined;
  try {
    for (const m of members) {
      source = m.path === undefined ? undefined : fs.createReadStream(m.path);
      const content = m.data ?? source;
      if (content === undefined) throw new Error(`archive member ${m.name} has neither data nor path`);
      const size = await Promise.race([addMember(zip, content, m.name), stopped]);
      if (size !== m.size) {
        throw new BackupError(
          `Tệp “${m.path ?? m.name}” thay đổi trong khi sao lưu (${size} byte, lúc kiểm tra có ${m.size}); không tạo bản sao lưu. Hãy chạy lại.`,
        );
      }
    }
    zip.finalize();
  } catch (err) {
    source?.destroy();
    zip.destroy(err as Error);
    await written.catch(() => {});
    throw err;
  }
  await written;
}

/** Adds one member, stored; resolves with its length once all of it is in. */
function addMember(zip: ZipStream, content: Buffer | Readable, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.entry(content, { name, store: true }, (err, entry) => {
      if (err) reject(err);
      else if (entry) resolve(entry.getSize());
      else reject(new Error(`zip-stream gave no entry for ${name}`));
    });
  });
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

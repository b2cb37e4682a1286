import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Entry, ZipFile } from 'yauzl';
import * as yauzl from 'yauzl';
import { ZipFile as ZipWriter } from 'yazl';
import { BackupError } from './backup-error.ts';

/**
 * The archive is a zip: written by yazl, each member streamed from disk in turn, and read back by
 * yauzl (the same author's reader), which checks every entry's declared size while it reads.
 * Members are stored, not deflated: the database member is already compressed, stored files mostly
 * are. yazl switches to ZIP64 where the archive needs it — 65,535 members or more, a member or an
 * offset past 4 GiB — and yauzl reads it, so neither size nor count has a limit here. (yazl 3.3
 * looks for the next member to write from the first one each time, a search that grows with the
 * square of the count: a few seconds at 65,000 members, tens of seconds at 200,000.)
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
  /** ZIP64 records for every member and the archive's end even where nothing needs them (tests). */
  forceZip64?: boolean;
}

/**
 * Writes the members, in order, into a new file at `target` (which must not exist), one open file
 * at a time. A file whose length is no longer the `size` it was hashed with fails the archive.
 */
export async function writeZip(
  target: string,
  members: readonly ArchiveMember[],
  options: WriteZipOptions = {},
): Promise<void> {
  const forceZip64Format = options.forceZip64 === true;
  const zip = new ZipWriter();
  const output = zip.outputStream as Readable;
  let failure: unknown;
  const fail = (err: unknown) => {
    failure ??= err;
    output.destroy(err as Error);
  };
  zip.on('error', fail);
  const written = pipeline(output, fs.createWriteStream(target, { flags: 'wx' }));
  let reading: { member: ArchiveMember; stream: fs.ReadStream } | undefined;
  try {
    for (const m of members) {
      const stored = { compress: false, forceZip64Format, mode: 0o100644 };
      if (m.data) zip.addBuffer(m.data, m.name, stored);
      else if (m.path !== undefined) {
        const file = m.path;
        zip.addReadStreamLazy(m.name, { ...stored, size: m.size }, (open) => {
          // Once writing has failed, no further file is opened.
          if (output.destroyed) return;
          const stream = fs.createReadStream(file).once('error', fail);
          reading = { member: m, stream };
          open(null, stream);
        });
      } else throw new Error(`archive member ${m.name} has neither data nor path`);
    }
    zip.end({ forceZip64Format, comment: '' });
  } catch (err) {
    fail(err);
  }
  try {
    await written;
  } catch (err) {
    reading?.stream.destroy();
    const cause = failure ?? err;
    // yazl's words when a stream gives other than the `size` it was added with.
    if (reading && cause instanceof Error && /unexpected number of bytes/.test(cause.message)) {
      throw new BackupError(
        `Tệp “${reading.member.path}” thay đổi trong khi sao lưu (lúc kiểm tra có ${reading.member.size} byte); không tạo bản sao lưu. Hãy chạy lại.`,
      );
    }
    throw cause;
  }
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

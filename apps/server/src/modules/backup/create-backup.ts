import fs from 'node:fs/promises';
import path from 'node:path';
import { BackupError, writeFailure } from './backup-error.ts';
import type { DatabaseFacts } from './database-facts.ts';
import { gzipFile, hashFile } from './file-hash.ts';
import {
  FORMAT,
  FORMAT_VERSION,
  fileMemberName,
  MANIFEST_NAME,
  MAX_MEMBERS,
  type Manifest,
  type ManifestMember,
  manifestSchema,
  PG_DUMP_MEMBER,
  SQLITE_MEMBER,
} from './manifest.ts';
import { snapshotPostgres } from './pg-snapshot.ts';
import { snapshotSqlite } from './sqlite-snapshot.ts';
import { type ArchiveMember, type WriteZipOptions, writeZip } from './zip-archive.ts';

export interface BackupSource {
  /** DATA_DIR: the embedded database (tongket.db) and stored files (files/). */
  dataDir: string;
  /** postgres://… when the data is in PostgreSQL (the connection's schema is dumped). */
  databaseUrl: string | null;
}

export interface BackupResult {
  archive: string;
  /** Bytes of the archive. */
  size: number;
  manifest: Manifest;
  /** How long the database snapshot took, and the whole backup. */
  snapshotMs: number;
  totalMs: number;
}

/** The archive's name: when it was taken, in UTC, sorting as it reads. */
export const archiveName = (at: Date, n = 0) =>
  `tongket-backup-${at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}Z${n ? `-${n}` : ''}.zip`;
export const ARCHIVE_PATTERN = /^tongket-backup-\d{8}-\d{6}Z(-\d+)?\.zip$/;

/**
 * One archive that holds everything: a consistent snapshot of the database taken while the server
 * keeps writing, the stored files its rows refer to, and a manifest of both. It is written under a
 * temporary name in `outDir` and renamed when complete, so a full or read-only directory, or any
 * other failure, leaves no archive behind — and the data it was taken from is only ever read.
 *
 * Files are content-addressed and never rewritten or removed once a row refers to them (a row is
 * written after its file), so every file the snapshot's rows refer to is on disk when it is copied
 * after the snapshot; each is hashed again, and one whose bytes no longer match its name is
 * reported, not archived.
 */
export async function createBackup(
  source: BackupSource,
  outDir: string,
  onProgress: (message: string) => void = () => {},
  zipOptions: WriteZipOptions = {},
): Promise<BackupResult> {
  const started = performance.now();
  const createdAt = new Date();
  const dir = path.resolve(outDir);
  await makeDir(dir);
  let work: string;
  try {
    work = await fs.mkdtemp(path.join(dir, '.tongket-backup-'));
  } catch (err) {
    throw writeFailure(err, dir);
  }
  try {
    const members: Array<ManifestMember & ArchiveMember> = [];
    let facts: DatabaseFacts;
    let database: Manifest['database'];
    onProgress('Đang chụp cơ sở dữ liệu…');
    const snapshotStarted = performance.now();
    let databaseFile: string;
    if (source.databaseUrl) {
      databaseFile = path.join(work, 'postgres.dump');
      const pgFacts = await snapshotPostgres(source.databaseUrl, databaseFile, dir);
      facts = pgFacts;
      database = { dialect: 'postgres', schema: pgFacts.schema, serverVersion: pgFacts.serverVersion };
    } else {
      databaseFile = path.join(work, 'tongket.db');
      facts = await snapshotSqlite(path.join(source.dataDir, 'tongket.db'), databaseFile).catch((err) => {
        throw sqliteWriteFailure(err, dir);
      });
      database = { dialect: 'sqlite' };
    }
    const snapshotMs = performance.now() - snapshotStarted;
    if (facts.migrations.length === 0) {
      // Usually DATABASE_URL or DATA_DIR names a new, empty database instead of the one in use.
      throw new BackupError(
        `Cơ sở dữ liệu ${database.dialect === 'postgres' ? 'PostgreSQL trong DATABASE_URL' : `trong “${source.dataDir}”`} còn trống (chưa có bảng nào của Tổng kết), nên không có gì để sao lưu. Hãy kiểm tra DATABASE_URL và DATA_DIR có chỉ đúng cơ sở dữ liệu đang chạy không.`,
      );
    }
    if (facts.diskFiles.length >= MAX_MEMBERS) {
      throw new BackupError(
        `Dữ liệu tham chiếu ${facts.diskFiles.length.toLocaleString('vi-VN')} tệp đính kèm, quá giới hạn ${(MAX_MEMBERS - 1).toLocaleString('vi-VN')} tệp của một bản sao lưu; không tạo bản sao lưu. Hãy báo cho người quản trị hệ thống.`,
      );
    }
    const rows = Object.values(facts.tables).reduce((a, b) => a + b, 0);
    onProgress(
      `Đã chụp cơ sở dữ liệu (${Object.keys(facts.tables).length} bảng, ${rows} dòng) trong ${Math.round(snapshotMs)} ms.`,
    );
    if (database.dialect === 'postgres') {
      members.push({ name: PG_DUMP_MEMBER, path: databaseFile, ...(await hashFile(databaseFile)) });
    } else {
      const gz = path.join(work, 'tongket.db.gz');
      members.push({ name: SQLITE_MEMBER, path: gz, ...(await gzipFile(databaseFile, gz)) });
      await fs.rm(databaseFile);
    }

    const missing: string[] = [];
    for (const sha256 of facts.diskFiles) {
      const file = path.join(source.dataDir, 'files', sha256.slice(0, 2), sha256);
      const hashed = await hashFile(file).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      });
      if (hashed?.sha256 === sha256) members.push({ name: fileMemberName(sha256), path: file, ...hashed });
      else missing.push(sha256);
    }
    if (missing.length > 0) {
      onProgress(
        `Cảnh báo: ${missing.length} tệp đính kèm không có trên đĩa hoặc đã bị thay đổi nội dung; bản sao lưu ghi lại danh sách các tệp này.`,
      );
    }

    const manifest = manifestSchema.parse({
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      database,
      schemaVersion: facts.migrations.at(-1) ?? '',
      migrations: facts.migrations,
      tables: facts.tables,
      files: { referenced: facts.diskFiles.length, missing },
      members: members.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    } satisfies Manifest);
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    const all: ArchiveMember[] = [
      { name: MANIFEST_NAME, data: manifestBytes, size: manifestBytes.length },
      ...members,
    ];

    let archive = path.join(dir, archiveName(createdAt));
    for (let n = 1; await exists(archive); n++) archive = path.join(dir, archiveName(createdAt, n));
    const part = path.join(work, 'archive.zip.part');
    await writeZip(part, all, zipOptions);
    const handle = await fs.open(part, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(part, archive);
    const { size } = await fs.stat(archive);
    return { archive, size, manifest, snapshotMs, totalMs: performance.now() - started };
  } catch (err) {
    throw asBackupError(err, dir, work, source.dataDir);
  } finally {
    await fs.rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * Makes the backup folder and any missing parents one at a time, so a failure names the real
 * cause (a recursive mkdir on a read-only disk says only "no such file or directory").
 */
async function makeDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; !(await exists(d)); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      await fs.mkdir(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailure(err, d);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Gives the finished archive its name. A hard link never replaces an archive that appeared
 * meanwhile; on a file system without hard links (a FAT-formatted disk) it is renamed instead.
 */
async function publish(part: string, archive: string): Promise<void> {
  try {
    await fs.link(part, archive);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' || (await exists(archive))) throw err;
    await fs.rename(part, archive);
  }
}

/** SQLite says "disk is full" in its own words when the copy does not fit. */
function sqliteWriteFailure(err: unknown, dir: string): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_FULL') return writeFailure({ code: 'ENOSPC' }, dir);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return writeFailure({ code: 'EACCES' }, dir);
  return err;
}

/** Writing into the backup directory failed (full, read-only), or reading the data did. */
function asBackupError(err: unknown, dir: string, work: string, dataDir: string): unknown {
  if (err instanceof BackupError) return err;
  const e = err as NodeJS.ErrnoException;
  const written =
    e.path !== undefined && (e.path.startsWith(work) || ARCHIVE_PATTERN.test(path.basename(e.path)));
  if (['ENOSPC', 'EDQUOT', 'EROFS', 'EFBIG'].includes(e.code ?? '') || written) {
    return writeFailure(err, dir);
  }
  if (e.path?.startsWith(dataDir)) {
    return new BackupError(`Không đọc được “${e.path}”: ${e.message}`);
  }
  return err;
}

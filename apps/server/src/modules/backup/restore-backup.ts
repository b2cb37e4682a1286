import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Entry } from 'yauzl';
import { MIGRATION_NAMES } from '../../db/migrate.ts';
import { BackupError, writeFailure } from './backup-error.ts';
import type { DatabaseFacts } from './database-facts.ts';
import { hashingStream } from './file-hash.ts';
import {
  FORMAT,
  FORMAT_VERSION,
  fileMemberHash,
  MANIFEST_NAME,
  type Manifest,
  type ManifestMember,
  manifestSchema,
  PG_DUMP_MEMBER,
  SQLITE_MEMBER,
} from './manifest.ts';
import { restorePostgres, targetSchema } from './pg-restore.ts';
import { postgresFromSqlite } from './postgres-from-sqlite.ts';
import { sqliteFromDump } from './sqlite-from-dump.ts';
import { readSqliteFacts } from './sqlite-snapshot.ts';
import { type OpenedArchive, openZip } from './zip-archive.ts';

export interface RestoreTarget {
  /** DATA_DIR: where the embedded database and the stored files go. */
  dataDir: string;
  /** postgres://…: restore into the connection's schema (which must be empty). */
  databaseUrl: string | null;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Where the data now is (the database file, or the PostgreSQL schema). */
  location: string;
  files: number;
  totalMs: number;
}

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/**
 * Members unpacked (written and fsynced) at once: a stored file spends much of its time waiting
 * for its fsync, and several under way let the disk take them together rather than one by one.
 */
const UNPACK_CONCURRENCY = 8;

/**
 * Restores an archive made by `createBackup` into an empty data directory or database — of the
 * kind it was taken from, or of the other kind to move an installation between SQLite and
 * PostgreSQL (the schema is then built by this version's migrations at the archive's version and
 * the rows copied over, see `postgres-from-sqlite.ts` and `sqlite-from-dump.ts`) — checking
 * everything first: the manifest is this format and names only migrations this version knows, the
 * archive holds exactly the members it lists, each with its size and SHA-256 (a stored file's also
 * its name), and the database holds the tables and row counts it lists. Members are unpacked into a
 * staging folder inside DATA_DIR; only when all of that holds are they moved into place (the
 * database file last, or the PostgreSQL script committed last). Whatever fails, the target is left
 * as it was found.
 */
export async function restoreBackup(
  target: RestoreTarget,
  archiveFile: string,
  onProgress: (message: string) => void = () => {},
): Promise<RestoreResult> {
  const started = performance.now();
  const file = path.resolve(archiveFile);
  const archive = await openZip(file);
  try {
    const manifest = await readManifest(archive, file);
    const dialect = target.databaseUrl ? 'postgres' : 'sqlite';
    // Restoring into the other kind is how an installation moves between SQLite and PostgreSQL.
    const moving = manifest.database.dialect !== dialect;
    const members = checkMembers(archive, manifest, file);
    const unknown = manifest.migrations.filter((m) => !MIGRATION_NAMES.includes(m));
    if (unknown.length > 0) {
      throw new BackupError(
        `Bản sao lưu do một phiên bản Tổng kết mới hơn tạo (lược đồ ${manifest.schemaVersion}, chưa biết: ${unknown.join(', ')}). Hãy cập nhật phần mềm rồi khôi phục lại.`,
      );
    }
    if (moving) checkRebuildableSchema(manifest, dialect);

    const dataDir = path.resolve(target.dataDir);
    const fileMembers = members.filter((m) => fileMemberHash(m.member.name) !== null);
    let schema: string | undefined;
    if (target.databaseUrl) schema = await targetSchema(target.databaseUrl);
    else await checkNoDatabase(dataDir);
    if (!target.databaseUrl || fileMembers.length > 0) await checkNoFiles(dataDir);

    const createdDataDir = !(await exists(dataDir));
    let stage: string;
    try {
      await fs.mkdir(dataDir, { recursive: true });
      stage = await fs.mkdtemp(path.join(dataDir, '.tongket-restore-'));
    } catch (err) {
      throw writeFailure(err, dataDir);
    }
    let restored = false;
    try {
      onProgress(`Đang kiểm tra và giải nén ${members.length} thành phần của bản sao lưu…`);
      await eachLimited(members, UNPACK_CONCURRENCY, ({ entry, member }) =>
        unpack(archive, entry, member, stage, dataDir, file),
      );

      const placed: string[] = [];
      try {
        if (target.databaseUrl && moving) {
          // SQLite → PostgreSQL: the file is checked like a same-kind restore, then copied over.
          const db = path.join(stage, 'tongket.db');
          const facts = await readSqliteFacts(db, { integrity: true });
          compareFacts(facts, manifest, fileMembers);
          onProgress(
            `Đã kiểm tra mã SHA-256 của mọi thành phần, số dòng của mọi bảng và tính toàn vẹn của cơ sở dữ liệu SQLite; đang chuyển sang PostgreSQL, schema “${schema}”…`,
          );
          placed.push(...(await placeFiles(stage, dataDir, fileMembers)));
          await postgresFromSqlite(target.databaseUrl, db, schema as string, manifest, onProgress);
        } else if (target.databaseUrl) {
          placed.push(...(await placeFiles(stage, dataDir, fileMembers)));
          onProgress(`Đã kiểm tra mã SHA-256 của mọi thành phần; đang khôi phục vào schema “${schema}”…`);
          await restorePostgres(
            target.databaseUrl,
            path.join(stage, 'postgres.dump'),
            schema as string,
            manifest,
            stage,
          );
        } else {
          const db = path.join(stage, 'tongket.db');
          if (moving) {
            // PostgreSQL → SQLite: a new database file in the staging folder, checked below as any.
            onProgress(
              'Đã kiểm tra mã SHA-256 của mọi thành phần; đang chuyển dữ liệu PostgreSQL sang một cơ sở dữ liệu SQLite mới…',
            );
            await sqliteFromDump(path.join(stage, 'postgres.dump'), db, manifest, onProgress);
          }
          const facts = await readSqliteFacts(db, { integrity: true });
          compareFacts(facts, manifest, fileMembers);
          onProgress(
            'Đã kiểm tra mã SHA-256 của mọi thành phần, số dòng của mọi bảng và tính toàn vẹn của cơ sở dữ liệu.',
          );
          placed.push(...(await placeFiles(stage, dataDir, fileMembers)));
          await syncFile(db);
          try {
            await fs.link(db, path.join(dataDir, 'tongket.db'));
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'EEXIST') await checkNoDatabase(dataDir);
            throw err;
          }
        }
        restored = true;
      } finally {
        if (!restored) await unplace(placed, dataDir);
      }
      await syncDir(dataDir);
      return {
        manifest,
        location: target.databaseUrl ? `schema “${schema}”` : path.join(dataDir, 'tongket.db'),
        files: fileMembers.length,
        totalMs: performance.now() - started,
      };
    } catch (err) {
      if (err instanceof BackupError) throw err;
      const e = err as NodeJS.ErrnoException;
      if (e.path?.startsWith(dataDir) || ['ENOSPC', 'EDQUOT', 'EROFS'].includes(e.code ?? '')) {
        throw writeFailure(err, dataDir);
      }
      throw err;
    } finally {
      await fs.rm(stage, { recursive: true, force: true }).catch(() => {});
      // A data directory made for this restore goes again unless something is in it now.
      if (createdDataDir) await fs.rmdir(dataDir).catch(() => {});
    }
  } finally {
    archive.close();
  }
}

/**
 * Moving to the other database kind rebuilds the schema with this version's migrations, up to the
 * archive's version: the archive must have run exactly those, in order, with no gap.
 */
function checkRebuildableSchema(manifest: Manifest, dialect: 'sqlite' | 'postgres'): void {
  const expected = MIGRATION_NAMES.filter((name) => name <= manifest.schemaVersion);
  if (!MIGRATION_NAMES.includes(manifest.schemaVersion) || expected.join() !== manifest.migrations.join()) {
    throw new BackupError(
      `Bản sao lưu ở lược đồ “${manifest.schemaVersion}” với các bước cập nhật cấu trúc khác với phiên bản này (${manifest.migrations.length} bước, phiên bản này có ${expected.length} bước đến đó), nên không tạo lại được lược đồ để chuyển sang ${dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}; không khôi phục gì.`,
    );
  }
}

async function readManifest(archive: OpenedArchive, file: string): Promise<Manifest> {
  const found = archive.entries.filter((e) => e.fileName === MANIFEST_NAME);
  if (found.length !== 1 || (found[0] as Entry).uncompressedSize > MAX_MANIFEST_BYTES) {
    throw new BackupError(
      `Tệp “${file}” không phải bản sao lưu của Tổng kết (không có ${MANIFEST_NAME}); không khôi phục gì.`,
    );
  }
  let parsed: unknown;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await archive.open(found[0] as Entry)) chunks.push(chunk as Buffer);
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BackupError(`Bản kê ${MANIFEST_NAME} trong “${file}” bị hỏng; không khôi phục gì.`);
  }
  const head = parsed as { format?: unknown; formatVersion?: unknown };
  if (head?.format !== FORMAT) {
    throw new BackupError(`Tệp “${file}” không phải bản sao lưu của Tổng kết; không khôi phục gì.`);
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw new BackupError(
      `Bản sao lưu dùng định dạng mới hơn (phiên bản ${head.formatVersion}); hãy cập nhật Tổng kết rồi khôi phục lại.`,
    );
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BackupError(
      `Bản kê ${MANIFEST_NAME} trong “${file}” bị hỏng (${issue?.path.join('.') || 'gốc'}: ${issue?.message}); không khôi phục gì.`,
    );
  }
  return result.data;
}

interface Member {
  entry: Entry;
  member: ManifestMember;
}

/** The archive must hold exactly the members its manifest lists, once each, and the right database. */
function checkMembers(archive: OpenedArchive, manifest: Manifest, file: string): Member[] {
  const listed = new Map(manifest.members.map((m) => [m.name, m]));
  if (listed.size !== manifest.members.length) {
    throw new BackupError(`Bản kê của “${file}” liệt kê một thành phần hai lần; không khôi phục gì.`);
  }
  const seen = new Set<string>();
  const members: Member[] = [];
  for (const entry of archive.entries) {
    if (entry.fileName === MANIFEST_NAME) continue;
    const member = listed.get(entry.fileName);
    if (!member || seen.has(entry.fileName)) {
      throw new BackupError(
        `Tệp “${file}” có thành phần không có trong bản kê (${entry.fileName}); không khôi phục gì.`,
      );
    }
    seen.add(entry.fileName);
    members.push({ entry, member });
  }
  const absent = manifest.members.filter((m) => !seen.has(m.name));
  if (absent.length > 0) {
    throw new BackupError(
      `Tệp “${file}” thiếu ${absent.length} thành phần có trong bản kê (ví dụ ${absent[0]?.name}); bản sao lưu không đầy đủ, không khôi phục gì.`,
    );
  }
  const databaseMember = manifest.database.dialect === 'sqlite' ? SQLITE_MEMBER : PG_DUMP_MEMBER;
  const databases = manifest.members.filter((m) => m.name === SQLITE_MEMBER || m.name === PG_DUMP_MEMBER);
  if (databases.length !== 1 || databases[0]?.name !== databaseMember) {
    throw new BackupError(`Bản kê của “${file}” không khớp với cơ sở dữ liệu trong đó; không khôi phục gì.`);
  }
  return members;
}

/** Unpacks one member into the staging folder, checking its size and SHA-256 as it goes. */
async function unpack(
  archive: OpenedArchive,
  entry: Entry,
  member: ManifestMember,
  stage: string,
  dataDir: string,
  file: string,
): Promise<void> {
  const hash = fileMemberHash(member.name);
  let dest: string;
  if (member.name === SQLITE_MEMBER) dest = path.join(stage, 'tongket.db');
  else if (member.name === PG_DUMP_MEMBER) dest = path.join(stage, 'postgres.dump');
  else dest = path.join(stage, 'files', (hash as string).slice(0, 2), hash as string);
  const damaged = (why: string) =>
    new BackupError(`Bản sao lưu “${file}” bị hỏng: thành phần ${member.name} ${why}; không khôi phục gì.`);
  if (entry.uncompressedSize !== member.size)
    throw damaged(`có ${entry.uncompressedSize} byte, bản kê ghi ${member.size}`);
  const hashing = hashingStream();
  try {
    await fs.mkdir(path.dirname(dest), { recursive: true });
    let source: Readable;
    try {
      source = await archive.open(entry);
    } catch {
      throw damaged('không đọc được');
    }
    const write = (await fs.open(dest, 'wx')).createWriteStream();
    if (member.name === SQLITE_MEMBER) await pipeline(source, hashing, zlib.createGunzip(), write);
    else await pipeline(source, hashing, write);
    await syncFile(dest);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (
      e.path?.startsWith(dataDir) ||
      ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].includes(e.code ?? '')
    ) {
      throw writeFailure(err, dataDir);
    }
    if (e.code?.startsWith('Z_')) throw damaged('hỏng (dữ liệu nén không giải nén được)');
    throw damaged(`bị cắt cụt hoặc hỏng (${e.message})`);
  }
  const got = hashing.result();
  if (got.size !== member.size || got.sha256 !== member.sha256) throw damaged('sai mã kiểm tra SHA-256');
  if (hash !== null && got.sha256 !== hash) throw damaged('có nội dung khác với tên (mã SHA-256) của nó');
}

/**
 * Runs `fn` on each item, at most `limit` at once, starting them in order. Resolves once every one
 * has succeeded. After a failure no further item is started; the ones under way are waited for
 * (nothing is left writing), then the failure of the earliest item is thrown — the one a loop
 * taking them one at a time would have stopped at.
 */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const failures: Array<{ index: number; error: unknown }> = [];
  const worker = async () => {
    while (next < items.length && failures.length === 0) {
      const index = next++;
      try {
        await fn(items[index] as T);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  const [first] = failures.sort((a, b) => a.index - b.index);
  if (first) throw first.error;
}

/** The restored database must be the one the manifest describes. */
function compareFacts(facts: DatabaseFacts, manifest: Manifest, fileMembers: Member[]): void {
  const mismatch = (what: string) =>
    new BackupError(`Cơ sở dữ liệu trong bản sao lưu không khớp với bản kê (${what}); không khôi phục gì.`);
  if (facts.migrations.join() !== manifest.migrations.join()) throw mismatch('phiên bản lược đồ');
  const names = new Set([...Object.keys(facts.tables), ...Object.keys(manifest.tables)]);
  for (const table of names) {
    if (facts.tables[table] !== manifest.tables[table]) {
      throw mismatch(
        `bảng ${table} có ${facts.tables[table] ?? 'không'} dòng, bản kê ghi ${manifest.tables[table] ?? 'không có bảng này'}`,
      );
    }
  }
  if (facts.diskFiles.length !== manifest.files.referenced) throw mismatch('số tệp đính kèm được tham chiếu');
  const present = new Set([
    ...fileMembers.map((m) => fileMemberHash(m.member.name)),
    ...manifest.files.missing,
  ]);
  if (facts.diskFiles.some((h) => !present.has(h)))
    throw mismatch('thiếu tệp đính kèm mà dữ liệu tham chiếu');
}

async function checkNoDatabase(dataDir: string): Promise<void> {
  for (const name of ['tongket.db', 'tongket.db-wal', 'tongket.db-journal']) {
    if (await exists(path.join(dataDir, name))) {
      throw new BackupError(
        `Thư mục dữ liệu “${dataDir}” đã có cơ sở dữ liệu (${name}). Chỉ khôi phục vào một thư mục dữ liệu trống: hãy đặt DATA_DIR tới thư mục mới; không thay đổi gì.`,
      );
    }
  }
}

async function checkNoFiles(dataDir: string): Promise<void> {
  const files = path.join(dataDir, 'files');
  const entries = await fs.readdir(files, { recursive: true, withFileTypes: true }).catch(() => []);
  if (entries.some((e) => !e.isDirectory())) {
    throw new BackupError(
      `Thư mục dữ liệu “${dataDir}” đã có tệp đính kèm (files/). Chỉ khôi phục vào một thư mục dữ liệu trống; không thay đổi gì.`,
    );
  }
}

/** Moves the unpacked files to DATA_DIR/files; returns what it placed, for `unplace`. */
async function placeFiles(stage: string, dataDir: string, members: Member[]): Promise<string[]> {
  const placed: string[] = [];
  try {
    for (const { member } of members) {
      const hash = fileMemberHash(member.name) as string;
      const from = path.join(stage, 'files', hash.slice(0, 2), hash);
      const to = path.join(dataDir, 'files', hash.slice(0, 2), hash);
      await fs.mkdir(path.dirname(to), { recursive: true });
      await fs.link(from, to);
      placed.push(to);
    }
  } catch (err) {
    await unplace(placed, dataDir);
    throw err;
  }
  return placed;
}

async function unplace(placed: string[], dataDir: string): Promise<void> {
  for (const file of placed) await fs.rm(file, { force: true }).catch(() => {});
  const files = path.join(dataDir, 'files');
  for (const dir of new Set(placed.map((f) => path.dirname(f)))) await fs.rmdir(dir).catch(() => {});
  if (placed.length > 0) await fs.rmdir(files).catch(() => {});
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => {});
  await handle?.close();
}

import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as yauzl from 'yauzl';
import { everyRow } from '../../../test/every-row.ts';
import { createTestServer, DIALECTS, type TestServer, withPgClient } from '../../../test/harness.ts';
import { issueTestRound } from '../../../test/rounds.ts';
import { zip64EntryCount } from '../../../test/zip64.ts';
import { openDatabase } from '../../db/database.ts';
import { BackupError } from './backup-error.ts';
import { type BackupSource, createBackup } from './create-backup.ts';
import { fileMemberName, MANIFEST_NAME, type Manifest } from './manifest.ts';
import { type RestoreTarget, restoreBackup } from './restore-backup.ts';
import { openZip, writeZip } from './zip-archive.ts';

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000d4944415478da63f8ffff3f0005fe02fea7d6a4c20000000049454e44ae426082', 'hex'),
]);

/** The test database URL, connecting to one schema (what PGOPTIONS or `?options=` do for an operator). */
function schemaUrl(schema: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

const temp: string[] = [];
function tempPath(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tongket-${prefix}-`));
  temp.push(dir);
  return dir;
}

/**
 * A small file system of its own, for a directory that is full or read-only whoever runs the test
 * (root writes through permission bits). Needs mount rights; null where there are none.
 */
function tmpfs(options: string): string | null {
  const dir = tempPath('mnt');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}
const mounts: string[] = [];
const canMount = (() => {
  if (process.platform !== 'linux') return false;
  const probe = tmpfs('size=64k');
  return probe !== null;
})();

/** The archive's members as bytes, to make a damaged or altered copy. */
async function members(file: string): Promise<Map<string, Buffer>> {
  const archive = await openZip(file);
  const out = new Map<string, Buffer>();
  try {
    for (const entry of archive.entries) {
      const chunks: Buffer[] = [];
      for await (const chunk of await archive.open(entry)) chunks.push(chunk as Buffer);
      out.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    archive.close();
  }
  return out;
}

/** A zip of the given members, written as a backup writes its own. */
async function writeArchive(content: Map<string, Buffer>): Promise<string> {
  const file = path.join(tempPath('altered'), 'altered.zip');
  await writeZip(
    file,
    [...content].map(([name, data]) => ({ name, data, size: data.length })),
  );
  return file;
}

async function alteredManifest(file: string, edit: (m: Manifest) => void): Promise<string> {
  const content = await members(file);
  const manifest = JSON.parse(String(content.get(MANIFEST_NAME))) as Manifest;
  edit(manifest);
  content.set(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest)));
  return writeArchive(content);
}

/** Where a member's bytes start in the archive file. */
async function memberOffset(file: string, name: string): Promise<{ start: number; size: number }> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName === name) {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        return { start: fileDataStart, size: entry.compressedSize };
      }
    }
  } finally {
    zip.close();
  }
  throw new Error(`no member ${name}`);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(DIALECTS)('backup and restore (%s)', (dialect) => {
  let server: TestServer;
  let source: BackupSource;
  let archive: string;
  const attached = new Map<string, Buffer>();
  const schemas: string[] = [];

  beforeAll(async () => {
    // Files on disk in both dialects, so a restore also has files to put back in DATA_DIR.
    server = await createTestServer(dialect, { config: { fileStorage: 'disk' } });
    source = {
      dataDir: server.config.dataDir,
      databaseUrl: dialect === 'postgres' ? schemaUrl(server.pgSchema as string) : null,
    };
    const bchqs = await server.login('bchqs');
    const round = await issueTestRound(server, await server.login('syt'), {
      reportUnits: ['QT-BCHQS'],
      deadlineInDays: 5,
    });
    const task = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    for (const n of [1, 2]) {
      const bytes = Buffer.concat([PNG, Buffer.from(`ảnh ${n}`)]);
      const res = await bchqs.upload(`/api/v1/assignments/${task.id}/attachments`, bytes, `anh-${n}.png`);
      expect(res.status, res.body).toBe(201);
      attached.set(res.json.id, bytes);
    }
    archive = (await createBackup(source, tempPath('out'))).archive;
  });

  afterAll(async () => {
    for (const dir of mounts.splice(0)) execFileSync('umount', [dir]);
    await server.close();
    for (const schema of schemas)
      await withPgClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A target that does not exist yet: a data directory, and on PostgreSQL an empty schema. */
  async function freshTarget(): Promise<RestoreTarget> {
    const dataDir = path.join(tempPath('target'), 'data');
    if (dialect === 'sqlite') return { dataDir, databaseUrl: null };
    const schema = `t_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    await withPgClient((c) => c.query(`CREATE SCHEMA ${schema}`));
    return { dataDir, databaseUrl: schemaUrl(schema) };
  }

  /** Nothing was written: no data directory, and on PostgreSQL not one object in the schema. */
  async function expectUntouched(target: RestoreTarget): Promise<void> {
    expect(fs.existsSync(target.dataDir), `${target.dataDir} was created`).toBe(false);
    if (target.databaseUrl) {
      const schema = new URL(target.databaseUrl).searchParams.get('options')?.split('=')[1] as string;
      const { rows } = await withPgClient((c) =>
        c.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1`,
          [schema],
        ),
      );
      expect(Number(rows[0]?.n), `objects in ${schema}`).toBe(0);
    }
  }

  const open = (target: RestoreTarget) =>
    openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });

  /** The target holds every row of every table and every stored file, as the source does. */
  async function expectRestored(target: RestoreTarget): Promise<void> {
    const restored = open(target);
    try {
      expect(await everyRow(restored)).toEqual(await everyRow(server.db));
    } finally {
      await restored.close();
    }
    for (const bytes of attached.values()) {
      expect(fs.readFileSync(path.join(target.dataDir, fileMemberName(sha256(bytes)))).equals(bytes)).toBe(
        true,
      );
    }
  }

  it('restores every row of every table and every stored file, as they were', async () => {
    expect(zip64EntryCount(archive), 'a small archive is a plain zip').toBeNull();
    const target = await freshTarget();
    const result = await restoreBackup(target, archive);
    expect(result.files).toBe(2);
    await expectRestored(target);
  });

  it('restores an archive written in the ZIP64 format, as a large one is', async () => {
    const written = await createBackup(source, tempPath('out'), undefined, { forceZip64: true });
    expect(zip64EntryCount(written.archive)).toBe(written.manifest.members.length + 1);
    const zip = await openZip(written.archive);
    try {
      // Every member's sizes and offset are in its ZIP64 extended information field (id 1).
      expect(zip.entries.filter((e) => !e.extraFields.some((f) => f.id === 1))).toEqual([]);
    } finally {
      zip.close();
    }
    const target = await freshTarget();
    expect((await restoreBackup(target, written.archive)).files).toBe(2);
    await expectRestored(target);
  });

  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    [
      'a truncated archive',
      async () => {
        const file = path.join(tempPath('bad'), 'cut.zip');
        fs.writeFileSync(file, fs.readFileSync(archive).subarray(0, fs.statSync(archive).size - 200));
        return file;
      },
      /không phải tệp zip đọc được|bị cắt cụt/,
    ],
    [
      'one damaged byte in the database',
      async () => {
        const member = dialect === 'sqlite' ? 'database/tongket.db.gz' : 'database/postgres.dump';
        const { start, size } = await memberOffset(archive, member);
        const bytes = fs.readFileSync(archive);
        const at = start + Math.floor(size / 2);
        bytes[at] = (bytes[at] as number) ^ 0x5a;
        const file = path.join(tempPath('bad'), 'flipped.zip');
        fs.writeFileSync(file, bytes);
        return file;
      },
      /bị hỏng: thành phần database\//,
    ],
    [
      'a stored file whose bytes changed',
      async () => {
        const content = await members(archive);
        const name = [...content.keys()].find((n) => n.startsWith('files/')) as string;
        content.set(name, Buffer.concat([content.get(name) as Buffer, Buffer.from('x')]));
        return writeArchive(content);
      },
      /bị hỏng: thành phần files\/.* có \d+ byte/,
    ],
    [
      'a foreign zip',
      async () => writeArchive(new Map([['bao-cao.txt', Buffer.from('Báo cáo tổng kết')]])),
      /không phải bản sao lưu của Tổng kết/,
    ],
    [
      'a file that is not a zip',
      async () => {
        const file = path.join(tempPath('bad'), 'not.zip');
        fs.writeFileSync(file, PNG);
        return file;
      },
      /không phải tệp zip đọc được/,
    ],
    [
      'a manifest whose count differs from the database',
      () =>
        alteredManifest(archive, (m) => {
          m.tables.units = (m.tables.units as number) + 1;
        }),
      /không khớp với bản kê.*units/,
    ],
    [
      'an archive missing a member',
      async () => {
        const content = await members(archive);
        content.delete([...content.keys()].find((n) => n.startsWith('files/')) as string);
        return writeArchive(content);
      },
      /thiếu 1 thành phần/,
    ],
    [
      'an archive with a member the manifest does not list',
      async () => {
        const content = await members(archive);
        content.set(fileMemberName('ab'.repeat(32)), Buffer.from('lạ'));
        return writeArchive(content);
      },
      /không có trong bản kê/,
    ],
    [
      'an archive from a newer version',
      () =>
        alteredManifest(archive, (m) => {
          m.migrations.push('0099_future');
          m.schemaVersion = '0099_future';
        }),
      /phiên bản Tổng kết mới hơn/,
    ],
    [
      'a manifest naming the other database than the one it holds',
      () =>
        alteredManifest(archive, (m) => {
          m.database =
            dialect === 'sqlite'
              ? { dialect: 'postgres', schema: 'public', serverVersion: '15' }
              : { dialect: 'sqlite' };
        }),
      /không khớp với cơ sở dữ liệu trong đó/,
    ],
  ];

  it.each(cases)('refuses %s, and leaves the target as it was', async (_what, make, message) => {
    const file = await make();
    const target = await freshTarget();
    const error = await restoreBackup(target, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    await expectUntouched(target);
  });

  it('names the first damaged member when several are, whichever is found first, and leaves the target as it was', async () => {
    const content = await members(archive);
    const [first, second] = [...content.keys()].filter((n) => n.startsWith('files/')) as [string, string];
    // The first is found out once all its bytes are read, the second before any is.
    const flipped = Buffer.from(content.get(first) as Buffer);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 0x5a;
    content.set(first, flipped);
    content.set(second, Buffer.concat([content.get(second) as Buffer, Buffer.from('x')]));
    const target = await freshTarget();
    const error = await restoreBackup(target, await writeArchive(content)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toContain(`bị hỏng: thành phần ${first} sai mã kiểm tra SHA-256`);
    await expectUntouched(target);
  });

  it('refuses to restore over data, and changes nothing there', async () => {
    const before = await everyRow(server.db);
    const listing = () => fs.readdirSync(source.dataDir, { recursive: true }).sort();
    const files = listing();
    const error = await restoreBackup(source, archive).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/không trống|đã có cơ sở dữ liệu/);
    expect(listing()).toEqual(files);
    expect(await everyRow(server.db)).toEqual(before);

    // A data directory with stored files but no database is not empty either.
    const target = await freshTarget();
    fs.mkdirSync(path.join(target.dataDir, 'files', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(target.dataDir, 'files', 'ab', 'ab'.repeat(32)), 'x');
    await expect(restoreBackup(target, archive)).rejects.toThrow(/đã có tệp đính kèm/);
    expect(fs.readdirSync(target.dataDir)).toEqual(['files']);
  });

  it('reports stored files missing from disk and restores the rest', async () => {
    const [first] = attached.values();
    const sha = sha256(first as Buffer);
    const onDisk = path.join(source.dataDir, fileMemberName(sha));
    const kept = fs.readFileSync(onDisk);
    fs.rmSync(onDisk);
    const warnings: string[] = [];
    try {
      const result = await createBackup(source, tempPath('out'), (m) => warnings.push(m));
      expect(result.manifest.files).toEqual({ referenced: 2, missing: [sha] });
      expect(warnings.join('\n')).toMatch(/1 tệp đính kèm không có trên đĩa/);
      const target = await freshTarget();
      expect((await restoreBackup(target, result.archive)).files).toBe(1);
    } finally {
      fs.writeFileSync(onDisk, kept);
    }
  });

  it.runIf(canMount)(
    'fails clearly on a full or read-only backup directory and leaves nothing there',
    async () => {
      const full = tmpfs('size=64k') as string;
      const error = await createBackup(source, full).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(/đã hết chỗ trống/);
      expect(fs.readdirSync(full)).toEqual([]);

      const readOnly = tmpfs('ro,size=64k') as string;
      for (const dir of [readOnly, path.join(readOnly, 'sao-luu', 'hang-ngay')]) {
        const refused = await createBackup(source, dir).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(BackupError);
        expect((refused as Error).message).toMatch(/ổ chỉ đọc/);
      }
      expect(fs.readdirSync(readOnly)).toEqual([]);
    },
  );
});

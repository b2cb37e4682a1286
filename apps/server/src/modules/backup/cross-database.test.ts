import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import SQLite from 'better-sqlite3';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyRow } from '../../../test/every-row.ts';
import { Client, createTestServer, type TestServer, withPgClient } from '../../../test/harness.ts';
import type { Config } from '../../config.ts';
import { type Dialect, openDatabase } from '../../db/database.ts';
import {
  latestKnownMigration,
  MIGRATION_NAMES,
  migrateToLatest,
  migrateToVersion,
  pendingMigrations,
  unknownExecutedMigrations,
} from '../../db/migrate.ts';
import { type Server, startServer } from '../../start.ts';
import { addAttachment } from '../assignments/index.ts';
import { BackupError } from './backup-error.ts';
import { createBackup } from './create-backup.ts';
import { MANIFEST_NAME, type Manifest, SQLITE_MEMBER } from './manifest.ts';
import { type RestoreTarget, restoreBackup } from './restore-backup.ts';

/**
 * Moving an installation between the two databases: the demo (two historic rounds with reports,
 * nominations, decisions and conferences, and a live round) plus attachments kept both on disk and
 * in the database, backed up on one kind and restored into the other. Every row of every table
 * must come back the same once each driver's spelling is set aside (PostgreSQL hands bigint back
 * as text), and a server started on the result must answer what the source answered.
 */
const url = process.env.TEST_DATABASE_URL;

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000d4944415478da63f8ffff3f0005fe02fea7d6a4c20000000049454e44ae426082', 'hex'),
]);

function schemaUrl(schema: string): string {
  const u = new URL(url as string);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

const temp: string[] = [];
const schemas: string[] = [];
function tempPath(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tongket-${prefix}-`));
  temp.push(dir);
  return dir;
}

async function newSchema(): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  await withPgClient((c) => c.query(`CREATE SCHEMA ${schema}`));
  return schema;
}

/** An empty target of the given kind: a data directory not made yet, and an empty schema. */
async function freshTarget(kind: Dialect): Promise<RestoreTarget & { schema?: string }> {
  const dataDir = path.join(tempPath('target'), 'data');
  if (kind === 'sqlite') return { dataDir, databaseUrl: null };
  const schema = await newSchema();
  return { dataDir, databaseUrl: schemaUrl(schema), schema };
}

const openTarget = (target: RestoreTarget & { schema?: string }) =>
  openDatabase({
    databaseUrl: target.databaseUrl ? (url as string) : null,
    dataDir: target.dataDir,
    ...(target.schema ? { pgSchema: target.schema } : {}),
  });

/** What a signed-in user reads of the historic rounds: progress, reports, consolidation, awards. */
async function readThroughApp(client: Client, username: string): Promise<Record<string, unknown>> {
  const seen: Record<string, unknown> = {};
  const get = async (path: string) => {
    const res = await client.get(path);
    expect(res.status, `${username} ${path}: ${res.body}`).toBe(200);
    seen[path] = res.json;
    return res.json;
  };
  const campaigns = await get('/api/v1/campaigns');
  const items = (campaigns.items ?? campaigns) as Array<{ id: string; status: string }>;
  expect(items.length, `${username} sees no round`).toBeGreaterThan(0);
  for (const { id } of items) {
    await get(`/api/v1/campaigns/${id}`);
    const progress = await get(`/api/v1/campaigns/${id}/progress`);
    expect(progress).toBeTruthy();
    await get(`/api/v1/campaigns/${id}/nominations`);
    await get(`/api/v1/campaigns/${id}/decisions`);
    const consolidated = await client.get(`/api/v1/campaigns/${id}/consolidated`);
    seen[`consolidated ${id}`] = [consolidated.status, consolidated.json];
    const assignments = await get(`/api/v1/campaigns/${id}/assignments`);
    const list = (assignments.items ?? assignments) as Array<{ id: string }>;
    for (const a of list.slice(0, 20)) {
      const detail = await get(`/api/v1/assignments/${a.id}`);
      for (const s of (detail.submissions as Array<{ seq: number }>).slice(0, 2))
        await get(`/api/v1/assignments/${a.id}/submissions/${s.seq}`);
    }
  }
  return seen;
}

describe.runIf(url)('moving an installation between SQLite and PostgreSQL', () => {
  afterAll(async () => {
    for (const schema of schemas.splice(0))
      await withPgClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe.each([
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as Array<[Dialect, Dialect]>)('%s → %s', (from, to) => {
    let source: TestServer;
    let archive: string;
    let rowsAtBackup: Record<string, string[]>;
    /** Attachment id → its bytes, one stored on disk and one in the database. */
    const attached = new Map<string, Buffer>();
    let attachmentOwner: string;

    beforeAll(async () => {
      source = await createTestServer(from, {
        config: { fileStorage: from === 'sqlite' ? 'disk' : 'database' },
      });
      // A unit's report with two pictures: one through the API (the source's own storage), one kept
      // the other way, as an installation that already moved once holds both.
      const syt = await source.login('syt');
      const bchqs = await source.login('bchqs');
      const live = (await syt.get('/api/v1/campaigns')).json.items.find(
        (c: { status: string }) => c.status === 'issued',
      );
      expect(live, 'the demo has a live round').toBeDefined();
      const task = (await bchqs.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === live.id && a.kind === 'report',
      );
      expect(task, 'bchqs has a report to write in the live round').toBeDefined();
      attachmentOwner = 'bchqs';
      const uploaded = Buffer.concat([PNG, Buffer.from(`ảnh qua API ${from}`)]);
      const res = await bchqs.upload(`/api/v1/assignments/${task.id}/attachments`, uploaded, 'Ảnh 1.png');
      expect(res.status, res.body).toBe(201);
      attached.set(res.json.id, uploaded);
      const other = Buffer.concat([PNG, Buffer.from(`ảnh lưu kiểu kia ${from}`)]);
      const added = await addAttachment(
        source.db.kysely,
        { kind: from === 'sqlite' ? 'database' : 'disk', dataDir: source.config.dataDir },
        {
          assignmentId: task.id,
          fileName: 'Ảnh 2.png',
          data: other,
          actorUsername: 'bchqs',
          videos: false,
          checkSignature: () => Promise.reject(new Error('only a PDF has its signatures checked')),
        },
      );
      attached.set(added.id, other);

      const sourceUrl = from === 'postgres' ? schemaUrl(source.pgSchema as string) : null;
      rowsAtBackup = await everyRow(source.db);
      archive = (
        await createBackup({ dataDir: source.config.dataDir, databaseUrl: sourceUrl }, tempPath('out'))
      ).archive;
      expect(await everyRow(source.db)).toEqual(rowsAtBackup);
      const rows = Object.values(rowsAtBackup).reduce((n, r) => n + r.length, 0);
      expect(rows, 'a realistic database').toBeGreaterThan(1000);
      expect(rowsAtBackup.file_blobs?.length).toBe(1);
    });

    afterAll(() => source.close());

    it('restores every row of every table and the stored files, and a server on it answers as the source did', async () => {
      const target = await freshTarget(to);
      const progress: string[] = [];
      const result = await restoreBackup(target, archive, (m) => progress.push(m));
      expect(result.manifest.database.dialect).toBe(from);
      expect(result.files).toBe(1);
      expect(progress.join('\n')).toMatch(
        to === 'postgres' ? /chuyển sang PostgreSQL/ : /sang một cơ sở dữ liệu SQLite mới/,
      );

      const restored = openTarget(target);
      try {
        expect(restored.dialect).toBe(to);
        const rows = await everyRow(restored);
        expect(Object.keys(rows).sort()).toEqual(Object.keys(rowsAtBackup).sort());
        for (const table of Object.keys(rowsAtBackup))
          expect(rows[table], table).toEqual(rowsAtBackup[table]);
        // The ledger says the archive's version, which this build knows as its latest.
        expect(await pendingMigrations(restored)).toEqual([]);
        expect(await unknownExecutedMigrations(restored)).toEqual([]);
        expect(result.manifest.schemaVersion).toBe(latestKnownMigration());
      } finally {
        await restored.close();
      }
      // The disk-stored picture is back under DATA_DIR/files, by its hash.
      const onDisk = fs.readdirSync(path.join(target.dataDir, 'files'), {
        recursive: true,
        withFileTypes: true,
      });
      expect(onDisk.filter((e) => e.isFile())).toHaveLength(1);

      // The server starts on the restore the way an operator starts it, and serves the same data.
      const config: Config = {
        ...source.config,
        dataDir: target.dataDir,
        databaseUrl: target.databaseUrl,
        fileStorage: to === 'postgres' ? 'database' : 'disk',
        host: '127.0.0.1',
        port: 0,
      };
      const server: Server = await startServer(config);
      // Both servers read the rounds at one instant (progress says when it was computed).
      source.clock.set(source.clock.now());
      try {
        expect(server.seeded).toBe(false);
        expect(server.demo).toBe(true);
        for (const username of ['syt', 'bd-syt', 'tdkt', 'lanhdao', attachmentOwner]) {
          const before = await readThroughApp(await source.login(username), username);
          const after = await readThroughApp(await loginTo(server, username), username);
          expect(after).toEqual(before);
        }
        const owner = await loginTo(server, attachmentOwner);
        for (const [id, bytes] of attached) {
          const file = await owner.get(`/api/v1/attachments/${id}`);
          expect(file.status, file.body).toBe(200);
          expect(file.raw.equals(bytes)).toBe(true);
        }
      } finally {
        source.clock.reset();
        await server.stop();
      }
    });

    it('refuses a target that is not empty and leaves it as it was', async () => {
      if (to === 'postgres') {
        const schema = await newSchema();
        await withPgClient(async (c) => {
          await c.query(`CREATE TABLE ${schema}.keep (note text)`);
          await c.query(`INSERT INTO ${schema}.keep VALUES ('dữ liệu cũ')`);
        });
        const dataDir = path.join(tempPath('target'), 'data');
        const error = await restoreBackup({ dataDir, databaseUrl: schemaUrl(schema) }, archive).catch(
          (e) => e,
        );
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(/không trống/);
        const objects = await withPgClient((c) =>
          c.query<{ relname: string }>(
            'SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1',
            [schema],
          ),
        );
        expect(objects.rows.map((r) => r.relname)).toEqual(['keep']);
        const kept = await withPgClient((c) => c.query(`SELECT note FROM ${schema}.keep`));
        expect(kept.rows).toEqual([{ note: 'dữ liệu cũ' }]);
        expect(fs.existsSync(dataDir)).toBe(false);
      } else {
        const dataDir = tempPath('occupied');
        fs.writeFileSync(path.join(dataDir, 'tongket.db'), 'cơ sở dữ liệu đang dùng');
        const error = await restoreBackup({ dataDir, databaseUrl: null }, archive).catch((e) => e);
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(/đã có cơ sở dữ liệu/);
        expect(fs.readdirSync(dataDir)).toEqual(['tongket.db']);
        expect(fs.readFileSync(path.join(dataDir, 'tongket.db'), 'utf8')).toBe('cơ sở dữ liệu đang dùng');
      }
    });

    const refusals: Array<[string, (archive: string) => Promise<string>, RegExp]> = [
      [
        'a damaged database member',
        async (file) => {
          const content = await members(file);
          const database = [...content.keys()].find((n) => n.startsWith('database/')) as string;
          const bytes = Buffer.from(content.get(database) as Buffer);
          const at = Math.floor(bytes.length / 2);
          bytes[at] = (bytes[at] as number) ^ 0x5a;
          content.set(database, bytes);
          return writeArchive(content);
        },
        /bị hỏng: thành phần database\//,
      ],
      [
        'an archive from a newer version',
        (file) =>
          withManifest(file, (m) => {
            m.migrations.push('0099_future');
            m.schemaVersion = '0099_future';
          }),
        /phiên bản Tổng kết mới hơn/,
      ],
      [
        'an archive whose migrations this version would not rebuild the same',
        (file) =>
          withManifest(file, (m) => {
            m.migrations = m.migrations.filter((name) => name !== '0005_consolidation');
          }),
        /không tạo lại được lược đồ/,
      ],
    ];

    it.each(refusals)('refuses %s and leaves the target as it was', async (_what, make, message) => {
      const target = await freshTarget(to);
      const error = await restoreBackup(target, await make(archive)).catch((e) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      await expectUntouched(target);
    });

    it('rolls back everything when the copy fails part-way, or the copy does not match the manifest', async () => {
      const target = await freshTarget(to);
      let file: string;
      let message: RegExp;
      if (from === 'sqlite') {
        // A consistent archive (hashes, counts and integrity all hold) whose last report cannot
        // become a PostgreSQL integer: the copy fails after many tables were already written.
        file = await archiveWithSqliteEdit(archive, (db) => {
          db.prepare(
            "UPDATE submissions SET on_time = 'đúng hạn' WHERE rowid = (SELECT max(rowid) FROM submissions)",
          ).run();
        });
        message = /Không chuyển được dòng \d+ của bảng submissions, cột on_time sang PostgreSQL/;
      } else {
        // The dump holds one unit fewer than the manifest says: found once the SQLite file is built.
        file = await withManifest(archive, (m) => {
          m.tables.units = (m.tables.units as number) + 1;
        });
        message = /không khớp với bản kê.*units/;
      }
      const error = await restoreBackup(target, file).catch((e) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      await expectUntouched(target);
    });
  });
});

describe.runIf(url)('moving an archive of an older schema version', () => {
  /** Before the conference tables (and their bigint sums on PostgreSQL) came. */
  const version = '0008_submission_indicators';

  it.each([
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as Array<[Dialect, Dialect]>)(
    '%s → %s builds exactly that version, and a start migrates it on',
    async (from, to) => {
      const dataDir = tempPath('old');
      const schema = from === 'postgres' ? await newSchema() : undefined;
      const db = openDatabase({
        databaseUrl: schema ? (url as string) : null,
        dataDir,
        ...(schema ? { pgSchema: schema } : {}),
      });
      let archive: string;
      try {
        await migrateToVersion(db, version);
        await db.kysely
          .insertInto('units')
          .values({
            id: 'u-1',
            code: 'QT',
            name: 'Tỉnh Quảng Trị',
            kind: 'province',
            short_name: null,
            parent_id: null,
            email: null,
            active: 1,
            sort_order: 1,
            version: 1,
            created_at: '2020-06-01T00:00:00.000Z',
            updated_at: '2020-06-01T00:00:00.000Z',
          })
          .execute();
        archive = (
          await createBackup({ dataDir, databaseUrl: schema ? schemaUrl(schema) : null }, tempPath('out'))
        ).archive;
      } finally {
        await db.close();
      }
      const target = await freshTarget(to);
      const result = await restoreBackup(target, archive);
      expect(result.manifest.schemaVersion).toBe(version);
      const restored = openTarget(target);
      try {
        expect(await pendingMigrations(restored)).toEqual(MIGRATION_NAMES.filter((n) => n > version));
        const tables = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table('units')}`.execute(
          restored.kysely,
        );
        expect(Number(tables.rows[0]?.n)).toBe(1);
        await migrateToLatest(restored);
        expect(await pendingMigrations(restored)).toEqual([]);
        const unit = await restored.kysely
          .selectFrom('units')
          .select(['code', 'name'])
          .executeTakeFirstOrThrow();
        expect(unit).toEqual({ code: 'QT', name: 'Tỉnh Quảng Trị' });
      } finally {
        await restored.close();
      }
    },
  );
});

describe.runIf(url)('copying into PostgreSQL, whose foreign keys are checked at once', () => {
  it('copies a unit tree whose children were written before their parents, batches apart', async () => {
    const dataDir = tempPath('tree');
    const db = openDatabase({ databaseUrl: null, dataDir });
    let archive: string;
    try {
      await migrateToLatest(db);
      const unit = (i: number, parent: string | null) => ({
        id: `u-${String(i).padStart(5, '0')}`,
        code: `DV${i}`,
        name: `Đơn vị ${i}`,
        short_name: null,
        kind: 'department',
        parent_id: parent,
        email: null,
        active: 1,
        sort_order: i,
        version: 1,
        created_at: '2021-10-01T00:00:00.000Z',
        updated_at: '2021-10-01T00:00:00.000Z',
      });
      // The first row written refers to the last one, more than a batch of rows later.
      await db.kysely.insertInto('units').values(unit(0, null)).execute();
      await db.kysely
        .insertInto('units')
        .values(Array.from({ length: 1500 }, (_, i) => unit(i + 1, null)))
        .execute();
      await db.kysely
        .updateTable('units')
        .set({ parent_id: 'u-01500' })
        .where('id', '=', 'u-00000')
        .execute();
      archive = (await createBackup({ dataDir, databaseUrl: null }, tempPath('out'))).archive;
    } finally {
      await db.close();
    }
    const target = await freshTarget('postgres');
    await restoreBackup(target, archive);
    const restored = openTarget(target);
    try {
      const child = await restored.kysely
        .selectFrom('units')
        .select('parent_id')
        .where('id', '=', 'u-00000')
        .executeTakeFirstOrThrow();
      expect(child.parent_id).toBe('u-01500');
      const count = await restored.kysely
        .selectFrom('units')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1501);
    } finally {
      await restored.close();
    }
  });
});

async function loginTo(server: Server, username: string): Promise<Client> {
  const anon = new Client(server.app);
  const { DEMO_PASSWORD } = await import('../../demo/demo-units.ts');
  const res = await anon.post('/api/v1/auth/login', { username, password: DEMO_PASSWORD });
  expect(res.status, res.body).toBe(200);
  const cookie = [res.headers['set-cookie']].flat()[0] as string;
  return new Client(server.app, cookie.split(';')[0] as string);
}

/** Nothing was written: no data directory, and on PostgreSQL not one object in the schema. */
async function expectUntouched(target: RestoreTarget & { schema?: string }): Promise<void> {
  expect(fs.existsSync(target.dataDir), `${target.dataDir} was created`).toBe(false);
  if (target.schema) {
    const { rows } = await withPgClient((c) =>
      c.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1',
        [target.schema],
      ),
    );
    expect(Number(rows[0]?.n), `objects in ${target.schema}`).toBe(0);
  }
}

async function members(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  return out;
}

async function writeArchive(content: Map<string, Buffer>): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of content) zip.file(name, data, { createFolders: false });
  const file = path.join(tempPath('altered'), 'altered.zip');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

async function withManifest(file: string, edit: (m: Manifest) => void): Promise<string> {
  const content = await members(file);
  const manifest = JSON.parse(String(content.get(MANIFEST_NAME))) as Manifest;
  edit(manifest);
  content.set(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest)));
  return writeArchive(content);
}

/** The SQLite archive with its database edited, and the manifest's hash and size made to match. */
async function archiveWithSqliteEdit(file: string, edit: (db: SQLite.Database) => void): Promise<string> {
  const content = await members(file);
  const dbFile = path.join(tempPath('edit'), 'tongket.db');
  fs.writeFileSync(dbFile, zlib.gunzipSync(content.get(SQLITE_MEMBER) as Buffer));
  const db = new SQLite(dbFile);
  try {
    edit(db);
  } finally {
    db.close();
  }
  const gz = zlib.gzipSync(fs.readFileSync(dbFile));
  content.set(SQLITE_MEMBER, gz);
  const manifest = JSON.parse(String(content.get(MANIFEST_NAME))) as Manifest;
  const member = manifest.members.find((m) => m.name === SQLITE_MEMBER) as Manifest['members'][number];
  member.size = gz.length;
  member.sha256 = createHash('sha256').update(gz).digest('hex');
  content.set(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest)));
  return writeArchive(content);
}

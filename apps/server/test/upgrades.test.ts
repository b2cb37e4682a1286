import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import {
  DatabaseTooNewError,
  latestKnownMigration,
  migrateToLatest,
  migrationPlan,
} from '../src/db/migrate.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const url = process.env.TEST_DATABASE_URL;
const dirs: string[] = [];

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-upgrade-'));
  dirs.push(dir);
  return dir;
}

function run(script: string, args: string[], dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', DEMO: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('upgrades: the schema version, a dry run, and a database newer than the server', () => {
  it('migrate --dry-run lists what would run and changes nothing; migrate then runs it once', async () => {
    const dir = dataDir();
    const dry = run('apps/server/src/cli.ts', ['migrate', '--dry-run'], dir);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('0001_foundation');
    expect(dry.stdout).toContain('Chưa thay đổi gì');
    const db = openDatabase({ databaseUrl: null, dataDir: dir });
    try {
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
        db.kysely,
      );
      expect(tables.rows).toEqual([]);
    } finally {
      await db.close();
    }
    const done = run('apps/server/src/cli.ts', ['migrate'], dir);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Đã chạy \d+ bước/);
    const again = run('apps/server/src/cli.ts', ['migrate', '--dry-run'], dir);
    expect(again.stdout).toContain('không có gì để cập nhật');
  });

  it('refuses to start on a database a newer version upgraded, saying which version it needs', async () => {
    const dir = dataDir();
    const db = openDatabase({ databaseUrl: null, dataDir: dir });
    const latest = latestKnownMigration();
    try {
      await migrateToLatest(db);
      await sql`insert into kysely_migration (name, timestamp) values ('9001_from_the_future', ${new Date().toISOString()})`.execute(
        db.kysely,
      );
      await expect(migrateToLatest(db)).rejects.toBeInstanceOf(DatabaseTooNewError);
      expect((await migrationPlan(db)).unknown).toEqual(['9001_from_the_future']);
    } finally {
      await db.close();
    }
    const start = run('apps/server/src/main.ts', [], dir);
    expect(start.status).toBe(1);
    expect(start.stderr).toContain('Không khởi động');
    expect(start.stderr).toContain('9001_from_the_future');
    expect(start.stderr).toContain(latest);
    const dry = run('apps/server/src/cli.ts', ['migrate', '--dry-run'], dir);
    expect(dry.status).toBe(1);
    expect(dry.stderr).toContain('9001_from_the_future');
  });
});

describe.runIf(url)('several instances starting together on one PostgreSQL', () => {
  it('migrate it once between them', async () => {
    const schema = `u_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const instances = Array.from({ length: 4 }, () =>
      openDatabase({ databaseUrl: url as string, dataDir: os.tmpdir(), pgSchema: schema }),
    );
    try {
      const ran = await Promise.all(instances.map((db) => migrateToLatest(db)));
      const all = ran.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all).toContain('0001_foundation');
      expect(all).toContain(latestKnownMigration());
      const { rows } = await admin.query(`select count(*)::int as n from ${schema}.kysely_migration`);
      expect(rows[0].n).toBe(all.length);
    } finally {
      for (const db of instances) await db.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});

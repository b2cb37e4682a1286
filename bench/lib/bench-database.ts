import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type Db, type Dialect, openDatabase } from '../../apps/server/src/db/database.ts';

/**
 * Where one benchmark run keeps its data: always a fresh DATA_DIR, and on PostgreSQL a fresh
 * schema `bench_<random>` in the database TEST_DATABASE_URL names. The server process reaches the
 * schema through PGOPTIONS (`-c search_path=…`), which node-postgres reads for every connection,
 * the way the integration tests isolate theirs. `drop()` removes both; it is safe to call twice.
 */
export interface BenchDatabase {
  dialect: Dialect;
  /** `sqlite` or `pg`: the prefix of the figures. */
  label: 'sqlite' | 'pg';
  dataDir: string;
  /** For the start-up banner and progress lines. */
  describe: string;
  /** Opens the database with the server's own module (the bench process's own connection). */
  open(): Db;
  /** What the server process needs in its environment to use this database. */
  serverEnv(): Record<string, string>;
  drop(): Promise<void>;
}

export function sqliteBenchDatabase(prefix: string): BenchDatabase {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return {
    dialect: 'sqlite',
    label: 'sqlite',
    dataDir,
    describe: `SQLite in ${dataDir}`,
    open: () => openDatabase({ databaseUrl: null, dataDir }),
    serverEnv: () => ({ DATABASE_URL: '' }),
    async drop() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates the schema right away, so a caller that gets the object back always drops it. */
export async function postgresBenchDatabase(prefix: string, databaseUrl: string): Promise<BenchDatabase> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  await withAdmin(databaseUrl, (db) => sql.raw(`CREATE SCHEMA ${schema}`).execute(db.kysely));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  let dropped = false;
  const parsed = new URL(databaseUrl);
  return {
    dialect: 'postgres',
    label: 'pg',
    dataDir,
    describe: `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}, schema ${schema}`,
    open: () => openDatabase({ databaseUrl, dataDir, pgSchema: schema }),
    serverEnv: () => ({ DATABASE_URL: databaseUrl, PGOPTIONS: `-c search_path=${schema}` }),
    async drop() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dropped) return;
      await withAdmin(databaseUrl, (db) =>
        sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).execute(db.kysely),
      );
      dropped = true;
    },
  };
}

async function withAdmin<T>(databaseUrl: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase({ databaseUrl, dataDir: os.tmpdir() });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** The databases a benchmark runs on: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export function benchDialects(): Array<'sqlite' | 'pg'> {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'pg'] : ['sqlite'];
}

export async function createBenchDatabase(label: 'sqlite' | 'pg', prefix: string): Promise<BenchDatabase> {
  if (label === 'sqlite') return sqliteBenchDatabase(prefix);
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return postgresBenchDatabase(prefix, url);
}

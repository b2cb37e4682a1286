import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('migrations on a PostgreSQL database that holds several schemas', () => {
  it('migrate each schema on its own, whatever the others hold', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const schemas = [`m_${randomBytes(5).toString('hex')}`, `m_${randomBytes(5).toString('hex')}`];
    try {
      for (const schema of schemas) await admin.query(`CREATE SCHEMA ${schema}`);
      for (const schema of schemas) {
        // The first schema is fully migrated when the second starts: its migration tables must not
        // be taken for the second's.
        const db = openDatabase({ databaseUrl: url as string, dataDir: os.tmpdir(), pgSchema: schema });
        try {
          const applied = await migrateToLatest(db);
          expect(applied[0]).toBe('0001_foundation');
          expect(await migrateToLatest(db)).toEqual([]);
        } finally {
          await db.close();
        }
        const { rows } = await admin.query(
          `select count(*)::int as n from information_schema.tables where table_schema = $1 and table_name = 'kysely_migration'`,
          [schema],
        );
        expect(rows[0].n).toBe(1);
      }
    } finally {
      for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});

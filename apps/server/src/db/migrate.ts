import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.ts';
import * as foundation from './migrations/0001_foundation.ts';

/** Migrations run at start-up, in name order; each is written once for both dialects. */
function provider(db: Db): MigrationProvider {
  const all: Record<string, Migration> = {
    '0001_foundation': { up: (k) => foundation.up(k, db.dialect) },
  };
  return { getMigrations: async () => all };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: provider(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db } from './database.ts';
import * as foundation from './migrations/0001_foundation.ts';
import * as campaigns from './migrations/0002_campaigns.ts';
import * as reports from './migrations/0003_reports.ts';
import * as commendation from './migrations/0004_commendation.ts';
import * as consolidation from './migrations/0005_consolidation.ts';
import * as quotaRefusals from './migrations/0007_quota_refusals.ts';
import * as submissionIndicators from './migrations/0008_submission_indicators.ts';
import * as conference from './migrations/0009_conference.ts';
import * as invitationBatches from './migrations/0010_invitation_batches.ts';
import * as indicatorRequired from './migrations/0011_indicator_required.ts';
import * as loginThrottle from './migrations/0012_login_throttle.ts';
import * as nominationEntry from './migrations/0013_nomination_entry.ts';

/** Migrations run at start-up, in name order; each is written once for both dialects. */
function provider(db: Db): MigrationProvider {
  const all: Record<string, Migration> = {
    '0001_foundation': { up: (k) => foundation.up(k, db.dialect) },
    '0002_campaigns': { up: (k) => campaigns.up(k) },
    '0003_reports': { up: (k) => reports.up(k, db.dialect) },
    '0004_commendation': { up: (k) => commendation.up(k) },
    '0005_consolidation': { up: (k) => consolidation.up(k) },
    '0007_quota_refusals': { up: (k) => quotaRefusals.up(k) },
    '0008_submission_indicators': { up: (k) => submissionIndicators.up(k) },
    '0009_conference': { up: (k) => conference.up(k, db.dialect) },
    '0010_invitation_batches': { up: (k) => invitationBatches.up(k) },
    '0011_indicator_required': { up: (k) => indicatorRequired.up(k) },
    '0012_login_throttle': { up: (k) => loginThrottle.up(k) },
    '0013_nomination_entry': { up: (k) => nominationEntry.up(k) },
  };
  return { getMigrations: async () => all };
}

/**
 * On PostgreSQL the migrator's own tables are looked for in the connection's schema only: left to
 * itself Kysely takes a `kysely_migration` table in any schema of the database as its own, so a
 * database that holds several schemas (tests, benchmarks, a second installation) would skip
 * creating them and then fail to find them.
 */
async function migrationSchema(db: Db): Promise<string | undefined> {
  if (db.dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
  return rows[0]?.schema;
}

async function migratorFor(db: Db): Promise<Migrator> {
  return new Migrator({
    db: db.kysely,
    provider: provider(db),
    migrationTableSchema: await migrationSchema(db),
  });
}

/** The migrations this build knows that have not run on the database yet, by name. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrations = await (await migratorFor(db)).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

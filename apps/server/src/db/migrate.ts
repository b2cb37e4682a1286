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
  };
  return { getMigrations: async () => all };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // On PostgreSQL the ledger lives in the connection's own schema: without saying so, Kysely takes
  // a ledger found in any other schema of the database (another instance's, a parallel test's) as
  // its own and fails on the lock table it then never creates.
  const schema =
    db.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: provider(db),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

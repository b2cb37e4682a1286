import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db, Dialect } from './database.ts';
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
import * as consolidatedSources from './migrations/0014_consolidated_sources.ts';
import * as consolidatedTargetPages from './migrations/0015_consolidated_target_pages.ts';
import * as unitAgencyCode from './migrations/0016_unit_agency_code.ts';
import * as signedReports from './migrations/0017_signed_reports.ts';
import * as signing from './migrations/0018_signing.ts';
import * as nominationFileSignature from './migrations/0019_nomination_file_signature.ts';
import * as consolidatedRelease from './migrations/0020_consolidated_release.ts';
import * as unitReportRelease from './migrations/0021_unit_report_release.ts';
import * as consolidatedReleaseContent from './migrations/0022_consolidated_release_content.ts';

type Up = (db: Kysely<unknown>, dialect: Dialect) => Promise<void>;

/** Migrations run at start-up, in name order; each is written once for both dialects. */
const MIGRATIONS: Record<string, Up> = {
  '0001_foundation': (k, d) => foundation.up(k, d),
  '0002_campaigns': (k) => campaigns.up(k),
  '0003_reports': (k, d) => reports.up(k, d),
  '0004_commendation': (k) => commendation.up(k),
  '0005_consolidation': (k) => consolidation.up(k),
  '0007_quota_refusals': (k) => quotaRefusals.up(k),
  '0008_submission_indicators': (k) => submissionIndicators.up(k),
  '0009_conference': (k, d) => conference.up(k, d),
  '0010_invitation_batches': (k) => invitationBatches.up(k),
  '0011_indicator_required': (k) => indicatorRequired.up(k),
  '0012_login_throttle': (k) => loginThrottle.up(k),
  '0013_nomination_entry': (k) => nominationEntry.up(k),
  '0014_consolidated_sources': (k) => consolidatedSources.up(k),
  '0015_consolidated_target_pages': (k) => consolidatedTargetPages.up(k),
  '0016_unit_agency_code': (k) => unitAgencyCode.up(k),
  '0017_signed_reports': (k) => signedReports.up(k),
  '0018_signing': (k) => signing.up(k),
  '0019_nomination_file_signature': (k) => nominationFileSignature.up(k),
  '0020_consolidated_release': (k) => consolidatedRelease.up(k),
  '0021_unit_report_release': (k) => unitReportRelease.up(k),
  '0022_consolidated_release_content': (k) => consolidatedReleaseContent.up(k),
};

/** Every migration this version knows, in the order they run (a backup records which it has). */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

function provider(db: Db): MigrationProvider {
  const all: Record<string, Migration> = {};
  for (const [name, up] of Object.entries(MIGRATIONS)) all[name] = { up: (k) => up(k, db.dialect) };
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

async function migratorFor(db: Db, options: { disableTransactions?: boolean } = {}): Promise<Migrator> {
  return new Migrator({
    db: db.kysely,
    provider: provider(db),
    migrationTableSchema: await migrationSchema(db),
    ...options,
  });
}

/** The migrations this build knows that have not run on the database yet, by name. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrations = await (await migratorFor(db)).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** The schema version this build brings: its last migration's name. */
export function latestKnownMigration(): string {
  return MIGRATION_NAMES.at(-1) as string;
}

/**
 * Migrations the database has run that this build does not know: it was upgraded by a newer
 * version. Read from the ledger directly (Kysely's own listing only names the migrations it knows).
 */
export async function unknownExecutedMigrations(db: Db): Promise<string[]> {
  const schema = await migrationSchema(db);
  const ledger = schema ? sql`${sql.id(schema, 'kysely_migration')}` : sql`kysely_migration`;
  let executed: string[];
  try {
    const { rows } = await sql<{ name: string }>`select name from ${ledger}`.execute(db.kysely);
    executed = rows.map((r) => r.name);
  } catch {
    return []; // no ledger yet: an empty database
  }
  return executed.filter((name) => !MIGRATION_NAMES.includes(name)).sort();
}

/** Refusing to start on a database newer than this build, with what it needs. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly unknown: string[],
    readonly latestKnown: string,
  ) {
    super(
      `Cơ sở dữ liệu đã được một phiên bản mới hơn cập nhật cấu trúc (đến ${unknown.at(-1)}); phiên bản này chỉ biết đến ${latestKnown}. Hãy chạy phiên bản tongket có bước cập nhật ${unknown.at(-1)} (hoặc mới hơn), hoặc khôi phục bản sao lưu làm trước khi nâng cấp.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** What `migrateToLatest` would do, without doing it. */
export async function migrationPlan(
  db: Db,
): Promise<{ latest: string; pending: string[]; unknown: string[] }> {
  const unknown = await unknownExecutedMigrations(db);
  return { latest: latestKnownMigration(), pending: await pendingMigrations(db), unknown };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const unknown = await unknownExecutedMigrations(db);
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown, latestKnownMigration());
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Builds the schema of one version exactly: every migration up to and including `name`, none after
 * (a restore into the other database kind recreates the schema its archive was taken at). With
 * `inCallersTransaction` the migrator opens no transaction of its own, so a caller holding one
 * connection in a transaction (PostgreSQL) gets the migrations inside it.
 */
export async function migrateToVersion(
  db: Db,
  name: string,
  options: { inCallersTransaction?: boolean } = {},
): Promise<string[]> {
  if (!MIGRATION_NAMES.includes(name)) throw new Error(`unknown migration ${name}`);
  const migrator = await migratorFor(db, { disableTransactions: options.inCallersTransaction ?? false });
  const { error, results } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

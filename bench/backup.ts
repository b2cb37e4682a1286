/**
 * Backup and restore of a round at deadline scale, and what a backup costs the units submitting
 * while it runs — on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set (throwaway schemas).
 *
 *   npm run bench:backup
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:backup
 *   BENCH_UNITS=200 npm run bench:backup       a quicker run
 *   BENCH_FILE_KB=500 npm run bench:backup     larger attachments (mean size; default 250 KB)
 *   BENCH_WATCHDOG_S=900 npm run bench:backup  give up (killing every process, removing the data) after 900 s (default 1800)
 *
 * Setup (not timed): a round issued to `BENCH_UNITS` units (default 1,000), every officer signed
 * in, and each unit attaching one file to its report through the API (a scanned PDF, or every
 * fourth a Word file; a few hundred KB each, all different, so every one is stored).
 * Then every unit submits its report (20 sections of ≈1.5 KB, 30 indicators), 50 at a time:
 * 50 to warm the server up, then half of the rest on a quiet server (the spike alone), then the
 * other half while a backup runs — `npm run cli -- backup` in its own process against the running
 * server's data, as the scheduled backups take it; the spike starts the moment the backup starts
 * reading the data (it prints so), so the spike meets its snapshot and its copying of the files.
 * With the round complete, one more backup on the idle server is timed (the whole CLI command,
 * start-up included: `cli_startup_ms` is what a command costs before it does anything) and its
 * archive measured; the server is stopped and that archive restored with `npm run cli -- restore`
 * into a fresh data directory (and on PostgreSQL a fresh empty schema), timed the same way. The
 * backup taken during the spike is restored and checked too.
 *
 * Checks: no request fails; the server stored every report as sent; each restore's tables hold
 * the row counts of its manifest (the restore checks this too), every submission acknowledged
 * before its backup started is in it exactly as sent, and every attached file with its bytes.
 *
 * Prints `backup.<sqlite|pg>.*` lines on stdout; progress and the server's output go to stderr.
 * Exits non-zero on any failed request, failed command or failed check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ARCHIVE_PATTERN,
  MANIFEST_NAME,
  type Manifest,
  manifestSchema,
  openZip,
} from '../apps/server/src/modules/backup/index.ts';
import { type BenchDatabase, benchDialects, createBenchDatabase } from './lib/bench-database.ts';
import { mapConcurrent, type SignedInUnit } from './lib/bench-round.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import { readStoredSubmissions } from './lib/check-submissions.ts';
import { startCli } from './lib/cli-process.ts';
import {
  prepareDatabase,
  prepareRound,
  type SubmitRequests,
  startServer,
  submitRequests,
} from './lib/deadline-spike.ts';
import { is2xx, type LoadRequest, quantile, runLoad } from './lib/load-runner.ts';
import { reportFile } from './lib/report-files.ts';
import type { ServerProcess } from './lib/server-process.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const UNITS = intFromEnv('BENCH_UNITS', 1000, 60, 20_000);
const FILE_KB = intFromEnv('BENCH_FILE_KB', 250, 1, 10_000);
const CONNECTIONS = 50;
/** Submissions before anything is measured: the first requests of a fresh process run cold code. */
const WARM_UP = 50;
const UPLOADS_AT_ONCE = 4;
const REQUEST_TIMEOUT_MS = 60_000;
const MB = 1024 * 1024;

const run = new BenchRun('bench:backup', intFromEnv('BENCH_WATCHDOG_S', 30 * 60, 5, 3600) * 1000);

/** The attachment each unit sent: its id and the SHA-256 of its bytes. */
type Attached = Map<string, { assignmentId: string; sha256: string }>;

async function attachFiles(
  origin: string,
  units: SignedInUnit[],
): Promise<{ attached: Attached; bytes: number }> {
  const attached: Attached = new Map();
  let bytes = 0;
  await mapConcurrent(units, UPLOADS_AT_ONCE, async (unit) => {
    const file = reportFile(unit, FILE_KB * 1024);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.contentType }), file.fileName);
    const response = await fetch(`${origin}/api/v1/assignments/${unit.assignmentId}/attachments`, {
      method: 'POST',
      headers: { cookie: unit.cookie, origin },
      body: form,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 201) {
      throw new Error(`${unit.username} could not attach ${file.fileName}: HTTP ${response.status} ${text}`);
    }
    const { id, size } = JSON.parse(text) as { id: string; size: number };
    if (size !== file.bytes.length)
      throw new Error(`attachment ${id}: sent ${file.bytes.length} bytes, kept ${size}`);
    attached.set(id, { assignmentId: unit.assignmentId, sha256: file.sha256 });
    bytes += file.bytes.length;
  });
  return { attached, bytes };
}

interface SpikeResult {
  p50: number;
  p99: number;
  failed: number;
  wallMs: number;
}

async function spike(origin: string, requests: LoadRequest[]): Promise<SpikeResult> {
  const load = await runLoad(origin, requests, { connections: CONNECTIONS, timeoutMs: REQUEST_TIMEOUT_MS });
  const failures = load.results.filter((r) => !is2xx(r));
  for (const failure of failures.slice(0, 5)) {
    run.progress(
      `failed: ${failure ? `#${failure.index} HTTP ${failure.status} ${failure.error ?? ''} ${failure.failureBody ?? ''}` : 'never answered'}`,
    );
  }
  const latencies = load.results.filter((r) => r !== undefined).map((r) => r.latencyMs);
  return {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    failed: failures.length,
    wallMs: load.wallMs,
  };
}

/** The environment a CLI command needs to reach this database and its data directory. */
const cliEnv = (database: BenchDatabase): Record<string, string> => ({
  PGOPTIONS: '',
  ...database.serverEnv(),
  DATA_DIR: database.dataDir,
  LOG_LEVEL: 'warn',
});

/** The one archive a backup wrote into its own folder. */
function archiveIn(dir: string): string {
  const found = fs.readdirSync(dir).filter((name) => ARCHIVE_PATTERN.test(name));
  if (found.length !== 1) throw new Error(`expected one backup archive in ${dir}, found ${found.length}`);
  return path.join(dir, found[0] as string);
}

async function readManifest(archive: string): Promise<Manifest> {
  const zip = await openZip(archive);
  try {
    const entry = zip.entries.find((e) => e.fileName === MANIFEST_NAME);
    if (!entry) throw new Error(`${archive} has no ${MANIFEST_NAME}`);
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.open(entry)) chunks.push(chunk as Buffer);
    return manifestSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  } finally {
    zip.close();
  }
}

interface Expected {
  campaignId: string;
  sent: SubmitRequests['sent'];
  /** Assignments whose submission was acknowledged before the backup started. */
  acknowledged: readonly string[];
  attached: Attached;
}

/**
 * `npm run cli -- restore` into a fresh data directory (and schema), timed, then the restored data
 * read with the server's own database module. Returns the restore's wall time and the problems.
 */
async function restoreAndCheck(
  label: 'sqlite' | 'pg',
  archive: string,
  expected: Expected,
): Promise<{ ms: number; problems: string[] }> {
  const target = run.trackDatabase(await createBenchDatabase(label, 'tongket-bench-backup-restored'));
  try {
    const started = performance.now();
    const restore = run.track(startCli(REPO_ROOT, ['restore', archive], cliEnv(target)));
    const code = await restore.exited;
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`restore of ${archive} failed (${code}):\n${restore.output()}`);
    run.progress(`${label}: ${restore.output().trim().split('\n').at(-1)}`);

    const problems: string[] = [];
    const manifest = await readManifest(archive);
    const db = target.open();
    try {
      for (const [table, rows] of Object.entries(manifest.tables)) {
        const row = await db.kysely
          .selectFrom(table as 'units')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        if (Number(row.n) !== rows)
          problems.push(`table ${table}: ${row.n} rows restored, manifest says ${rows}`);
      }
      const stored = await readStoredSubmissions(db, expected.campaignId, expected.sent);
      const absent = expected.acknowledged.filter((id) => !stored.assignments.has(id));
      if (absent.length > 0)
        problems.push(`${absent.length} acknowledged submissions missing, e.g. ${absent[0]}`);
      if (stored.mismatched + stored.duplicates > 0) {
        problems.push(
          `${stored.mismatched} submissions differ from what was sent, ${stored.duplicates} duplicated: ${stored.firstMismatch ?? ''}`,
        );
      }
      const rows = await db.kysely.selectFrom('attachments').select(['id', 'sha256', 'storage']).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const blobs = new Set(
        (await db.kysely.selectFrom('file_blobs').select('sha256').execute()).map((r) => r.sha256),
      );
      let lostFiles = 0;
      for (const [id, file] of expected.attached) {
        const row = byId.get(id);
        const kept =
          row?.sha256 === file.sha256 &&
          (row.storage === 'disk'
            ? fs.existsSync(path.join(target.dataDir, 'files', file.sha256.slice(0, 2), file.sha256))
            : blobs.has(file.sha256));
        if (!kept) lostFiles++;
      }
      if (lostFiles > 0) problems.push(`${lostFiles} of ${expected.attached.size} attached files missing`);
    } finally {
      await db.close();
    }
    return { ms, problems };
  } finally {
    await run.dropDatabase(target);
  }
}

async function measure(label: 'sqlite' | 'pg'): Promise<number> {
  const database = run.trackDatabase(await createBenchDatabase(label, 'tongket-bench-backup'));
  run.progress(`${label}: ${database.describe}`);
  let server: ServerProcess | undefined;
  try {
    const { provinceId, units } = await prepareDatabase(run, database, UNITS);
    server = await startServer(run, REPO_ROOT, database);
    const origin = server.origin;
    const prepared = await prepareRound(run, origin, provinceId, units);

    let started = performance.now();
    const { attached, bytes } = await attachFiles(origin, prepared.units);
    run.progress(
      `${label}: ${attached.size} files attached (${(bytes / MB).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`,
    );

    const all = submitRequests(origin, prepared);
    const warmUp = all.requests.slice(0, WARM_UP);
    const half = Math.floor((all.requests.length - WARM_UP) / 2);
    const quiet = all.requests.slice(WARM_UP, WARM_UP + half);
    const busy = all.requests.slice(WARM_UP + half, WARM_UP + 2 * half);
    const rest = all.requests.slice(WARM_UP + 2 * half);
    const assignmentIds = all.units.map((u) => u.assignmentId);

    const warm = await spike(origin, warmUp);
    run.progress(`${label}: warm-up, ${warmUp.length} submissions, p99 ${Math.round(warm.p99)} ms`);
    const baseline = await spike(origin, quiet);
    run.progress(
      `${label}: the spike alone, ${quiet.length} submissions in ${Math.round(baseline.wallMs)} ms, p50 ${Math.round(baseline.p50)} ms, p99 ${Math.round(baseline.p99)} ms`,
    );

    // A backup as the scheduled backups take it; the spike starts when it starts reading the data.
    const spikeBackupDir = path.join(database.dataDir, 'backups-during-spike');
    const backupStarted = performance.now();
    const duringSpike = run.track(startCli(REPO_ROOT, ['backup', '--out', spikeBackupDir], cliEnv(database)));
    if (!(await duringSpike.waitFor(/Đang chụp cơ sở dữ liệu/))) {
      throw new Error(`the backup ended before it started its snapshot:\n${duringSpike.output()}`);
    }
    const spikeStarted = performance.now();
    let snapshotMs: number | undefined;
    void duringSpike.waitFor(/Đã chụp cơ sở dữ liệu/).then((seen) => {
      if (seen) snapshotMs = performance.now() - spikeStarted;
    });
    const withBackup = await spike(origin, busy);
    const spikeMs = performance.now() - spikeStarted;
    const spikeBackupCode = await duringSpike.exited;
    const spikeBackupMs = performance.now() - backupStarted;
    if (spikeBackupCode !== 0)
      throw new Error(`the backup during the spike failed:\n${duringSpike.output()}`);
    run.progress(
      `${label}: the spike with a backup, ${busy.length} submissions in ${Math.round(spikeMs)} ms, p50 ${Math.round(withBackup.p50)} ms, p99 ${Math.round(withBackup.p99)} ms; ` +
        `the backup had started ${Math.round(spikeStarted - backupStarted)} ms before it, took its snapshot ` +
        `${snapshotMs === undefined ? '(not reported)' : `${Math.round(snapshotMs)} ms`} into it and ended ` +
        `${Math.round(backupStarted + spikeBackupMs - spikeStarted)} ms into it`,
    );
    const last = await spike(origin, rest);

    // What any CLI command costs before it does anything (Node and tsx starting): part of both timings.
    started = performance.now();
    const usage = run.track(startCli(REPO_ROOT, [], {}));
    if ((await usage.exited) !== 0) throw new Error(`npm run cli failed to start:\n${usage.output()}`);
    const startupMs = performance.now() - started;

    // The round complete: every unit's report and file. A backup on the idle server, timed.
    const backupDir = path.join(database.dataDir, 'backups');
    started = performance.now();
    const backup = run.track(startCli(REPO_ROOT, ['backup', '--out', backupDir], cliEnv(database)));
    const backupCode = await backup.exited;
    const backupMs = performance.now() - started;
    if (backupCode !== 0) throw new Error(`the backup failed (${backupCode}):\n${backup.output()}`);
    run.progress(`${label}: ${backup.output().trim().split('\n').at(-1)}`);
    const archive = archiveIn(backupDir);
    const archiveBytes = fs.statSync(archive).size;

    const code = await run.stopServer(server);
    server = undefined;
    if (code !== 0) throw new Error(`the server did not exit cleanly on SIGTERM (${code})`);

    const db = database.open();
    const stored = await readStoredSubmissions(db, prepared.round.campaignId, all.sent).finally(() =>
      db.close(),
    );
    const problems: string[] = [];
    if (stored.assignments.size !== UNITS || stored.rows !== UNITS || stored.mismatched > 0) {
      problems.push(
        `the server stored ${stored.rows} submissions for ${stored.assignments.size} of ${UNITS} units, ${stored.mismatched} differing: ${stored.firstMismatch ?? ''}`,
      );
    }

    const restored = await restoreAndCheck(label, archive, {
      campaignId: prepared.round.campaignId,
      sent: all.sent,
      acknowledged: assignmentIds,
      attached,
    });
    for (const p of restored.problems) problems.push(`the backup of the complete round: ${p}`);
    started = performance.now();
    const restoredSpike = await restoreAndCheck(label, archiveIn(spikeBackupDir), {
      campaignId: prepared.round.campaignId,
      sent: all.sent,
      acknowledged: assignmentIds.slice(0, WARM_UP + half),
      attached,
    });
    for (const p of restoredSpike.problems) problems.push(`the backup taken during the spike: ${p}`);
    run.progress(
      `${label}: the backup taken during the spike restored and checked in ${Math.round(performance.now() - started)} ms`,
    );

    const failed = warm.failed + baseline.failed + withBackup.failed + last.failed;
    run.figure(`backup.${label}.backup_ms`, backupMs, 'ms');
    run.figure(`backup.${label}.archive_mb`, archiveBytes / MB, 'MB');
    run.figure(`backup.${label}.restore_ms`, restored.ms, 'ms');
    run.figure(`backup.${label}.spike_p99_ms`, baseline.p99, 'ms');
    run.figure(`backup.${label}.spike_p99_with_backup_ms`, withBackup.p99, 'ms');
    run.figure(`backup.${label}.p99_ratio`, withBackup.p99 / baseline.p99, 'x');
    run.figure(`backup.${label}.cli_startup_ms`, startupMs, 'ms');
    run.figure(`backup.${label}.backup_during_spike_ms`, spikeBackupMs, 'ms');
    run.figure(`backup.${label}.files_mb`, bytes / MB, 'MB');
    run.figure(`backup.${label}.errors`, failed, 'count');
    run.figure(`backup.${label}.failed_checks`, problems.length, 'count');
    for (const p of problems) run.progress(`${label}: ${p}`);
    return failed + problems.length;
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
}

async function main(): Promise<number> {
  try {
    const dialects = benchDialects();
    const cpus = os.cpus().length;
    run.comment(
      `tongket bench:backup — ${UNITS} units × (report of 20 sections ≈1.5 KB + 30 indicators, one file of ≈${FILE_KB} KB), ` +
        `spikes of ${Math.floor((UNITS - WARM_UP) / 2)} submissions at ${CONNECTIONS} connections, node ${process.version}, ` +
        `${cpus} CPU${cpus === 1 ? '' : 's'}, load average ${os.loadavg()[0]?.toFixed(1)} at start, server, commands and load generator on one host`,
    );
    run.comment(
      dialects.includes('pg')
        ? `databases: SQLite, and PostgreSQL (TEST_DATABASE_URL, ${new URL(process.env.TEST_DATABASE_URL as string).host})`
        : 'databases: SQLite only (set TEST_DATABASE_URL for PostgreSQL too)',
    );
    let bad = 0;
    for (const label of dialects) bad += await measure(label);
    run.printFigures();
    if (bad > 0) run.progress(`${bad} failed requests or checks`);
    return bad > 0 ? 1 : 0;
  } catch (err) {
    // A failure part-way still shows what was measured before it.
    run.printFigures();
    throw err;
  }
}

run.main(main);

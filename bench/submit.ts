/**
 * The deadline spike: 1,000 units each save and submit a full report (20 sections of about
 * 1.5 KB of Vietnamese text, 30 indicators) in one request, 50 at a time, against the real server
 * process — on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set (in a throwaway schema).
 *
 *   npm run bench:submit
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:submit
 *   BENCH_UNITS=200 npm run bench:submit          a quick run
 *   BENCH_CPU_PROF_DIR=/tmp/prof npm run bench:submit   the server writes a V8 CPU profile there
 *   BENCH_WATCHDOG_S=300 npm run bench:submit   give up (killing the server, removing the data) after 300 s
 *
 * Setup (not timed): migrate, seed the demo, add the units and their officers, issue the round
 * through the API as `syt`, sign every officer in, let each open its assignment page once.
 * Timed: POST /api/v1/assignments/:id/submit with Idempotency-Key and {version: 0, content}.
 * Afterwards the server is stopped and the submissions table read with the server's own
 * database module: every report must be there, exactly as sent.
 *
 * Prints `name: value unit` lines on stdout (prefixed sqlite. / pg.); progress and the server's
 * output go to stderr. Exits non-zero on any failed request, lost or altered row.
 */
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { benchDialects, createBenchDatabase } from './lib/bench-database.ts';
import { mapConcurrent } from './lib/bench-round.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import { readStoredSubmissions } from './lib/check-submissions.ts';
import {
  prepareDatabase,
  prepareRound,
  type SubmitRequests,
  startServer,
  submitRequests,
} from './lib/deadline-spike.ts';
import { requestJson } from './lib/http-client.ts';
import { is2xx, quantile, runLoad } from './lib/load-runner.ts';
import { RssSampler, readProcStatusKb, type ServerProcess } from './lib/server-process.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const UNITS = intFromEnv('BENCH_UNITS', 1000, 10, 20_000);
const CONNECTIONS = 50;
const REQUEST_TIMEOUT_MS = 30_000;
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF_DIR || undefined;
/** Targets on the 2-core reference machine (SQLite). */
const TARGET_PER_S = 500;
const TARGET_P99_MS = 200;

const run = new BenchRun('bench:submit', intFromEnv('BENCH_WATCHDOG_S', 15 * 60, 5, 3600) * 1000);

/** Each unit opens its page before it submits: checks the setup, and warms the server's read path. */
async function openEveryAssignment(origin: string, spike: SubmitRequests): Promise<void> {
  await mapConcurrent(spike.units, 16, async (unit) => {
    const page = await requestJson(origin, 'GET', `/api/v1/assignments/${unit.assignmentId}`, {
      cookie: unit.cookie,
    });
    if (page.status !== 200 || !page.json.canEdit || page.json.draft.version !== 0) {
      throw new Error(
        `${unit.username} cannot edit its assignment: HTTP ${page.status} ${page.text.slice(0, 300)}`,
      );
    }
  });
}

async function measure(label: 'sqlite' | 'pg'): Promise<{ failed: number; lost: number }> {
  const database = run.trackDatabase(await createBenchDatabase(label, 'tongket-bench-submit'));
  let server: ServerProcess | undefined;
  try {
    const { provinceId, units } = await prepareDatabase(run, database, UNITS);
    server = await startServer(run, REPO_ROOT, database, {
      nodeArgs: CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
    });
    const prepared = await prepareRound(run, server.origin, provinceId, units);
    const spike = submitRequests(server.origin, prepared);
    run.progress(
      `${label}: ${spike.requests.length} submissions ready, body ${(spike.meanBodyBytes / 1024).toFixed(1)} KB ` +
        `on average (sections ${Math.round(spike.meanSectionBytes)} bytes UTF-8)`,
    );
    await openEveryAssignment(server.origin, spike);
    if (CPU_PROF_DIR) await sleep(1000); // an idle gap that marks the spike in the profile

    const rss = new RssSampler(server.pid, 50);
    rss.start();
    run.progress(`${label}: ${spike.requests.length} submissions over ${CONNECTIONS} connections`);
    const load = await runLoad(server.origin, spike.requests, {
      connections: CONNECTIONS,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    rss.stop();
    const peakKb = Math.max(rss.maxKb() ?? 0, readProcStatusKb(server.pid, 'VmRSS') ?? 0);
    if (peakKb === 0) throw new Error(`could not read the memory of server pid ${server.pid}`);
    if (CPU_PROF_DIR) await sleep(1000);

    const code = await run.stopServer(server);
    server = undefined;
    if (code !== 0) throw new Error(`the server did not exit cleanly on SIGTERM (${code})`);

    const results = load.results.filter((r) => r !== undefined);
    const failures = load.results.filter((r) => !is2xx(r));
    for (const failure of failures.slice(0, 5)) {
      run.progress(
        `failed: ${failure ? `#${failure.index} HTTP ${failure.status} ${failure.error ?? ''} ${failure.failureBody ?? ''}` : 'never answered'}`,
      );
    }
    const latencies = results.map((r) => r.latencyMs);

    const db = database.open();
    const stored = await readStoredSubmissions(db, prepared.round.campaignId, spike.sent).finally(() =>
      db.close(),
    );
    if (stored.firstMismatch) run.progress(`stored content differs: ${stored.firstMismatch}`);
    const lost = UNITS - stored.assignments.size;

    const perS = (results.length - failures.length) / (load.wallMs / 1000);
    run.figure(`${label}.submissions_per_s`, perS, 'submissions/s');
    run.figure(`${label}.p50_ms`, quantile(latencies, 0.5), 'ms');
    run.figure(`${label}.p99_ms`, quantile(latencies, 0.99), 'ms');
    run.figure(`${label}.errors`, failures.length, 'count');
    run.figure(`${label}.server_rss_mb`, peakKb / 1024, 'MB');
    run.figure(`${label}.rows_submissions`, stored.rows, 'rows');
    run.figure(`${label}.rows_lost`, lost, 'rows');
    run.figure(`${label}.rows_mismatched`, stored.mismatched + stored.duplicates, 'rows');
    run.progress(
      `${label}: ${UNITS} in ${(load.wallMs / 1000).toFixed(2)} s, max latency ${Math.round(Math.max(...latencies))} ms`,
    );
    if (label === 'sqlite' && (perS < TARGET_PER_S || quantile(latencies, 0.99) >= TARGET_P99_MS)) {
      run.progress(
        `sqlite misses the target (≥ ${TARGET_PER_S} submissions/s, p99 < ${TARGET_P99_MS} ms on 2 cores)`,
      );
    }
    return {
      failed: failures.length,
      lost: lost + stored.mismatched + stored.duplicates + Math.max(0, stored.rows - UNITS),
    };
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
}

async function main(): Promise<number> {
  const dialects = benchDialects();
  const cpus = os.cpus().length;
  run.comment(
    `tongket bench:submit — ${UNITS} units × (20 sections ≈1.5 KB + 30 indicators), ${CONNECTIONS} connections, ` +
      `node ${process.version}, ${cpus} CPU${cpus === 1 ? '' : 's'}, server and load generator on one host`,
  );
  let bad = 0;
  for (const label of dialects) {
    const { failed, lost } = await measure(label);
    bad += failed + lost;
  }
  run.printFigures();
  if (bad > 0) run.progress(`${bad} failed requests or lost / altered rows`);
  return bad > 0 ? 1 : 0;
}

run.main(main);

/**
 * The deadline spike: 1,000 units each save and submit a full report (20 sections of about
 * 1.5 KB of Vietnamese text, 30 indicators) in one request, 50 at a time, against the real server
 * process — on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set (in a throwaway schema).
 * Then the same requests at the limit server (bench/lib/limit-server.ts: a bare Fastify route that
 * only stores the body, started the same way on a database of its own), so tongket's throughput is
 * read as a share of what any Node server reaches on this machine in this run (`ratio`).
 *
 *   npm run bench:submit
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:submit
 *   BENCH_UNITS=200 npm run bench:submit          a quick run
 *   BENCH_CPU_PROF_DIR=/tmp/prof npm run bench:submit   the server writes a V8 CPU profile there
 *   BENCH_WATCHDOG_S=300 npm run bench:submit   give up (killing the server, removing the data) after 300 s
 *   BENCH_TWO_INSTANCES=0 / =only                  leave the two instances out / run them alone
 *
 * Setup (not timed): migrate, seed the demo, add the units and their officers, issue the round
 * through the API as `syt`, sign every officer in, let each open its assignment page once.
 * Timed: POST /api/v1/assignments/:id/submit with Idempotency-Key and {version: 0, content}.
 *
 * Reads during the spike: once the first spike is over (its figures are measured alone, as before
 * the reads were added: `tongket*`, `ratio`), `syt` issues a second round to the same units on the
 * same server, each officer finds and opens the new task, and the units submit again over the same
 * 50 connections (`with_reads*`) while 50 more connections of a second load generator in this
 * process read what the coordinator's pages load: the round's progress tab (GET
 * /api/v1/campaigns/:id/progress, as `useProgress` asks for it) and the unit tree of the units page
 * and unit picker (GET /api/v1/units, gzip, no If-None-Match), in turn, from the first submission
 * until the last is answered (`read_progress*`, `read_units*`; target p99 < 100 ms). Any
 * non-2xx read is a failure. With reads, the server's CPU and memory are no longer the
 * submissions' alone, so the profile (BENCH_CPU_PROF_DIR) covers both spikes.
 *
 * Two instances (PostgreSQL only, after the one-instance run and the limit): two server processes
 * started together on one empty schema, the same DATABASE_URL and DATA_DIR, different ports (as
 * docs/production.md runs them); a fresh round of the same size, half of its submissions to each
 * instance over 25 connections each (`two_instances*`). The coordinator follows the round's live
 * events on both instances: each page must hear of every submission, whichever instance took it.
 *
 * Afterwards the servers are stopped and the submissions table read with the server's own
 * database module: every report of every round must be there once, exactly as sent; the limit
 * server's table likewise.
 *
 * Prints `name: value unit` lines on stdout (prefixed submit.sqlite. / submit.pg.); progress and the server's
 * output go to stderr. Exits non-zero on any failed request (submission or read), lost or altered
 * row, or live event not heard.
 */
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { benchDialects, createBenchDatabase } from './lib/bench-database.ts';
import { mapConcurrent, type SignedInUnit } from './lib/bench-round.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import {
  readLimitSubmissions,
  readStoredSubmissions,
  type StoredSubmissions,
} from './lib/check-submissions.ts';
import {
  coordinatorReads,
  coordinatorSession,
  prepareDatabase,
  prepareNextRound,
  prepareRound,
  type SubmitRequests,
  startServer,
  submitRequests,
} from './lib/deadline-spike.ts';
import { listenToRound } from './lib/event-listener.ts';
import { requestJson } from './lib/http-client.ts';
import { is2xx, type LoadRequest, quantile, runLoad } from './lib/load-runner.ts';
import { RssSampler, readProcCpuMs, readProcStatusKb, type ServerProcess } from './lib/server-process.ts';
import { type ReadFigures, type ReadKind, startReaders } from './lib/spike-readers.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const UNITS = intFromEnv('BENCH_UNITS', 1000, 10, 20_000);
const CONNECTIONS = 50;
const REQUEST_TIMEOUT_MS = 30_000;
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF_DIR || undefined;
const LIMIT_SERVER = path.join('bench/lib/limit-server.ts');
/** Targets on the 2-core reference machine: on SQLite against the limit measured in the same run. */
const TARGET_RATIO_PERCENT = 50;
const TARGET_PG_PER_S = 500;
const TARGET_P99_MS = { sqlite: 100, pg: 200 };
const TARGET_RSS_MB = 200;
/** The coordinator's pages during the spike: progress and the unit tree, each read's p99. */
const TARGET_READ_P99_MS = 100;
/** Readers of the second spike, on connections of their own beside the 50 submitting. */
const READ_CONNECTIONS = 50;
/** Two instances on one PostgreSQL: each takes half of the submissions over half of the connections. */
const TWO_INSTANCE_CONNECTIONS = CONNECTIONS / 2;
/** How long the pages may take to hear of the last submissions once the spike is over. */
const EVENTS_WAIT_MS = 15_000;
/** BENCH_TWO_INSTANCES: `0` leaves the two instances out, `only` runs them alone. */
const TWO_INSTANCES = (process.env.BENCH_TWO_INSTANCES ?? '1').trim();
if (!['0', '1', 'only'].includes(TWO_INSTANCES)) throw new Error('BENCH_TWO_INSTANCES must be 0, 1 or only');

const run = new BenchRun('bench:submit', intFromEnv('BENCH_WATCHDOG_S', 60 * 60, 5, 3600) * 1000);

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

interface SpikeFigures {
  perS: number;
  p50: number;
  p99: number;
  maxMs: number;
  wallMs: number;
  peakKb: number;
  /** The server's CPU time (all threads) per answered submission, ms. */
  cpuMsPerSubmission: number;
  failed: number;
}

/** Fires every request at `server` over the same connections and samples its memory meanwhile. */
async function fireSpike(
  label: string,
  server: ServerProcess,
  requests: LoadRequest[],
): Promise<SpikeFigures> {
  const rss = new RssSampler(server.pid, 50);
  const cpuBefore = readProcCpuMs(server.pid);
  rss.start();
  run.progress(`${label}: ${requests.length} submissions over ${CONNECTIONS} connections`);
  const load = await runLoad(server.origin, requests, {
    connections: CONNECTIONS,
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
  rss.stop();
  const cpuAfter = readProcCpuMs(server.pid);
  const peakKb = Math.max(rss.maxKb() ?? 0, readProcStatusKb(server.pid, 'VmRSS') ?? 0);
  if (peakKb === 0) throw new Error(`could not read the memory of server pid ${server.pid}`);
  if (cpuBefore === undefined || cpuAfter === undefined)
    throw new Error(`could not read the CPU time of server pid ${server.pid}`);
  const results = load.results.filter((r) => r !== undefined);
  const failures = load.results.filter((r) => !is2xx(r));
  for (const failure of failures.slice(0, 5)) {
    run.progress(
      `${label} failed: ${failure ? `#${failure.index} HTTP ${failure.status} ${failure.error ?? ''} ${failure.failureBody ?? ''}` : 'never answered'}`,
    );
  }
  const latencies = results.map((r) => r.latencyMs);
  const figures = {
    perS: (results.length - failures.length) / (load.wallMs / 1000),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    maxMs: Math.max(...latencies),
    wallMs: load.wallMs,
    peakKb,
    cpuMsPerSubmission: (cpuAfter - cpuBefore) / Math.max(1, results.length),
    failed: failures.length,
  };
  run.progress(
    `${label}: ${requests.length} in ${(figures.wallMs / 1000).toFixed(2)} s, max latency ${Math.round(figures.maxMs)} ms`,
  );
  return figures;
}

/** How many rows were lost, altered or stored twice: 0 when every unit's report is there once, as sent. */
function badRows(label: string, stored: StoredSubmissions): number {
  if (stored.firstMismatch) run.progress(`${label}: stored content differs: ${stored.firstMismatch}`);
  const lost = UNITS - stored.assignments.size;
  return lost + stored.mismatched + stored.duplicates + Math.max(0, stored.rows - UNITS);
}

/**
 * The same requests at the limit server (bench/lib/limit-server.ts), started the same way on a
 * database of its own, once tongket's server has stopped: nothing else of the benchmark runs.
 */
async function measureLimit(
  label: 'sqlite' | 'pg',
  spike: SubmitRequests,
): Promise<{ figures: SpikeFigures; bad: number }> {
  const database = run.trackDatabase(await createBenchDatabase(label, 'tongket-bench-limit'));
  let server: ServerProcess | undefined;
  try {
    server = await startServer(run, REPO_ROOT, database, { entry: LIMIT_SERVER });
    const figures = await fireSpike(`${label} limit`, server, spike.requests);
    const code = await run.stopServer(server);
    server = undefined;
    if (code !== 0) throw new Error(`the limit server did not exit cleanly on SIGTERM (${code})`);
    const db = database.open();
    const stored = await readLimitSubmissions(db, spike.sent).finally(() => db.close());
    return { figures, bad: badRows(`${label} limit`, stored) };
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
}

/** One read of each kind before the spike: the endpoints answer, and the server's caches are warm. */
async function readOnce(origin: string, reads: readonly ReadKind[]): Promise<void> {
  for (const read of reads) {
    const answer = await requestJson(origin, 'GET', read.request.path, { headers: read.request.headers });
    if (answer.status !== 200) {
      throw new Error(`GET ${read.request.path}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
    }
  }
}

/**
 * The second spike: every unit submits its report in another round while the coordinator's readers
 * load that round's progress and the unit tree over connections of their own, until the last
 * submission is answered.
 */
async function fireSpikeWithReads(
  label: 'sqlite' | 'pg',
  server: ServerProcess,
  spike: SubmitRequests,
  reads: readonly ReadKind[],
): Promise<{ submits: SpikeFigures; reads: ReadFigures[] }> {
  await readOnce(server.origin, reads);
  run.progress(
    `${label}: ${READ_CONNECTIONS} readers load ${reads.map((r) => r.name).join(' and ')} meanwhile`,
  );
  const readers = startReaders(server.origin, reads, {
    connections: READ_CONNECTIONS,
    timeoutMs: REQUEST_TIMEOUT_MS,
    progress: (m) => run.progress(`${label}: ${m}`),
  });
  let submits: SpikeFigures;
  try {
    submits = await fireSpike(`${label} tongket with reads`, server, spike.requests);
  } catch (err) {
    // A failed spike leaves no readers behind.
    await readers.stop().catch(() => {});
    throw err;
  }
  const figures = await readers.stop();
  for (const read of figures) {
    run.progress(
      `${label} read ${read.name}: ${read.count} reads of ${(read.meanBytes / 1024).toFixed(1)} KB on average, ` +
        `max latency ${Math.round(read.maxMs)} ms`,
    );
  }
  return { submits, reads: figures };
}

async function measure(label: 'sqlite' | 'pg'): Promise<number> {
  const database = run.trackDatabase(await createBenchDatabase(label, 'tongket-bench-submit'));
  let server: ServerProcess | undefined;
  let tongket: SpikeFigures;
  let withReads: { submits: SpikeFigures; reads: ReadFigures[] };
  let spike: SubmitRequests;
  let stored: StoredSubmissions;
  let storedWithReads: StoredSubmissions;
  let spikeWithReads: SubmitRequests;
  try {
    const { provinceId, units } = await prepareDatabase(run, database, UNITS);
    server = await startServer(run, REPO_ROOT, database, {
      nodeArgs: CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
    });
    const prepared = await prepareRound(run, server.origin, provinceId, units);
    spike = submitRequests(server.origin, prepared);
    run.progress(
      `${label}: ${spike.requests.length} submissions ready, body ${(spike.meanBodyBytes / 1024).toFixed(1)} KB ` +
        `on average (sections ${Math.round(spike.meanSectionBytes)} bytes UTF-8)`,
    );
    await openEveryAssignment(server.origin, spike);
    if (CPU_PROF_DIR) await sleep(1000); // an idle gap that marks the spike in the profile

    tongket = await fireSpike(`${label} tongket`, server, spike.requests);
    if (CPU_PROF_DIR) await sleep(1000);

    // The second spike, in another round to the same units, with the coordinator's readers.
    const coordinator = await coordinatorSession(server.origin);
    const next = await prepareNextRound(run, server.origin, coordinator, provinceId, prepared);
    spikeWithReads = submitRequests(server.origin, next);
    await openEveryAssignment(server.origin, spikeWithReads);
    withReads = await fireSpikeWithReads(
      label,
      server,
      spikeWithReads,
      coordinatorReads(coordinator, next.round.campaignId),
    );

    const code = await run.stopServer(server);
    server = undefined;
    if (code !== 0) throw new Error(`the server did not exit cleanly on SIGTERM (${code})`);

    const db = database.open();
    try {
      stored = await readStoredSubmissions(db, prepared.round.campaignId, spike.sent);
      storedWithReads = await readStoredSubmissions(db, next.round.campaignId, spikeWithReads.sent);
    } finally {
      await db.close();
    }
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
  const tongketBad = badRows(`${label} tongket`, stored);
  const withReadsBad = badRows(`${label} tongket with reads`, storedWithReads);
  const limit = await measureLimit(label, spike);

  const prefix = `submit.${label}`;
  const ratio = (tongket.perS / limit.figures.perS) * 100;
  const submitErrors = tongket.failed + withReads.submits.failed + limit.figures.failed;
  const readErrors = withReads.reads.reduce((n, r) => n + r.failed, 0);
  run.figure(`${prefix}.limit`, limit.figures.perS, '/s');
  run.figure(`${prefix}.limit_p99`, limit.figures.p99, 'ms');
  run.figure(`${prefix}.limit_rss`, limit.figures.peakKb / 1024, 'MB');
  run.figure(`${prefix}.limit_cpu`, limit.figures.cpuMsPerSubmission, 'ms/submission');
  run.figure(`${prefix}.tongket`, tongket.perS, '/s');
  run.figure(`${prefix}.tongket_p50`, tongket.p50, 'ms');
  run.figure(`${prefix}.tongket_p99`, tongket.p99, 'ms');
  run.figure(`${prefix}.tongket_rss`, tongket.peakKb / 1024, 'MB');
  run.figure(`${prefix}.tongket_cpu`, tongket.cpuMsPerSubmission, 'ms/submission');
  run.figure(`${prefix}.ratio`, ratio, '%');
  run.figure(`${prefix}.with_reads`, withReads.submits.perS, '/s');
  run.figure(`${prefix}.with_reads_p50`, withReads.submits.p50, 'ms');
  run.figure(`${prefix}.with_reads_p99`, withReads.submits.p99, 'ms');
  run.figure(`${prefix}.with_reads_rss`, withReads.submits.peakKb / 1024, 'MB');
  for (const read of withReads.reads) {
    run.figure(`${prefix}.read_${read.name}`, read.count, 'reads');
    run.figure(`${prefix}.read_${read.name}_p50`, read.p50, 'ms');
    run.figure(`${prefix}.read_${read.name}_p99`, read.p99, 'ms');
  }
  run.figure(`${prefix}.read_errors`, readErrors, 'count');
  run.figure(`${prefix}.errors`, submitErrors, 'count');
  run.figure(`${prefix}.rows_submissions`, stored.rows, 'rows');
  run.figure(`${prefix}.rows_submissions_with_reads`, storedWithReads.rows, 'rows');
  run.figure(`${prefix}.rows_lost_or_altered`, tongketBad + withReadsBad + limit.bad, 'rows');
  const misses = [
    ...(label === 'sqlite' && ratio < TARGET_RATIO_PERCENT
      ? [`≥ ${TARGET_RATIO_PERCENT} % of the limit`]
      : []),
    ...(label === 'pg' && tongket.perS < TARGET_PG_PER_S ? [`≥ ${TARGET_PG_PER_S}/s`] : []),
    ...(tongket.p99 >= TARGET_P99_MS[label] ? [`p99 < ${TARGET_P99_MS[label]} ms`] : []),
    ...(label === 'sqlite' && tongket.peakKb / 1024 >= TARGET_RSS_MB ? [`RSS < ${TARGET_RSS_MB} MB`] : []),
    ...withReads.reads
      .filter((r) => !(r.p99 < TARGET_READ_P99_MS))
      .map((r) => `read_${r.name} p99 < ${TARGET_READ_P99_MS} ms during the spike`),
  ];
  if (misses.length > 0) run.progress(`${label} misses the target on 2 cores: ${misses.join(', ')}`);
  return submitErrors + readErrors + tongketBad + withReadsBad + limit.bad;
}

/**
 * Two tongket instances on one PostgreSQL, the way docs/production.md runs them: the same
 * DATABASE_URL and schema, the same DATA_DIR, different ports, started together on an empty
 * schema (so both run their start-up migrations at once). A fresh round of UNITS units: the officers
 * sign in on the first instance, open their task on the instance they will submit to (sessions live
 * in the database), and each instance takes half of the submissions over 25 connections (50 in
 * all, as one instance gets). The coordinator follows the round's live events on each instance:
 * each must hear of every submission, made through either instance (LISTEN/NOTIFY).
 */
async function measureTwoInstances(): Promise<number> {
  const database = run.trackDatabase(await createBenchDatabase('pg', 'tongket-bench-two'));
  const servers: ServerProcess[] = [];
  let figures: { perS: number; p50: number; p99: number; wallMs: number; cpuMs: number; failed: number };
  let spikes: SubmitRequests[];
  let eventsMissed = 0;
  let eventsMalformed = 0;
  let stored: StoredSubmissions;
  let campaignId: string;
  try {
    // Started together on the empty schema: both migrate at once (Kysely's migration lock).
    servers.push(...(await Promise.all([0, 1].map(() => startServer(run, REPO_ROOT, database)))));
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const { provinceId, units } = await prepareDatabase(run, database, UNITS);
    const prepared = await prepareRound(run, first.origin, provinceId, units);
    campaignId = prepared.round.campaignId;
    // Unit i submits to instance i % 2, with that instance's own Origin (the CSRF guard).
    spikes = servers.map((server, n) =>
      submitRequests(server.origin, {
        round: prepared.round,
        units: prepared.units.filter((_, i) => i % 2 === n),
      }),
    );
    await Promise.all(
      servers.map((server, n) => openEveryAssignment(server.origin, spikes[n] as SubmitRequests)),
    );
    const coordinator = await coordinatorSession(second.origin);
    const listeners = await Promise.all(
      servers.map((server) => listenToRound(server.origin, coordinator, campaignId)),
    );

    run.progress(
      `pg two instances: ${UNITS} submissions, ${spikes.map((x) => x.requests.length).join(' + ')} over ` +
        `${TWO_INSTANCE_CONNECTIONS} + ${TWO_INSTANCE_CONNECTIONS} connections`,
    );
    const cpuBefore = servers.map((server) => readProcCpuMs(server.pid));
    const started = performance.now();
    const loads = await Promise.all(
      servers.map((server, n) =>
        runLoad(server.origin, (spikes[n] as SubmitRequests).requests, {
          connections: TWO_INSTANCE_CONNECTIONS,
          timeoutMs: REQUEST_TIMEOUT_MS,
        }),
      ),
    );
    const wallMs = performance.now() - started;
    const cpuAfter = servers.map((server) => readProcCpuMs(server.pid));
    const cpuMs = servers.reduce((sum, server, n) => {
      const before = cpuBefore[n];
      const after = cpuAfter[n];
      if (before === undefined || after === undefined)
        throw new Error(`could not read the CPU time of server pid ${server.pid}`);
      return sum + (after - before);
    }, 0);
    const results = loads.flatMap((load) => load.results);
    const answered = results.filter((r) => r !== undefined);
    const failures = results.filter((r) => !is2xx(r));
    for (const failure of failures.slice(0, 5)) {
      run.progress(
        `pg two instances failed: ${failure ? `#${failure.index} HTTP ${failure.status} ${failure.error ?? ''} ${failure.failureBody ?? ''}` : 'never answered'}`,
      );
    }
    const latencies = answered.map((r) => r.latencyMs);
    figures = {
      perS: (answered.length - failures.length) / (wallMs / 1000),
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      wallMs,
      cpuMs: cpuMs / Math.max(1, answered.length),
      failed: failures.length,
    };
    run.progress(`pg two instances: ${UNITS} in ${(wallMs / 1000).toFixed(2)} s`);

    // Every acknowledged submission's event reaches both pages: wait for them (NOTIFY is asynchronous).
    const expected: string[] = [];
    for (const [n, load] of loads.entries()) {
      const units = (spikes[n] as SubmitRequests).units;
      for (const r of load.results)
        if (r && is2xx(r)) expected.push((units[r.index] as SignedInUnit).assignmentId);
    }
    const deadline = Date.now() + EVENTS_WAIT_MS;
    while (
      Date.now() < deadline &&
      listeners.some((listener) => expected.some((id) => !listener.submitted.has(id)))
    ) {
      await sleep(100);
    }
    for (const [n, listener] of listeners.entries()) {
      listener.close();
      const missed = expected.filter((id) => !listener.submitted.has(id)).length;
      if (missed > 0) run.progress(`pg two instances: the page on instance ${n + 1} missed ${missed} events`);
      eventsMissed += missed;
      eventsMalformed += listener.malformed;
    }

    for (const server of servers.splice(0)) {
      const code = await run.stopServer(server);
      if (code !== 0) throw new Error(`server pid ${server.pid} did not exit cleanly on SIGTERM (${code})`);
    }
    const sent = new Map(spikes.flatMap((x) => [...x.sent]));
    const db = database.open();
    stored = await readStoredSubmissions(db, campaignId, sent).finally(() => db.close());
  } finally {
    for (const server of servers) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
  const bad = badRows('pg two instances', stored);
  const prefix = 'submit.pg.two_instances';
  run.figure(prefix, figures.perS, '/s');
  run.figure(`${prefix}_p50`, figures.p50, 'ms');
  run.figure(`${prefix}_p99`, figures.p99, 'ms');
  run.figure(`${prefix}_cpu`, figures.cpuMs, 'ms/submission');
  run.figure(`${prefix}_errors`, figures.failed, 'count');
  run.figure(`${prefix}_rows_submissions`, stored.rows, 'rows');
  run.figure(`${prefix}_rows_lost_or_altered`, bad, 'rows');
  run.figure(`${prefix}_events_missed`, eventsMissed + eventsMalformed, 'events');
  return figures.failed + bad + eventsMissed + eventsMalformed;
}

async function main(): Promise<number> {
  const dialects = benchDialects();
  const cpus = os.cpus().length;
  run.comment(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1, 5, 15 min) at the start`,
  );
  run.comment(
    `tongket bench:submit — ${UNITS} units × (20 sections ≈1.5 KB + 30 indicators), ${CONNECTIONS} connections, ` +
      `node ${process.version}, ${cpus} CPU${cpus === 1 ? '' : 's'}, server and load generator on one host`,
  );
  let bad = 0;
  if (TWO_INSTANCES === 'only' && !dialects.includes('pg')) {
    throw new Error('BENCH_TWO_INSTANCES=only needs TEST_DATABASE_URL (two instances run on PostgreSQL)');
  }
  if (TWO_INSTANCES !== 'only') for (const label of dialects) bad += await measure(label);
  if (TWO_INSTANCES !== '0' && dialects.includes('pg')) bad += await measureTwoInstances();
  run.comment(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1, 5, 15 min) at the end`,
  );
  run.printFigures();
  if (bad > 0) run.progress(`${bad} failed requests or lost / altered rows`);
  return bad > 0 ? 1 : 0;
}

run.main(main);

/**
 * kill -9 in the middle of the deadline spike: no acknowledged submission may be lost.
 *
 *   npm run bench:crash
 *   BENCH_UNITS=300 npm run bench:crash
 *   TEST_DATABASE_URL=postgres://… npm run bench:crash     PostgreSQL as well (throwaway schema)
 *   BENCH_WATCHDOG_S=120 npm run bench:crash             give up after 120 s (default 600)
 *
 * Same setup as bench:submit with 600 units. The spike starts (50 connections); once 40 % of the
 * submissions have been answered 2xx the server process gets SIGKILL. Every 2xx is recorded (the
 * assignment ids). The server is started again on the same DATA_DIR (or schema), and each unit,
 * still signed in (sessions are server-side), opens its assignment: every acknowledged submission
 * must be there. Then the units whose request got no answer retry with the same Idempotency-Key,
 * as the web client does: those that landed anyway must get their first submission back, the rest
 * must go through — exactly one submission per unit in the end, as sent, in a database that passes
 * its integrity check.
 *
 * Prints `crash.*` figures (SQLite; `pg.crash.*` on PostgreSQL) on stdout, progress on stderr.
 * Exits non-zero on any lost acknowledged submission, duplicate, altered row or failed retry.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { benchDialects, createBenchDatabase } from './lib/bench-database.ts';
import { mapConcurrent } from './lib/bench-round.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import { readStoredSubmissions } from './lib/check-submissions.ts';
import { prepareDatabase, prepareRound, startServer, submitRequests } from './lib/deadline-spike.ts';
import { requestJson } from './lib/http-client.ts';
import { is2xx, type LoadResult, runLoad } from './lib/load-runner.ts';
import type { ServerProcess } from './lib/server-process.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const UNITS = intFromEnv('BENCH_UNITS', 600, 20, 20_000);
const CONNECTIONS = 50;
/** Kill once this share of the submissions has been acknowledged. */
const KILL_AFTER = 0.4;

const run = new BenchRun('bench:crash', intFromEnv('BENCH_WATCHDOG_S', 10 * 60, 5, 3600) * 1000);

async function crashOn(label: 'sqlite' | 'pg'): Promise<number> {
  const prefix = label === 'sqlite' ? 'crash' : 'pg.crash';
  const database = run.trackDatabase(await createBenchDatabase(label, 'tongket-bench-crash'));
  let server: ServerProcess | undefined;
  try {
    const { provinceId, units } = await prepareDatabase(run, database, UNITS);
    server = await startServer(run, REPO_ROOT, database);
    const first = server;
    const prepared = await prepareRound(run, first.origin, provinceId, units);
    const spike = submitRequests(first.origin, prepared);

    // The spike, and SIGKILL as soon as 40 % were acknowledged.
    const killAt = Math.ceil(UNITS * KILL_AFTER);
    let acknowledgedBeforeKill = 0;
    let killedAtMs: number | undefined;
    const t0 = performance.now();
    run.progress(
      `${label}: ${UNITS} submissions over ${CONNECTIONS} connections, SIGKILL after ${killAt} acknowledged`,
    );
    const load = await runLoad(first.origin, spike.requests, {
      connections: CONNECTIONS,
      timeoutMs: 30_000,
      onResult: (result: LoadResult) => {
        if (!is2xx(result) || killedAtMs !== undefined) return;
        if (++acknowledgedBeforeKill >= killAt) {
          first.child.kill('SIGKILL');
          killedAtMs = performance.now() - t0;
        }
      },
      stopped: () => killedAtMs !== undefined,
    });
    const exit = await first.exited;
    server = undefined;
    if (killedAtMs === undefined) throw new Error('the spike ended before the server was killed');
    if (exit !== 'SIGKILL') throw new Error(`the server ended with ${exit}, not by SIGKILL`);

    const answered = load.results.filter((r): r is LoadResult => r !== undefined);
    // Every 2xx counts, including answers already on their way when the kill was sent.
    const acknowledged = new Set(answered.filter(is2xx).map((r) => r.index));
    const refused = answered.filter((r) => r.status !== 0 && !is2xx(r));
    const unanswered = answered.filter((r) => r.status === 0);
    for (const r of refused.slice(0, 5)) {
      run.progress(`refused before the kill: #${r.index} HTTP ${r.status} ${r.failureBody ?? ''}`);
    }
    run.progress(
      `${label}: killed at ${Math.round(killedAtMs)} ms; ${acknowledged.size} acknowledged, ${unanswered.length} in flight ` +
        `(no answer), ${refused.length} refused, ${load.notSent} not sent`,
    );

    // Restart on the same data; the officers' sessions survive in the database.
    server = await startServer(run, REPO_ROOT, database);
    const second = server;
    const landed = await mapConcurrent(spike.units, 16, async (unit) => {
      const page = await requestJson(second.origin, 'GET', `/api/v1/assignments/${unit.assignmentId}`, {
        cookie: unit.cookie,
      });
      if (page.status !== 200) throw new Error(`GET assignment of ${unit.username}: HTTP ${page.status}`);
      return page.json.assignment.status === 'submitted' && page.json.submissions.length >= 1;
    });
    let found = 0;
    let landedUnacknowledged = 0;
    const lostUnits: string[] = [];
    landed.forEach((there, i) => {
      if (acknowledged.has(i)) {
        if (there) found++;
        else lostUnits.push(spike.units[i]?.username ?? String(i));
      } else if (there) landedUnacknowledged++;
    });
    if (lostUnits.length > 0)
      run.progress(`LOST acknowledged submissions: ${lostUnits.slice(0, 20).join(', ')}`);

    // Every unit without an answer tries again with the same Idempotency-Key.
    const retries = spike.requests
      .map((request, index) => ({ request, index }))
      .filter((r) => !acknowledged.has(r.index));
    const retry = await runLoad(
      second.origin,
      // The restarted server listens on another port: the CSRF guard wants its own origin.
      retries.map(({ request }) => ({ ...request, headers: { ...request.headers, origin: second.origin } })),
      { connections: CONNECTIONS, timeoutMs: 30_000 },
    );
    const retryFailures = retry.results.filter((r) => !is2xx(r));
    for (const r of retryFailures.slice(0, 5)) {
      run.progress(`retry failed: HTTP ${r?.status} ${r?.error ?? ''} ${r?.failureBody ?? ''}`);
    }
    const code = await run.stopServer(second);
    server = undefined;
    if (code !== 0) throw new Error(`the restarted server did not exit cleanly on SIGTERM (${code})`);

    const db = database.open();
    let stored: Awaited<ReturnType<typeof readStoredSubmissions>>;
    let integrity = 'ok';
    try {
      stored = await readStoredSubmissions(db, prepared.round.campaignId, spike.sent);
      if (database.dialect === 'sqlite') {
        const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db.kysely);
        integrity = check.rows.map((r) => r.integrity_check).join('; ');
      }
    } finally {
      await db.close();
    }
    if (stored.firstMismatch) run.progress(`stored content differs: ${stored.firstMismatch}`);
    if (integrity !== 'ok') run.progress(`integrity_check: ${integrity}`);

    run.figure(`${prefix}.units`, UNITS, 'count');
    run.figure(`${prefix}.acknowledged`, acknowledged.size, 'count');
    run.figure(`${prefix}.found`, found, 'count');
    run.figure(`${prefix}.lost`, acknowledged.size - found, 'count');
    run.figure(`${prefix}.unacknowledged_in_flight`, unanswered.length, 'count');
    run.figure(`${prefix}.unacknowledged_landed`, landedUnacknowledged, 'count');
    run.figure(`${prefix}.refused_before_kill`, refused.length, 'count');
    run.figure(`${prefix}.retried`, retries.length, 'count');
    run.figure(`${prefix}.retry_errors`, retryFailures.length, 'count');
    run.figure(`${prefix}.rows_after_retry`, stored.rows, 'rows');
    const duplicates = stored.rows - stored.assignments.size;
    run.figure(`${prefix}.duplicates`, duplicates, 'rows');
    run.figure(`${prefix}.mismatched`, stored.mismatched, 'rows');
    if (database.dialect === 'sqlite')
      run.figure(`${prefix}.integrity_ok`, integrity === 'ok' ? 1 : 0, 'bool');

    return (
      acknowledged.size -
      found +
      refused.length +
      retryFailures.length +
      duplicates +
      stored.mismatched +
      Math.abs(stored.rows - UNITS) +
      (integrity === 'ok' ? 0 : 1)
    );
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
}

async function main(): Promise<number> {
  run.comment(
    `tongket bench:crash — ${UNITS} units, ${CONNECTIONS} connections, SIGKILL after ${KILL_AFTER * 100} % acknowledged, node ${process.version}`,
  );
  let bad = 0;
  for (const label of benchDialects()) bad += await crashOn(label);
  run.printFigures();
  if (bad > 0) run.progress(`${bad} problems: lost, duplicated or altered submissions, or failed requests`);
  return bad > 0 ? 1 : 0;
}

run.main(main);

/**
 * HTTP benchmark of the unit tree on a national-scale organisation (~7,000 units): the full tree
 * (cached, gzip) and diacritic-insensitive search, under 50 concurrent browser-like clients.
 *
 *   npm run bench:http                     10 s per run
 *   BENCH_DURATION=3 npm run bench:http    a quick run
 *
 * Prints one `name: value unit` figure per line on stdout; progress and the server's own
 * output go to stderr. Exits non-zero when anything fails, including any non-2xx answer.
 */
import os from 'node:os';
import path from 'node:path';
import autocannon, { type AutocannonClient, type AutocannonResult } from 'autocannon';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { seedDemo } from '../apps/server/src/demo/seed-demo.ts';
import { sqliteBenchDatabase } from './lib/bench-database.ts';
import { BenchRun } from './lib/bench-run.ts';
import { getRaw, login } from './lib/http-client.ts';
import { insertNationalUnits, NATIONAL_READER } from './lib/national-units.ts';
import {
  freePort,
  RssSampler,
  readProcStatusKb,
  type ServerProcess,
  startServerProcess,
  waitForHealthy,
} from './lib/server-process.ts';

const CONNECTIONS = 50;
const DURATION_S = durationFromEnv(process.env.BENCH_DURATION, 10);
/** What people type into the unit picker: a department, a ward, a commune, a force. */
const SEARCH_QUERIES = ['so y te', 'phuong 1', 'xa tan lap', 'cong an'];
const REPO_ROOT = path.resolve(import.meta.dirname, '..');
/** Start-up, seeding and shutdown get two minutes on top of the load runs, then we give up. */
const WATCHDOG_MS = 120_000 + 2 * DURATION_S * 1000 * 1.5;

function durationFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) {
    throw new Error(`BENCH_DURATION must be a number of seconds between 0 and 600, got "${value}"`);
  }
  return n;
}

/** Figures are collected, then printed together once the server stopped cleanly: a failure part-way leaves no half table. */
const run = new BenchRun('bench:http', WATCHDOG_MS);

interface UnitListBody {
  items: Array<{ id: string; name: string; matched?: boolean }>;
  total: number;
}

async function prepareDatabase(dataDir: string): Promise<number> {
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    await migrateToLatest(db);
    await seedDemo(db.kysely);
    const started = performance.now();
    const inserted = await insertNationalUnits(db);
    run.progress(`inserted ${inserted} national units in ${Math.round(performance.now() - started)} ms`);
    const row = await db.kysely
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.close();
  }
}

/** One request per endpoint before the load: the answers must be right, or the figures mean nothing. */
async function checkResponses(origin: string, headers: Record<string, string>, units: number) {
  const list = await getRaw(`${origin}/api/v1/units`, headers);
  if (list.status !== 200) throw new Error(`GET /api/v1/units answered ${list.status}`);
  if (list.headers['content-encoding'] !== 'gzip') run.progress('warning: the unit tree was not sent gzip');
  const tree = JSON.parse(list.body.toString('utf8')) as UnitListBody;
  if (tree.total !== units || tree.items.length !== units) {
    throw new Error(
      `GET /api/v1/units listed ${tree.items.length} units (total ${tree.total}), expected ${units}`,
    );
  }
  run.progress(`tree: ${tree.total} units, ${list.wire.length} bytes on the wire (${list.body.length} JSON)`);

  const searchBytes: number[] = [];
  for (const query of SEARCH_QUERIES) {
    const found = await getRaw(`${origin}/api/v1/units?q=${encodeURIComponent(query)}`, headers);
    if (found.status !== 200) throw new Error(`search "${query}" answered ${found.status}`);
    const result = JSON.parse(found.body.toString('utf8')) as UnitListBody;
    const matched = result.items.filter((item) => item.matched);
    if (matched.length === 0)
      throw new Error(`search "${query}" found nothing: the benchmark would be hollow`);
    run.progress(
      `search "${query}": ${matched.length} matches + ${result.items.length - matched.length} ancestors, ` +
        `${found.wire.length} bytes${found.headers['content-encoding'] === 'gzip' ? ' gzip' : ''}, ` +
        `e.g. ${matched
          .slice(0, 3)
          .map((item) => item.name)
          .join('; ')}`,
    );
    searchBytes.push(found.wire.length);
  }
  return {
    listBytes: list.wire.length,
    searchBytes: searchBytes.reduce((a, b) => a + b, 0) / searchBytes.length,
  };
}

/**
 * autocannon appends every body chunk to a string (`body += chunk`) so that `expectBody` can
 * compare it. For a 200 KB gzip tree that UTF-8 decoding costs the load generator more CPU than
 * the server spends answering, so on two cores it measured autocannon, not tongket. Nothing here
 * checks bodies under load (checkResponses did, once), so the accumulation is switched off.
 */
function discardBodies(client: AutocannonClient): void {
  client.pipelinedRequests.addBody = () => {};
}

function errorCount(result: AutocannonResult): number {
  return result.errors + result.timeouts + result.non2xx + result.mismatches;
}

function report(prefix: string, result: AutocannonResult, bytes: number): number {
  const errors = errorCount(result);
  run.figure(`${prefix}_req_per_s`, result.requests.average, 'req/s');
  run.figure(`${prefix}_p50`, result.latency.p50, 'ms');
  run.figure(`${prefix}_p99`, result.latency.p99, 'ms');
  run.figure(`${prefix}_errors`, errors, 'count');
  run.figure(`${prefix}_bytes`, bytes, 'bytes');
  if (errors > 0) {
    run.progress(
      `${prefix}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx ` +
        `(${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  return errors;
}

async function main(): Promise<number> {
  const database = run.trackDatabase(sqliteBenchDatabase('tongket-bench'));
  let server: ServerProcess | undefined;
  try {
    const units = await prepareDatabase(database.dataDir);

    server = run.track(startServerProcess(REPO_ROOT, database.dataDir, await freePort()));
    await waitForHealthy(server, 60_000);
    run.progress(`server pid ${server.pid} at ${server.origin}`);

    // The system administrator: a province's people see their own province, not the national tree.
    const cookie = await login(server.origin, NATIONAL_READER, 'tongket-demo');
    // What a signed-in browser sends with every API call.
    const headers = { cookie, 'accept-encoding': 'gzip' };
    const sizes = await checkResponses(server.origin, headers, units);

    const rss = new RssSampler(server.pid);
    rss.start();
    run.progress(`GET /api/v1/units: ${CONNECTIONS} connections for ${DURATION_S} s`);
    const list = await autocannon({
      url: `${server.origin}/api/v1/units`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers,
      setupClient: discardBodies,
    });
    run.progress(
      `GET /api/v1/units?q= (${SEARCH_QUERIES.join(' | ')} in turn): ${CONNECTIONS} connections for ${DURATION_S} s`,
    );
    const search = await autocannon({
      url: server.origin,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers,
      setupClient: discardBodies,
      requests: SEARCH_QUERIES.map((query) => ({
        method: 'GET',
        path: `/api/v1/units?q=${encodeURIComponent(query)}`,
      })),
    });
    rss.stop();
    const rssKb = rss.medianKb();
    const peakKb = readProcStatusKb(server.pid, 'VmHWM');
    if (rssKb === undefined || peakKb === undefined) {
      const gone = server.child.exitCode ?? server.child.signalCode;
      throw new Error(
        gone === null
          ? `could not read the server memory from /proc/${server.pid}/status (${rss.count} samples)`
          : `the server exited during the load (${gone})`,
      );
    }

    const cpus = os.cpus().length;
    run.comment(
      `tongket bench:http — ${units} units, ${CONNECTIONS} connections, ${DURATION_S} s per run, ` +
        `node ${process.version}, ${cpus} CPU${cpus === 1 ? '' : 's'}, SQLite, server and load generator on one host`,
    );
    run.figure('units', units, 'count');
    const errors =
      report('units_list', list, sizes.listBytes) + report('units_search', search, sizes.searchBytes);
    run.figure('server_rss', rssKb / 1024, 'MB');
    run.figure('server_peak_rss', peakKb / 1024, 'MB');

    const code = await run.stopServer(server, 10_000);
    server = undefined;
    if (code !== 0) throw new Error(`the server did not exit cleanly on SIGTERM (${code})`);
    run.printFigures();
    if (errors > 0) {
      run.progress(`${errors} failed requests`);
      return 1;
    }
    return 0;
  } finally {
    // On the failure path: still a graceful stop (SIGKILL after 10 s), never a leftover process.
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
}

run.main(main);

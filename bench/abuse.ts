/**
 * Hostile uploads during the deadline spike: half of the units submit their reports on a quiet
 * server (the baseline), then the other half submit while every hostile file of the test suite's
 * generator (zip bombs, entity bombs, encrypted and disguised files, 100,000-row workbooks, odd
 * names) is uploaded three times in parallel to every upload endpoint, each as a role allowed
 * there. On the embedded SQLite, against the real server process.
 *
 *   npm run bench:abuse
 *   BENCH_UNITS=300 npm run bench:abuse     a quicker run
 *
 * Prints: crashes (target 0), peak server RSS (target < 400 MB), the longest event-loop stall
 * while the uploads ran (target < 100 ms; measured inside the server process), the spike's p99
 * with and without the uploads and their ratio (target ≤ 1.5), and how the uploads were answered.
 */
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_FILES } from '../apps/server/test/hostile-files.ts';
import { createBenchDatabase } from './lib/bench-database.ts';
import { mapConcurrent } from './lib/bench-round.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import { prepareDatabase, prepareRound, startServer, submitRequests } from './lib/deadline-spike.ts';
import { login, requestJson } from './lib/http-client.ts';
import { is2xx, type LoadRequest, quantile, runLoad } from './lib/load-runner.ts';
import { RssSampler, readProcStatusKb, type ServerProcess } from './lib/server-process.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const UNITS = intFromEnv('BENCH_UNITS', 600, 20, 10_000);
const CONNECTIONS = 50;
const COPIES = 3;
const DEMO_PASSWORD = 'tongket-demo';

const run = new BenchRun('bench:abuse', intFromEnv('BENCH_WATCHDOG_S', 15 * 60, 5, 3600) * 1000);

interface Target {
  route: string;
  url: string;
  cookie: string;
}

/** The longest event-loop delay the server reported per second, with when it was read. */
function watchLoop(server: ServerProcess): Array<{ at: number; maxMs: number }> {
  const seen: Array<{ at: number; maxMs: number }> = [];
  let pending = '';
  server.child.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /\[loop\] max_ms=([\d.]+)/.exec(line);
      if (m) seen.push({ at: performance.now(), maxMs: Number(m[1]) });
    }
  });
  return seen;
}

const longestBetween = (seen: Array<{ at: number; maxMs: number }>, from: number, to: number) =>
  Math.max(0, ...seen.filter((s) => s.at >= from && s.at <= to + 1000).map((s) => s.maxMs));

async function upload(origin: string, target: Target, name: string, bytes: Buffer): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  try {
    const res = await fetch(`${origin}${target.url}`, {
      method: 'POST',
      headers: { cookie: target.cookie, origin },
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

async function spike(origin: string, requests: LoadRequest[]) {
  const load = await runLoad(origin, requests, { connections: CONNECTIONS, timeoutMs: 60_000 });
  const answered = load.results.filter((r) => r !== undefined);
  return {
    p99: quantile(
      answered.map((r) => r.latencyMs),
      0.99,
    ),
    failed: load.results.filter((r) => !is2xx(r)).length,
    perS: answered.length / (load.wallMs / 1000),
  };
}

async function main(): Promise<number> {
  const cpus = os.cpus().length;
  run.comment(
    `tongket bench:abuse — ${UNITS} units, ${HOSTILE_FILES.length} hostile files × ${COPIES} in parallel per upload endpoint, ` +
      `node ${process.version}, ${cpus} CPU${cpus === 1 ? '' : 's'}, SQLite`,
  );
  const database = run.trackDatabase(await createBenchDatabase('sqlite', 'tongket-bench-abuse'));
  let server: ServerProcess | undefined;
  try {
    const { provinceId, units } = await prepareDatabase(run, database, UNITS + 1);
    server = await startServer(run, REPO_ROOT, database, {
      nodeArgs: ['--import', path.join(REPO_ROOT, 'bench/lib/loop-monitor.mjs')],
    });
    const loop = watchLoop(server);
    const origin = server.origin;
    const prepared = await prepareRound(run, origin, provinceId, units);
    const all = submitRequests(origin, prepared);
    // The last unit does not submit: its report is where the Word and attachment uploads go.
    const uploader = all.units[all.units.length - 1];
    if (!uploader) throw new Error('no units');
    const half = Math.floor((all.requests.length - 1) / 2);
    const quiet = all.requests.slice(0, half);
    const busy = all.requests.slice(half, all.requests.length - 1);

    const admin = await login(origin, 'admin', DEMO_PASSWORD);
    const syt = await login(origin, 'syt', DEMO_PASSWORD);
    const rounds = await requestJson(origin, 'GET', '/api/v1/campaigns', { cookie: syt });
    const plan = rounds.json.items.find((c: { reference: string }) => c.reference === '2519/KH-UBND');
    if (!plan) throw new Error('the demo round 2519/KH-UBND is missing');
    const targets: Target[] = [
      { route: 'units/import', url: '/api/v1/units/import', cookie: admin },
      {
        route: 'delegates/import',
        url: `/api/v1/campaigns/${plan.id}/conference/delegates/import`,
        cookie: syt,
      },
      {
        route: 'import-docx',
        url: `/api/v1/assignments/${uploader.assignmentId}/import-docx`,
        cookie: uploader.cookie,
      },
      {
        route: 'attachments',
        url: `/api/v1/assignments/${uploader.assignmentId}/attachments`,
        cookie: uploader.cookie,
      },
    ];

    const rss = new RssSampler(server.pid, 50);
    rss.start();
    run.progress(`baseline: ${quiet.length} submissions, no uploads`);
    let started = performance.now();
    const baseline = await spike(origin, quiet);
    const baselineStall = longestBetween(loop, started, performance.now());

    run.progress(
      `with uploads: ${busy.length} submissions while ${targets.length} endpoints get every hostile file`,
    );
    started = performance.now();
    const statuses: number[] = [];
    const [withUploads] = await Promise.all([
      spike(origin, busy),
      mapConcurrent(targets, targets.length, async (target) => {
        for (const file of HOSTILE_FILES) {
          const answers = await Promise.all(
            Array.from({ length: COPIES }, () => upload(origin, target, file.fileName, file.bytes)),
          );
          statuses.push(...answers);
        }
      }),
    ]);
    const abuseStall = longestBetween(loop, started, performance.now());
    rss.stop();
    const peakKb = Math.max(rss.maxKb() ?? 0, readProcStatusKb(server.pid, 'VmRSS') ?? 0);

    const health = await requestJson(origin, 'GET', '/healthz', {}).catch(() => ({ status: 0 }));
    const alive = health.status === 200 && server.child.exitCode === null;
    run.figure('abuse.crashes', alive ? 0 : 1, 'count');
    run.figure('abuse.peak_rss_mb', peakKb / 1024, 'MB');
    run.figure('abuse.loop_stall_max_ms', abuseStall, 'ms');
    run.figure('abuse.loop_stall_baseline_ms', baselineStall, 'ms');
    run.figure('abuse.spike_p99_baseline_ms', baseline.p99, 'ms');
    run.figure('abuse.spike_p99_with_uploads_ms', withUploads.p99, 'ms');
    run.figure('abuse.spike_p99_ratio', withUploads.p99 / baseline.p99, 'x');
    run.figure('abuse.spike_errors', baseline.failed + withUploads.failed, 'count');
    run.figure('abuse.uploads', statuses.length, 'count');
    run.figure('abuse.uploads_4xx', statuses.filter((s) => s >= 400 && s < 500).length, 'count');
    run.figure('abuse.uploads_kept', statuses.filter((s) => s >= 200 && s < 300).length, 'count');
    run.figure('abuse.uploads_5xx_or_none', statuses.filter((s) => s >= 500 || s === 0).length, 'count');
    const bad = (alive ? 0 : 1) + baseline.failed + withUploads.failed;
    const code = await run.stopServer(server);
    server = undefined;
    if (code !== 0) run.progress(`the server did not exit cleanly on SIGTERM (${code})`);
    return bad > 0 ? 1 : 0;
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
}

main()
  .then(
    (code) => {
      run.printFigures();
      process.exitCode = code;
    },
    (err: unknown) => {
      run.progress(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 1;
    },
  )
  .finally(async () => {
    await run.cleanup();
    run.finish();
  });

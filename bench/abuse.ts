/**
 * Hostile uploads during the deadline spike: after a warm-up of 50 other units, half of the units
 * submit their reports on a quiet server (the baseline), then the other half submit while every
 * hostile file of the test suite's generator (zip bombs, entity bombs, encrypted and disguised
 * files, 100,000-row workbooks, odd names) is uploaded three times in parallel to every upload
 * endpoint, each as a role allowed there. On the embedded SQLite, against the real server process.
 *
 *   npm run bench:abuse
 *   BENCH_UNITS=300 npm run bench:abuse     a quicker run
 *
 * Prints: crashes (target 0), peak server RSS (target < 400 MB), the longest event-loop stall
 * while the uploads ran (target < 100 ms; measured inside the server process), also once the spike
 * was over (the uploads alone) and without uploads, each with the part of it the server's thread
 * spent on a CPU (`_own`: its own work, not waiting for a CPU that other processes held), the
 * spike's p99 with and without the uploads and their ratio (target ≤ 1.5), and how the uploads
 * were answered.
 *
 * The load generator shares this process with the uploads' client, so the client's own work is
 * kept small: the hostile files and their multipart bodies are made before any clock starts, and
 * sent with node:http as they are.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
/** Units that submit before anything is measured, beside the `UNITS` that are. */
const WARM_UP = 50;
const COPIES = 3;
const DEMO_PASSWORD = 'tongket-demo';

const run = new BenchRun('bench:abuse', intFromEnv('BENCH_WATCHDOG_S', 15 * 60, 5, 3600) * 1000);

interface Target {
  route: string;
  url: string;
  cookie: string;
}

/**
 * What the server reported about one second of its event loop, with when it was read: the longest
 * delay, and of such a delay the time its thread was on a CPU (its own work, not waiting for a CPU
 * other processes held); NaN where /proc does not say.
 */
interface LoopReport {
  at: number;
  maxMs: number;
  ownMs: number;
}

function watchLoop(server: ServerProcess): LoopReport[] {
  const seen: LoopReport[] = [];
  let pending = '';
  server.child.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /\[loop\] max_ms=([\d.]+)(?: own_ms=([\d.]+))?/.exec(line);
      if (m)
        seen.push({ at: performance.now(), maxMs: Number(m[1]), ownMs: m[2] ? Number(m[2]) : Number.NaN });
    }
  });
  return seen;
}

/** How long after a second of the server's loop its report may arrive here. */
const LOOP_REPORT_MS = 1200;

/** The longest stall, and the longest of its own work, in the reports about the seconds from `from` to `to`. */
function longestBetween(seen: readonly LoopReport[], from: number, to: number) {
  const reports = seen.filter((s) => s.at >= from && s.at <= to + LOOP_REPORT_MS);
  return {
    stall: Math.max(0, ...reports.map((s) => s.maxMs)),
    own: Math.max(0, ...reports.map((s) => s.ownMs)),
  };
}

/** A multipart/form-data body with one file in the field "file", made once and sent as it is. */
interface Multipart {
  contentType: string;
  body: Buffer;
}

function multipartOf(name: string, bytes: Buffer): Multipart {
  const boundary = `----tongket-bench-${randomBytes(12).toString('hex')}`;
  // A browser escapes quotes and line breaks in the file name so; the rest goes as UTF-8.
  const quoted = name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

/** The answer's status, or 0 when none came within two minutes. */
function upload(origin: string, target: Target, file: Multipart): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      `${origin}${target.url}`,
      {
        method: 'POST',
        headers: {
          cookie: target.cookie,
          origin,
          'content-type': file.contentType,
          'content-length': file.body.length,
        },
        timeout: 120_000,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => resolve(0));
    request.end(file.body);
  });
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
  let bad: number;
  try {
    const { provinceId, units } = await prepareDatabase(run, database, WARM_UP + UNITS + 1);
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
    const warmUp = all.requests.slice(0, WARM_UP);
    const measured = all.requests.slice(WARM_UP, all.requests.length - 1);
    const half = Math.floor(measured.length / 2);
    const quiet = measured.slice(0, half);
    const busy = measured.slice(half);

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

    // Made before any clock starts: building them costs this process about a second of CPU, which
    // would otherwise be counted as the spike's latency.
    let started = performance.now();
    const bodies = HOSTILE_FILES.map((file) => multipartOf(file.fileName, file.bytes));
    run.progress(
      `${bodies.length} hostile files made (${(bodies.reduce((n, b) => n + b.body.length, 0) / 1024 / 1024).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`,
    );

    // The first requests of a fresh process run code not yet compiled: both spikes are measured after.
    const warm = await spike(origin, warmUp);
    run.progress(`warm-up: ${warmUp.length} submissions, p99 ${Math.round(warm.p99)} ms`);
    await sleep(LOOP_REPORT_MS);

    const rss = new RssSampler(server.pid, 50);
    rss.start();
    run.progress(`baseline: ${quiet.length} submissions, no uploads`);
    started = performance.now();
    const baseline = await spike(origin, quiet);
    let ended = performance.now();
    // The server reports its loop once a second: wait for the baseline's last report, so that it is
    // counted here and not as the uploads'.
    await sleep(LOOP_REPORT_MS);
    const baselineStall = longestBetween(loop, started, ended);

    run.progress(
      `with uploads: ${busy.length} submissions while ${targets.length} endpoints get every hostile file`,
    );
    started = performance.now();
    let spikeEnded = Number.POSITIVE_INFINITY;
    const statuses: number[] = [];
    const [withUploads] = await Promise.all([
      spike(origin, busy).finally(() => {
        spikeEnded = performance.now();
      }),
      mapConcurrent(targets, targets.length, async (target) => {
        for (const body of bodies) {
          const answers = await Promise.all(
            Array.from({ length: COPIES }, () => upload(origin, target, body)),
          );
          statuses.push(...answers);
        }
      }),
    ]);
    ended = performance.now();
    await sleep(LOOP_REPORT_MS);
    const abuseStall = longestBetween(loop, started, ended);
    // Whole seconds that began after the spike's last answer: the uploads alone.
    const uploadsOnlyStall = longestBetween(loop, spikeEnded + LOOP_REPORT_MS, ended);
    rss.stop();
    const peakKb = Math.max(rss.maxKb() ?? 0, readProcStatusKb(server.pid, 'VmRSS') ?? 0);

    const health = await requestJson(origin, 'GET', '/healthz', {}).catch(() => ({ status: 0 }));
    const alive = health.status === 200 && server.child.exitCode === null;
    run.figure('abuse.crashes', alive ? 0 : 1, 'count');
    run.figure('abuse.peak_rss_mb', peakKb / 1024, 'MB');
    run.figure('abuse.loop_stall_max_ms', abuseStall.stall, 'ms');
    run.figure('abuse.loop_stall_own_ms', abuseStall.own, 'ms');
    run.figure('abuse.loop_stall_after_spike_ms', uploadsOnlyStall.stall, 'ms');
    run.figure('abuse.loop_stall_after_spike_own_ms', uploadsOnlyStall.own, 'ms');
    run.figure('abuse.loop_stall_baseline_ms', baselineStall.stall, 'ms');
    run.figure('abuse.loop_stall_baseline_own_ms', baselineStall.own, 'ms');
    run.figure('abuse.spike_p99_baseline_ms', baseline.p99, 'ms');
    run.figure('abuse.spike_p99_with_uploads_ms', withUploads.p99, 'ms');
    run.figure('abuse.spike_p99_ratio', withUploads.p99 / baseline.p99, 'x');
    run.figure('abuse.spike_errors', warm.failed + baseline.failed + withUploads.failed, 'count');
    run.figure('abuse.uploads', statuses.length, 'count');
    run.figure('abuse.uploads_4xx', statuses.filter((s) => s >= 400 && s < 500).length, 'count');
    run.figure('abuse.uploads_kept', statuses.filter((s) => s >= 200 && s < 300).length, 'count');
    run.figure('abuse.uploads_5xx_or_none', statuses.filter((s) => s >= 500 || s === 0).length, 'count');
    // Which answers they were: a 503 is the parsers' queue being full (upload_busy, with Retry-After),
    // a 0 no answer within two minutes.
    const byStatus = new Map<number, number>();
    for (const s of statuses) byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
    run.progress(
      `uploads by status: ${[...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s === 0 ? 'none' : s}×${n}`)
        .join(', ')}`,
    );
    bad = (alive ? 0 : 1) + warm.failed + baseline.failed + withUploads.failed;
    const code = await run.stopServer(server);
    server = undefined;
    if (code !== 0) run.progress(`the server did not exit cleanly on SIGTERM (${code})`);
  } finally {
    if (server) await run.stopServer(server, 10_000);
    await run.dropDatabase(database);
  }
  run.printFigures();
  return bad > 0 ? 1 : 0;
}

run.main(main);

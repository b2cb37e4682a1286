import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const BENCH_HOST = '127.0.0.1';

/** A process a benchmark started, which it stops on every path (the server, a CLI command). */
export interface ChildRun {
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit code (or signal name) once the process has gone. */
  exited: Promise<number | string>;
}

/** The server under test, run as its own process exactly as `npm run serve` runs it. */
export interface ServerProcess extends ChildRun {
  origin: string;
}

/** A port nothing listens on right now: the kernel picks it, we release it, the server takes it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, BENCH_HOST, () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

export interface ServerProcessOptions {
  /**
   * Extra environment for the server, over the defaults: e.g. DATABASE_URL and PGOPTIONS to run
   * it on PostgreSQL (the default is the embedded SQLite in dataDir).
   */
  env?: Record<string, string>;
  /** Extra node flags before the entry point, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeArgs?: string[];
  /**
   * Another server to run the same way, relative to the repository (default: tongket's,
   * apps/server/src/main.ts); bench:submit runs its limit server, bench/lib/limit-server.ts.
   */
  entry?: string;
}

export function startServerProcess(
  repoRoot: string,
  dataDir: string,
  port: number,
  options: ServerProcessOptions = {},
): ServerProcess {
  // The heap `npm run serve` gives the server (HEAP_MB, default 512 MB, and its young generation),
  // so figures are the server's.
  const heap = `--max-old-space-size=${process.env.HEAP_MB || 512}`;
  const entry = options.entry ?? path.join('apps/server/src/main.ts');
  const args = [heap, '--max-semi-space-size=8', ...(options.nodeArgs ?? []), '--import', 'tsx', entry];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: BENCH_HOST,
      LOG_LEVEL: 'warn',
      DEMO: '0',
      DATABASE_URL: '',
      ...options.env,
    },
    // The server's own output goes to our stderr, so stdout carries only the figures.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(process.stderr);
  child.stderr?.pipe(process.stderr);
  if (child.pid === undefined) throw new Error('the server process could not be spawned');
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { child, pid: child.pid, origin: `http://${BENCH_HOST}:${port}`, exited };
}

/** Polls /healthz until it answers ok; fails early if the process dies, or after `timeoutMs`. */
export async function waitForHealthy(server: ServerProcess, timeoutMs: number): Promise<void> {
  let died: number | string | undefined;
  void server.exited.then((code) => {
    died = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (died !== undefined) throw new Error(`the server exited during start-up (${died})`);
    try {
      const response = await fetch(`${server.origin}/healthz`, { signal: AbortSignal.timeout(1000) });
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopServerProcess(server: ChildRun, graceMs: number): Promise<number | string> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  try {
    return await server.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads one field of /proc/<pid>/status (VmRSS, VmHWM) in kibibytes. */
export function readProcStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match ? Number(match[1]) : undefined;
}

/**
 * The CPU time a process has used so far (user + system, all its threads), in ms, from
 * /proc/<pid>/stat; undefined where Linux's /proc is missing. Unlike the wall clock it hardly
 * depends on what else the machine runs, so it compares two versions on a shared machine.
 */
export function readProcCpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces, hence the last ")"): utime is the 12th, stime the 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  // Clock ticks are 1/100 s on Linux (USER_HZ).
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}

/** Samples the resident set size of a process at a fixed interval while load runs. */
export class RssSampler {
  private readonly samplesKb: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 200,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => {
      const kb = readProcStatusKb(this.pid, 'VmRSS');
      if (kb !== undefined) this.samplesKb.push(kb);
    }, this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The median sample: the resident size the server holds under load, not one spike. */
  medianKb(): number | undefined {
    if (this.samplesKb.length === 0) return undefined;
    const sorted = [...this.samplesKb].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  /** The largest sample: the peak resident size while the sampler ran. */
  maxKb(): number | undefined {
    if (this.samplesKb.length === 0) return undefined;
    return this.samplesKb.reduce((a, b) => Math.max(a, b));
  }

  get count(): number {
    return this.samplesKb.length;
  }
}

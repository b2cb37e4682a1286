import fs from 'node:fs';
import type { BenchDatabase } from './bench-database.ts';
import { type ChildRun, stopServerProcess } from './server-process.ts';

/** A whole number from the environment, or `fallback` when unset; anything else is refused. */
export function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/**
 * What every benchmark run needs around its measurements: the process's main (`main`), progress on
 * stderr, figures printed together at the end on stdout, and cleanup on every path — the normal
 * end, a thrown error, a watchdog that fires when something hangs, and Ctrl-C. Server processes
 * are always stopped (SIGKILL on the emergency paths) and every data directory and PostgreSQL
 * schema removed. A benchmark that runs in its own process alone may go without a watchdog.
 */
export class BenchRun {
  private readonly figures: string[] = [];
  private readonly servers = new Set<ChildRun>();
  private readonly databases = new Set<BenchDatabase>();
  private readonly watchdog: NodeJS.Timeout | undefined;
  private readonly interrupt = () => void this.emergency('interrupted', 130);

  constructor(
    readonly name: string,
    readonly watchdogMs?: number,
  ) {
    if (watchdogMs !== undefined) {
      this.watchdog = setTimeout(
        () => void this.emergency(`gave up after ${Math.round(watchdogMs / 1000)} s (watchdog)`, 1),
        watchdogMs,
      );
    }
    process.once('SIGINT', this.interrupt);
    process.once('SIGTERM', this.interrupt);
  }

  /**
   * Runs the benchmark: what `body` answers is the process's exit code; a failure is reported on
   * stderr and exits 1. On either path what the run started is then stopped and removed. Printing
   * the figures is the body's own choice (`printFigures`), as is what it prints when it fails.
   */
  main(body: () => Promise<number>): void {
    body()
      .then(
        (code) => {
          process.exitCode = code;
        },
        (err: unknown) => {
          this.progress(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          process.exitCode = 1;
        },
      )
      .finally(async () => {
        await this.cleanup();
        this.finish();
      });
  }

  progress(message: string): void {
    process.stderr.write(`[${this.name}] ${message}\n`);
  }

  figure(name: string, value: number, unit: string): void {
    const shown =
      Number.isInteger(value) || Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
    this.figures.push(`${name}: ${shown} ${unit}`);
  }

  comment(line: string): void {
    this.figures.push(`# ${line}`);
  }

  printFigures(): void {
    if (this.figures.length > 0) process.stdout.write(`${this.figures.join('\n')}\n`);
    this.figures.length = 0;
  }

  /** A server or another child process (a CLI command), stopped on every path. */
  track<T extends ChildRun>(server: T): T {
    this.servers.add(server);
    void server.exited.then(() => this.servers.delete(server));
    return server;
  }

  trackDatabase(database: BenchDatabase): BenchDatabase {
    this.databases.add(database);
    return database;
  }

  /** SIGTERM and wait (SIGKILL after `graceMs`); returns the exit code or signal. */
  async stopServer(server: ChildRun, graceMs = 15_000): Promise<number | string> {
    const code = await stopServerProcess(server, graceMs);
    this.servers.delete(server);
    return code;
  }

  async dropDatabase(database: BenchDatabase): Promise<void> {
    try {
      await database.drop();
    } finally {
      this.databases.delete(database);
    }
  }

  /** The orderly end, also after a failure: stop what still runs, remove what was created. */
  private async cleanup(): Promise<void> {
    for (const server of [...this.servers]) await this.stopServer(server, 10_000);
    for (const database of [...this.databases]) {
      await this.dropDatabase(database).catch((err: unknown) =>
        this.progress(`could not remove ${database.describe}: ${err instanceof Error ? err.message : err}`),
      );
    }
  }

  private finish(): void {
    clearTimeout(this.watchdog);
    process.off('SIGINT', this.interrupt);
    process.off('SIGTERM', this.interrupt);
  }

  /**
   * Hung or interrupted: print the figures of the parts that finished, kill the servers now,
   * remove the data, give PostgreSQL 5 s to drop schemas.
   */
  private async emergency(reason: string, code: number): Promise<void> {
    this.progress(reason);
    if (this.figures.some((line) => !line.startsWith('#'))) {
      this.comment(`incomplete: ${reason}`);
      this.printFigures();
    }
    for (const server of this.servers) server.child.kill('SIGKILL');
    for (const database of this.databases) fs.rmSync(database.dataDir, { recursive: true, force: true });
    const drops = Promise.allSettled([...this.databases].map((d) => d.drop()));
    await Promise.race([drops, new Promise((resolve) => setTimeout(resolve, 5000))]);
    process.exit(code);
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { ARCHIVE_PATTERN } from './create-backup.ts';

/**
 * Scheduled backups (BACKUP_INTERVAL_HOURS, into BACKUP_DIR, the newest BACKUP_KEEP kept). Each
 * backup is `npm run cli -- backup` in a child process — exactly what an operator runs, and off the
 * server's event loop (SQLite's backup copies the file in one step, which would stall requests).
 * Every instance checks once a minute; the instance whose conditional update moves `backup_due_at`
 * in app_state one interval ahead makes that backup, so several instances on one PostgreSQL make
 * one. A failed backup is tried again an hour later (or after one interval, if shorter).
 */

const KEY = 'backup_due_at';
const CLI = path.resolve(import.meta.dirname, '../../cli.ts');
/** A work folder of a backup that never finished (the process was killed) is removed after this. */
const STALE_WORK_MS = 24 * 3600_000;

export interface BackupRun {
  ok: boolean;
  /** What the backup printed (its Vietnamese report, or why it failed). */
  output: string;
}

export type BackupRunner = (dir: string) => Promise<BackupRun>;

export type Outcome = 'not-due' | 'taken-elsewhere' | 'done' | 'failed';

export interface ScheduleOptions {
  dir: string;
  intervalHours: number;
  keep: number;
}

/** How far beyond one interval a due time must lie to mean the interval was shortened. */
const SHORTENED_MARGIN_MS = 5 * 60_000;

export class BackupScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private child: ChildProcess | undefined;
  private stopped = false;
  readonly run: BackupRunner;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: ScheduleOptions,
    private readonly log: FastifyBaseLogger,
    runner?: BackupRunner,
    private readonly env: Record<string, string> = {},
  ) {
    this.run = runner ?? ((dir) => this.runCli(dir));
  }

  /** Checks once a minute from now on (the first check right away). */
  start(checkMs = 60_000): void {
    const check = () => {
      if (this.running || this.stopped) return;
      const running = this.runIfDue()
        .catch((err) => this.log.error({ err }, 'scheduled backup check failed'))
        .finally(() => {
          if (this.running === running) this.running = undefined;
        });
      this.running = running;
    };
    this.timer = setInterval(check, checkMs);
    this.timer.unref();
    check();
  }

  /** Stops checking; a backup under way is stopped (its unfinished work folder is swept later). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.child?.kill('SIGTERM');
    await this.running;
  }

  /** One check: when a backup is due and this instance claims it, it is made and old ones pruned. */
  async runIfDue(nowMs = Date.now()): Promise<Outcome> {
    const intervalMs = this.options.intervalHours * 3600_000;
    await this.db
      .insertInto('app_state')
      .values({ key: KEY, value: '' })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('app_state')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirstOrThrow();
    const dueAt = row.value ? Date.parse(row.value) : 0;
    // Due, or scheduled further ahead than one interval (the interval has been shortened since).
    // The margin keeps an instance whose clock was read a moment before another instance claimed
    // the backup (or whose clock is a little behind) from reading that claim as a shortened interval.
    const margin = Math.min(intervalMs, SHORTENED_MARGIN_MS);
    if (dueAt > nowMs && dueAt <= nowMs + intervalMs + margin) return 'not-due';
    const next = new Date(nowMs + intervalMs).toISOString();
    const claimed = await this.db
      .updateTable('app_state')
      .set({ value: next })
      .where('key', '=', KEY)
      .where('value', '=', row.value)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return 'taken-elsewhere';

    const started = performance.now();
    const result = await this.run(this.options.dir);
    if (!result.ok) {
      const retry = new Date(nowMs + Math.min(intervalMs, 3600_000)).toISOString();
      await this.db
        .updateTable('app_state')
        .set({ value: retry })
        .where('key', '=', KEY)
        .where('value', '=', next)
        .execute();
      this.log.error({ output: result.output, retryAt: retry }, 'scheduled backup failed');
      return 'failed';
    }
    const removed = await pruneBackups(this.options.dir, this.options.keep, nowMs);
    this.log.info(
      { output: result.output, ms: Math.round(performance.now() - started), removed },
      'scheduled backup written',
    );
    return 'done';
  }

  private runCli(dir: string): Promise<BackupRun> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'backup', '--out', dir], {
        env: { ...process.env, ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      this.child = child;
      let output = '';
      const take = (chunk: string) => {
        output = (output + chunk).slice(-8000);
      };
      child.stdout.setEncoding('utf8').on('data', take);
      child.stderr.setEncoding('utf8').on('data', take);
      child.once('error', (err) => take(String(err)));
      child.once('close', (code, signal) => {
        this.child = undefined;
        resolve({ ok: code === 0, output: output.trim() || `exit ${code ?? signal}` });
      });
    });
  }
}

/** The environment the backup process needs to find this server's data. */
export function backupEnv(config: Config): Record<string, string> {
  return { DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '' };
}

/**
 * Keeps the newest `keep` archives in `dir` (0 keeps all) and sweeps work folders of backups that
 * never finished; nothing else in the folder is touched. Returns the names removed.
 */
export async function pruneBackups(dir: string, keep: number, nowMs = Date.now()): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const archives = entries
    .filter((e) => e.isFile() && ARCHIVE_PATTERN.test(e.name))
    .map((e) => e.name)
    .sort(byAge);
  const removed = keep > 0 ? archives.slice(0, Math.max(0, archives.length - keep)) : [];
  for (const name of removed) await fs.rm(path.join(dir, name), { force: true });
  for (const e of entries) {
    if (!e.isDirectory() || !e.name.startsWith('.tongket-backup-')) continue;
    const work = path.join(dir, e.name);
    const { mtimeMs } = await fs.stat(work);
    if (nowMs - mtimeMs > STALE_WORK_MS) {
      await fs.rm(work, { recursive: true, force: true });
      removed.push(e.name);
    }
  }
  return removed;
}

/** Oldest first: by the time in the name, then by the number added when two share a second. */
function byAge(a: string, b: string): number {
  const key = (name: string) => {
    const m = /^tongket-backup-(\d{8}-\d{6})Z(?:-(\d+))?\.zip$/.exec(name);
    return [m?.[1] ?? '', Number(m?.[2] ?? 0)] as const;
  };
  const [ta, na] = key(a);
  const [tb, nb] = key(b);
  return ta < tb ? -1 : ta > tb ? 1 : na - nb;
}

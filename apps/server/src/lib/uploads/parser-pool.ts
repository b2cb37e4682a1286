import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ErrorCode } from '@tongket/domain';
import { HttpProblem, type ProblemExtra, problem } from '../../http/problem.ts';
import type { ParseJobs } from './parse-jobs.ts';

/**
 * Uploaded files are checked and parsed in parser workers, never on the event loop: everything
 * that reads past a file's first bytes (the zip guard, the parsers, what the Word import does with
 * the text) is one job. A worker has its own heap limit and each job a time limit, so a file that
 * needs too much of either fails its own request with a clear message while every other request
 * carries on. Workers are kept warm (loading the parsers takes a second or two) and replaced when
 * one is stopped or runs out of memory.
 *
 * Workers run at a lower CPU priority than the server: on a small machine two busy parsers would
 * otherwise take the cores from the requests everyone else is making. A parse then takes longer
 * only while the server has other work.
 *
 * A worker is a child process, not a worker thread: on Node 20 a thread that outgrows its
 * `resourceLimits` in one large allocation (a 30 MB sheet turned into a string) aborts the whole
 * process with "Reached heap limit" instead of ending the thread — the very crash this prevents.
 * A child that runs out of heap dies alone.
 */

export interface ParserLimits {
  /** Parsing at most this long, counted from when a worker takes the job. */
  timeoutMs: number;
  /** Each worker's old-generation heap, in MB. */
  maxHeapMb: number;
  /** Workers parsing at the same time; further jobs wait their turn. */
  workers: number;
  /** Jobs that may wait; more than that is refused as busy. */
  maxWaiting: number;
}

const DEFAULT_LIMITS: ParserLimits = { timeoutMs: 20_000, maxHeapMb: 192, workers: 2, maxWaiting: 20 };

/**
 * How much nicer than the server its workers are (Unix nice values: 0 usual, 19 the lowest
 * priority). Set on the worker right after the fork, while Node is still starting, so the threads
 * it starts inherit it.
 */
const NICER_BY = 10;

/** The nice value the workers run at: lower priority than the server's own. */
export function parserNice(): number {
  return Math.min(19, os.getPriority() + NICER_BY);
}

let limits: ParserLimits = { ...DEFAULT_LIMITS };

/** Changes the limits for workers started from now on (tests use small ones). */
export function setParserLimits(next: Partial<ParserLimits>): void {
  limits = { ...DEFAULT_LIMITS, ...next };
  for (const slot of [...idle]) retire(slot);
}

export const parseTimeout = (seconds: number) =>
  problem('upload_parse_timeout', { seconds }, { limitSeconds: seconds });

export const parseOutOfMemory = (megabytes: number) =>
  problem('upload_parse_memory', { megabytes }, { limitMb: megabytes });

export const parseFailed = () => problem('upload_parse_failed');

export const parserBusy = () => problem('upload_busy', undefined, { headers: { 'retry-after': '5' } });

/** `healthy`: the worker answered itself and may take the next job. */
type Outcome = { ok: true; result: unknown } | { ok: false; error: Error; healthy: boolean };

interface Slot {
  worker: ChildProcess;
  ready: Promise<void>;
  /** Settles the job the worker is on, if any. */
  settle?: (outcome: Outcome) => void;
}

const idle: Slot[] = [];
/** Every worker started and not yet retired, idle or busy. */
const live = new Set<Slot>();
let running = 0;
const waiting: Array<() => void> = [];

const require = createRequire(import.meta.url);
/** The worker loads its TypeScript through tsx, as the server itself does. */
const TSX_LOADER = new URL('./dist/loader.mjs', pathToFileURL(require.resolve('tsx/package.json'))).href;
const WORKER_ENTRY = fileURLToPath(new URL('../../parser-worker.ts', import.meta.url));

type WorkerMessage = {
  ready?: boolean;
  ok?: boolean;
  result?: unknown;
  problem?: ProblemData;
  error?: string;
};

function startWorker(): Slot {
  const worker = fork(WORKER_ENTRY, [], {
    // The parent's flags (a larger heap, an inspector) are not the worker's.
    execArgv: ['--import', TSX_LOADER, `--max-old-space-size=${limits.maxHeapMb}`, '--max-semi-space-size=4'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  try {
    if (worker.pid !== undefined) os.setPriority(worker.pid, parserNice());
  } catch {
    // Not permitted here: the worker parses at the server's priority.
  }
  // Started for a job: it keeps the process alive until it is idle.
  const slot: Slot = { worker, ready: Promise.resolve() };
  live.add(slot);
  slot.ready = new Promise<void>((resolve, reject) => {
    const onReady = (message: WorkerMessage) => {
      if (message.ready) {
        worker.off('message', onReady);
        resolve();
      }
    };
    worker.on('message', onReady);
    worker.once('error', reject);
    worker.once('exit', (code, signal) =>
      // A heap too small even to load the parser (a low MAX heap on a busy machine) is the memory
      // limit refusing the file too: the same clear answer, not a server error.
      reject(
        signal === 'SIGABRT' || code === 134
          ? parseOutOfMemory(limits.maxHeapMb)
          : new Error(`parser worker exited (${code ?? signal}) before it was ready`),
      ),
    );
  });
  // Never an unhandled rejection: whoever waits on it sees the failure.
  slot.ready.catch(() => {});
  worker.on('message', (message: WorkerMessage) => {
    if (message.ready) return;
    const settle = slot.settle;
    slot.settle = undefined;
    if (!settle) return;
    if (message.ok) settle({ ok: true, result: message.result });
    else
      settle({
        ok: false,
        error: message.problem ? revive(message.problem) : new Error(message.error),
        healthy: true,
      });
  });
  worker.on('error', (error) => {
    const settle = slot.settle;
    slot.settle = undefined;
    retire(slot);
    settle?.({ ok: false, error, healthy: false });
  });
  worker.on('exit', (code, signal) => {
    const settle = slot.settle;
    slot.settle = undefined;
    retire(slot);
    // V8 aborts a process whose heap is full (SIGABRT, or 134 through a shell).
    const outOfMemory = signal === 'SIGABRT' || code === 134;
    settle?.({
      ok: false,
      error: outOfMemory ? parseOutOfMemory(limits.maxHeapMb) : parseFailed(),
      healthy: false,
    });
  });
  return slot;
}

/** An idle worker does not keep the server's process alive; a busy one does. */
function idleRefs(slot: Slot, busy: boolean): void {
  const channel = slot.worker.channel as { ref(): void; unref(): void } | undefined;
  if (busy) {
    slot.worker.ref();
    channel?.ref();
  } else {
    slot.worker.unref();
    channel?.unref();
  }
}

function retire(slot: Slot): void {
  live.delete(slot);
  const at = idle.indexOf(slot);
  if (at >= 0) idle.splice(at, 1);
  if (slot.worker.exitCode === null && slot.worker.signalCode === null) slot.worker.kill('SIGKILL');
}

/** The process ids of the workers running now (for tests). */
export function parserWorkerPids(): number[] {
  return [...live].flatMap((slot) =>
    slot.worker.pid !== undefined && slot.worker.exitCode === null ? [slot.worker.pid] : [],
  );
}

/** A problem as it crosses from a worker: its code and parameters, rendered where it is answered. */
interface ProblemData {
  code: ErrorCode;
  params: unknown;
  extra: ProblemExtra;
}

function revive(p: ProblemData): HttpProblem {
  return new HttpProblem(p.code, p.params, p.extra);
}

async function acquire(): Promise<void> {
  if (running < limits.workers) {
    running++;
    return;
  }
  if (waiting.length >= limits.maxWaiting) throw parserBusy();
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Runs one parse job in a worker and answers its result, or the problem that stopped it. */
export async function parseInWorker<K extends keyof ParseJobs>(
  kind: K,
  file: Buffer,
  options: ParseJobs[K]['options'],
): Promise<ParseJobs[K]['result']> {
  await acquire();
  let slot = idle.pop();
  try {
    if (!slot) slot = startWorker();
    await slot.ready;
    const job = slot;
    idleRefs(job, true);
    const outcome = await new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        job.settle = undefined;
        retire(job);
        resolve({ ok: false, error: parseTimeout(Math.ceil(limits.timeoutMs / 1000)), healthy: false });
      }, limits.timeoutMs);
      job.settle = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
      job.worker.send({ kind, file, options });
    });
    // A worker that answered (a result or a refusal) goes back to wait for the next job.
    slot = undefined;
    if (outcome.ok || outcome.healthy) {
      idleRefs(job, false);
      idle.push(job);
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.result as ParseJobs[K]['result'];
  } catch (error) {
    if (slot) retire(slot);
    throw error;
  } finally {
    release();
  }
}

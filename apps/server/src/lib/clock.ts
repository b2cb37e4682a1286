import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the server reads "now" for every business rule: deadlines, reminders, issuing, closing, audit. */
export interface Clock {
  now(): Date;
  nowMs(): number;
  nowIso(): string;
}

/**
 * Reads the system time until it is pinned. Only code in the process pins it (tests, benchmarks,
 * the demo seed); no HTTP route reaches it, so no user can move the server's time.
 */
export class SettableClock implements Clock {
  private pinned: number | null;

  constructor(at?: Date | string | number) {
    this.pinned = at === undefined ? null : toMs(at);
  }

  nowMs(): number {
    return this.pinned ?? Date.now();
  }
  now(): Date {
    return new Date(this.nowMs());
  }
  nowIso(): string {
    return this.now().toISOString();
  }
  /** Pins the clock at an instant. */
  set(at: Date | string | number): void {
    this.pinned = toMs(at);
  }
  /** Moves a pinned clock on (pinning it at the current time first when it was running). */
  advance(ms: number): void {
    this.pinned = this.nowMs() + ms;
  }
  /** Back to the system time. */
  reset(): void {
    this.pinned = null;
  }
}

function toMs(at: Date | string | number): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(ms)) throw new Error(`not an instant: ${String(at)}`);
  return ms;
}

/** The process clock: what the app context holds and what every service reads. */
export const systemClock = new SettableClock();

const scoped = new AsyncLocalStorage<Clock>();

/** The clock of the running operation: a scoped one (see withClock) or the process clock. */
export function currentClock(): Clock {
  return scoped.getStore() ?? systemClock;
}

export const now = (): Date => currentClock().now();
export const nowMs = (): number => currentClock().nowMs();
export const nowIso = (): string => currentClock().nowIso();

/**
 * Runs one piece of work (the demo seed playing a past round) on its own clock, without moving the
 * time seen by requests served meanwhile.
 */
export function withClock<T>(clock: Clock, work: () => Promise<T>): Promise<T> {
  return scoped.run(clock, work);
}

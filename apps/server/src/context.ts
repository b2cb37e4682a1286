import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { EventBus } from './kernel/event-bus.ts';
import type { Mailer } from './kernel/mailer.ts';
import type { UnitDirectory } from './kernel/unit-directory.ts';
import type { SettableClock } from './lib/clock.ts';

/** What the composition root hands every module's routes. */
export interface AppContext {
  db: Db;
  config: Config;
  units: UnitDirectory;
  /** Present when SMTP_URL is set: mails outbox messages. */
  mailer: Mailer | null;
  /** Live updates for pages watching a round (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL). */
  events: EventBus;
  /**
   * "Now" for every business rule. The process clock: tests and benchmarks pin it; no route does.
   */
  clock: SettableClock;
  /** What this server keeps for its lifetime (see `perServer`). */
  state: ServerState;
}

/**
 * What one server keeps in memory for its lifetime beside the context's parts: a module's caches
 * and counters, one set per server (a test process runs several). Made on first use through
 * `perServer`, closed with the server.
 */
export class ServerState {
  private readonly values = new Map<symbol, unknown>();

  get<T>(key: symbol, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = make();
    this.values.set(key, value);
    return value;
  }

  /** Closes what has a `close()` (a subscription, a timer); called when the server closes. */
  close(): void {
    for (const value of this.values.values()) (value as { close?: () => void } | null)?.close?.();
    this.values.clear();
  }
}

/**
 * A value each server makes once, from its context, and keeps in `ctx.state` (a module's cache, a
 * rate limit's counts): `const readsOf = perServer((ctx) => new Reads(ctx.events))`, then
 * `readsOf(ctx)`. A value with a `close()` is closed with the server.
 */
export function perServer<T>(make: (ctx: AppContext) => T): (ctx: AppContext) => T {
  const key = Symbol('per server');
  return (ctx) => ctx.state.get(key, () => make(ctx));
}

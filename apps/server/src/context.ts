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
}

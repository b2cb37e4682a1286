import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Db, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { LIVE_ACCOUNT_TASKS } from './demo/demo-live.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-units.ts';
import { isDatabaseEmpty, isDemoSeeded, seedDemo } from './demo/seed-demo.ts';
import { loggerOptions } from './http/logging.ts';
import { purgeExpiredSessions } from './modules/auth/index.ts';

export interface Server {
  app: FastifyInstance;
  db: Db;
  url: string;
  demo: boolean;
  /** True when this start seeded the demo into an empty database. */
  seeded: boolean;
  stop(): Promise<void>;
}

/** Opens the database, migrates it, seeds the demo when it should, and listens. */
export async function startServer(config: Config): Promise<Server> {
  const db = openDatabase(config);
  await migrateToLatest(db);
  const empty = await isDatabaseEmpty(db.kysely);
  // The embedded database is the try-it-out path: an empty one gets the demo. A shared
  // PostgreSQL only gets it when asked, so a real installation never starts with demo accounts.
  const seed = empty && (config.demo === 'yes' || (config.demo === 'auto' && config.databaseUrl === null));
  if (seed) await seedDemo(db.kysely);
  const demo = await isDemoSeeded(db.kysely);

  const app = await buildApp({ db, config, logger: loggerOptions(config.logLevel) });
  const address = await app.listen({ host: config.host, port: config.port });
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');

  const purge = setInterval(() => void purgeExpiredSessions(db.kysely).catch(() => {}), 3600_000);
  purge.unref();

  let stopping: Promise<void> | undefined;
  return {
    app,
    db,
    url,
    demo,
    seeded: seed,
    stop() {
      stopping ??= (async () => {
        clearInterval(purge);
        await app.close();
        await db.close();
      })();
      return stopping;
    },
  };
}

export function banner(server: Server): string {
  const lines = [
    '',
    `  Tổng kết đang chạy tại ${server.url}`,
    `  Cơ sở dữ liệu: ${server.db.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${server.db.location}`,
  ];
  if (server.demo) {
    lines.push(
      server.seeded
        ? '  Đã tạo dữ liệu mẫu (Quảng Trị 2020, Bình Dương 2021) và một đợt đang diễn ra (Quảng Trị, từ hôm nay).'
        : '  Dữ liệu mẫu (Quảng Trị 2020, Bình Dương 2021) và một đợt đang diễn ra (Quảng Trị).',
    );
    lines.push(`  Tài khoản mẫu (mật khẩu "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) {
      const task = LIVE_ACCOUNT_TASKS[a.username];
      const live = task ? ` — đợt đang diễn ra: ${task}` : '';
      lines.push(`    ${a.username.padEnd(9)} ${a.role.padEnd(12)} ${a.fullName}${live}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

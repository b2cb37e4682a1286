import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Db, type Dialect, openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-units.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { type SettableClock, systemClock } from '../src/lib/clock.ts';

/** Every integration suite runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const HOST = 'tongket.test';
export const ORIGIN = `http://${HOST}`;

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  raw: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  json: any;
}

export class Client {
  constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string | null = null,
  ) {}

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const isBuffer = Buffer.isBuffer(body);
    const res = await this.app.inject({
      method,
      url,
      headers: {
        host: HOST,
        origin: ORIGIN,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined && !isBuffer ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: isBuffer ? body : JSON.stringify(body) } : {}),
    });
    let json: unknown;
    try {
      json = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload, json };
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body, headers);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }

  /** Posts one file as multipart/form-data field `file`. */
  upload(url: string, file: Buffer, filename = 'don-vi.xlsx', headers: Record<string, string> = {}) {
    const boundary = `----tongket${randomBytes(8).toString('hex')}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return this.request('POST', url, payload, {
      ...headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
  }
}

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** On PostgreSQL, the schema this server's data is in (each test server has its own). */
  pgSchema?: string;
  /** The server's clock: pin it to play a deadline; closing the server sets it back to system time. */
  clock: SettableClock;
  anon: Client;
  login(username: string, password?: string): Promise<Client>;
  /** Id of a unit by its code. */
  unitId(code: string): Promise<string>;
  userId(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestServer(
  dialect: Dialect,
  options: {
    demo?: boolean;
    /** Seed the historic rounds as they stood mid-season, still open (see `DemoOptions`). */
    historicRoundsOpen?: boolean;
    config?: Partial<Config>;
    logger?: FastifyServerOptions['logger'];
  } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-test-'));
  const config: Config = {
    ...loadConfig({}, []),
    dataDir,
    databaseUrl: dialect === 'postgres' ? (process.env.TEST_DATABASE_URL ?? null) : null,
    webDistDir: path.join(dataDir, 'no-web'),
    logLevel: 'silent',
    fileStorage: dialect === 'postgres' ? 'database' : 'disk',
    // Tests run the reminder check themselves, at the instants they choose.
    reminderIntervalSeconds: 0,
    ...options.config,
  };
  let schema: string | undefined;
  if (dialect === 'postgres') {
    schema = `t_${randomBytes(6).toString('hex')}`;
    await withPgClient((c) => c.query(`CREATE SCHEMA ${schema}`));
  }
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir, pgSchema: schema });
  await migrateToLatest(db);
  if (options.demo !== false)
    await seedDemo(db.kysely, { historicRoundsOpen: options.historicRoundsOpen ?? false });
  const app = await buildApp({ db, config, logger: options.logger ?? false });
  await app.ready();

  const server: TestServer = {
    app,
    db,
    config,
    ...(schema ? { pgSchema: schema } : {}),
    clock: systemClock,
    anon: new Client(app),
    async login(username, password = DEMO_PASSWORD) {
      const res = await server.anon.post('/api/v1/auth/login', { username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.body}`);
      const setCookie = [res.headers['set-cookie']].flat()[0] as string;
      return new Client(app, setCookie.split(';')[0] as string);
    },
    async unitId(code) {
      const row = await db.kysely
        .selectFrom('units')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async userId(username) {
      const row = await db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      systemClock.reset();
      await app.close();
      await db.close();
      if (schema) await withPgClient((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

export async function withPgClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface Suite {
  server: TestServer;
  /** Signed in as the demo administrator. */
  admin: Client;
}

/** One test server per describe block: opened with the demo and an admin session before, closed after. */
export function useTestServer(dialect: Dialect, options: Parameters<typeof createTestServer>[1] = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await createTestServer(dialect, options);
    suite.admin = await suite.server.login('admin');
  });
  afterAll(() => suite.server.close());
  return suite;
}

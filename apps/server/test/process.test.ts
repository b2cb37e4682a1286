import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `main.ts` as `npm start` would (without building the web) and waits for its banner. */
async function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = out.match(/Tổng kết đang chạy tại (http:\/\/[^\s]+)/);
      if (m) {
        clearInterval(timer);
        resolve(m[1] as string);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
  return { child, url, output: () => out, exited };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-proc-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the server process', () => {
  it('seeds the demo on an empty data directory, finishes in-flight requests on SIGTERM, and closes the database', async () => {
    const dataDir = tempDir();
    const server = await startMain({ DATA_DIR: dataDir });
    expect(server.output()).toContain('Đã tạo dữ liệu mẫu');
    expect(server.output()).toMatch(/bd-syt\s+coordinator/);

    const origin = server.url.replace('localhost', '127.0.0.1');
    const login = fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username: 'syt', password: 'tongket-demo' }),
    });
    // Signal once the request is inside the server (argon2 keeps it busy for tens of ms).
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (server.output().includes('/api/v1/auth/login')) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
    server.child.kill('SIGTERM');
    const res = await login;
    expect(res.status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped: database closed');
    expect(fs.existsSync(path.join(dataDir, 'tongket.db-wal'))).toBe(false);
    const db = new SQLite(path.join(dataDir, 'tongket.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    // A second start keeps the data and does not seed again.
    const again = await startMain({ DATA_DIR: dataDir });
    expect(again.output()).not.toContain('Đã tạo dữ liệu mẫu');
    expect(again.output()).toContain('Tài khoản mẫu');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('on PostgreSQL seeds the demo only when asked', async () => {
    const pg = (await import('pg')).default;
    const schema = `p_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const plain = await startMain({ DATA_DIR: tempDir(), DATABASE_URL: url.toString() });
      expect(plain.output()).toContain('PostgreSQL');
      expect(plain.output()).not.toContain('Tài khoản mẫu');
      plain.child.kill('SIGTERM');
      expect(await plain.exited).toBe(0);
      const demo = await startMain({ DATA_DIR: tempDir(), DATABASE_URL: url.toString(), DEMO: '1' });
      expect(demo.output()).toContain('Đã tạo dữ liệu mẫu');
      demo.child.kill('SIGTERM');
      expect(await demo.exited).toBe(0);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });

  it('creates the first administrator from the command line on a fresh install', async () => {
    const dataDir = tempDir();
    const env = { ...process.env, DATA_DIR: dataDir };
    const cli = ['--import', 'tsx', 'apps/server/src/cli.ts', 'create-admin', 'quantri'];
    const first = await run(process.execPath, cli, { cwd: ROOT, env });
    const password = first.stdout.match(/Mật khẩu tạm: (\S+)/)?.[1] as string;
    expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
    const second = await run(process.execPath, cli, { cwd: ROOT, env }).catch((e) => e);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('đã tồn tại');
    const province = await run(process.execPath, [...cli.slice(0, -1), 'tinh', '--unit', 'ADMIN'], {
      cwd: ROOT,
      env,
    });
    expect(province.stdout).toContain('quản trị của tỉnh');
    const unknown = await run(process.execPath, [...cli.slice(0, -1), 'khac', '--he-thong'], {
      cwd: ROOT,
      env,
    }).catch((e) => e);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--he-thong');

    const db = openDatabase({ databaseUrl: null, dataDir });
    const app = await buildApp({ db, config: { ...loadConfig({}, []), dataDir } });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { host: 'x.test', origin: 'http://x.test' },
      payload: { username: 'quantri', password },
    });
    expect(res.statusCode).toBe(200);
    // The first account of an empty installation adds the first province: a system administrator.
    expect(res.json().user).toMatchObject({ role: 'sysadmin', unitName: 'Quản trị hệ thống' });
    await app.close();
    await db.close();
  });
});

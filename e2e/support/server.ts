import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PARSED_FILE_WAIT } from './browser.ts';

/** How long a test server may take to seed its data and listen before the suite gives up. */
const START_TIMEOUT_MS = 240_000;

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Seeds the demo into a data directory before the server starts, with the historic rounds as they
 * stood mid-season, still open (`DemoOptions.historicRoundsOpen`): for tests that play a step of
 * plan 2519 on its own outline. The server finds the demo there and does not seed again.
 */
export async function seedHistoricRoundsOpen(dataDir: string): Promise<void> {
  const { openDatabase } = await import('../../apps/server/src/db/database.ts');
  const { migrateToLatest } = await import('../../apps/server/src/db/migrate.ts');
  const { seedDemo } = await import('../../apps/server/src/demo/seed-demo.ts');
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    await migrateToLatest(db);
    await seedDemo(db.kysely, { historicRoundsOpen: true });
  } finally {
    await db.close();
  }
}

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server (as `npm start` does, on the built web client) on a free port
 * with a fresh data directory, so it seeds the demo.
 */
export async function startServer(
  options: { env?: Record<string, string>; prepare?: (dataDir: string) => Promise<void> } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run build:web` before the browser tests');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-e2e-'));
  await options.prepare?.(dataDir);
  // As `npm run serve` starts it: with its heap (HEAP_MB, default 512 MB, and its young generation).
  const heap = `--max-old-space-size=${process.env.HEAP_MB || 512}`;
  const args = [heap, '--max-semi-space-size=8', '--import', 'tsx', 'apps/server/src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      // Uploaded files are read in parser processes at a lower CPU priority: on a saturated test
      // machine reading one can take minutes, which a province's server never waits.
      PARSE_TIMEOUT_SECONDS: String(PARSED_FILE_WAIT.timeout / 1000),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    output += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    // Seeding the demo takes seconds on a quiet machine and minutes on a saturated one.
    const deadline = setTimeout(
      () => reject(new Error(`server did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const timer = setInterval(() => {
      const m = output.match(/Tổng kết đang chạy tại (http:\/\/\S+)/);
      if (m) {
        clearInterval(timer);
        clearTimeout(deadline);
        resolve((m[1] as string).replace('localhost', '127.0.0.1'));
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      clearTimeout(deadline);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

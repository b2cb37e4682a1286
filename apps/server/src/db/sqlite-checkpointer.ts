import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs the WAL checkpoints of the embedded database on a worker thread with its own connection.
 * A checkpoint is where SQLite (synchronous=NORMAL) calls fsync; on the server's own thread it
 * froze every request for as long as the disk took — over a second under a deadline spike. A
 * PASSIVE checkpoint from another connection copies what it can without blocking writers.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const run = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or closing: the next turn, or the main connection's fallback, catches up.
  }
};
const timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.postMessage('stopped');
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, intervalMs = 500): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        const done = () => resolve();
        worker.once('message', () => void worker.terminate().then(done, done));
        worker.once('exit', done);
        worker.once('error', done);
        worker.postMessage('stop');
      });
      return stopping;
    },
  };
}

import { loadConfig } from './config.ts';
import { DatabaseTooNewError } from './db/migrate.ts';
import { banner, startServer } from './start.ts';

const config = loadConfig();
const server = await startServer(config).catch((error: unknown) => {
  // A database upgraded by a newer version: say what is needed instead of a stack trace.
  if (error instanceof DatabaseTooNewError) {
    console.error(`Không khởi động: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
console.log(banner(server));

let signals = 0;
async function shutdown(signal: string) {
  signals++;
  if (signals > 1) {
    server.app.log.warn('second signal: exiting without waiting');
    process.exit(1);
  }
  server.app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  try {
    await server.stop();
    server.app.log.info('stopped: database closed');
    process.exit(0);
  } catch (err) {
    server.app.log.error({ err }, 'error while shutting down');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { BackupError } from './backup-error.ts';

/**
 * PostgreSQL's own client programs (Debian's postgresql-client): pg_dump, pg_restore, psql. They
 * never prompt for a password (-w: it comes from the URL, PGPASSWORD or ~/.pgpass) and inherit the
 * environment, so PGOPTIONS and the like reach them as they reach the server.
 */
export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

export interface ToolRun {
  child: ChildProcess;
  /** Resolves when the program has exited: its exit code and the tail of what it wrote to stderr. */
  done: Promise<{ code: number | null; stderr: string }>;
}

export interface ToolOptions {
  stdin?: 'pipe';
  stdout?: 'pipe';
  env?: Record<string, string>;
}

export function startTool(tool: PgTool, args: string[], options: ToolOptions = {}): ToolRun {
  const child = spawn(tool, ['--no-password', ...args], {
    stdio: [options.stdin ?? 'ignore', options.stdout ?? 'ignore', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8000);
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        reject(
          new BackupError(
            `Không tìm thấy chương trình ${tool} của PostgreSQL. Hãy cài gói postgresql-client (phiên bản không cũ hơn máy chủ PostgreSQL).`,
          ),
        );
      } else reject(err);
    });
    child.once('close', (code) => resolve({ code, stderr: stderr.trim() }));
  });
  return { child, done };
}

export function toolFailure(tool: PgTool, what: string, stderr: string): BackupError {
  if (/server version mismatch/i.test(stderr)) {
    return new BackupError(
      `${tool} cũ hơn máy chủ PostgreSQL nên không thể ${what}. Hãy cài postgresql-client cùng phiên bản với máy chủ.\n${stderr}`,
    );
  }
  return new BackupError(`${tool} báo lỗi khi ${what}:\n${stderr || '(không có thông báo)'}`);
}

/**
 * The connection for a program: the URL without its password (command lines can be read by other
 * users of the machine) and the password, if the URL has one, in PGPASSWORD.
 */
export function connectionArgs(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  // Parameters as the server's driver reads them ("+" is a space there, not for libpq).
  const query = [...parsed.searchParams]
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  parsed.search = query ? `?${query}` : '';
  return { dbname: `--dbname=${parsed.toString()}`, env: password ? { PGPASSWORD: password } : {} };
}

/** A pg_dump/pg_restore name pattern matching exactly this name (double quotes: taken literally). */
export function exactPattern(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A connected client for `url`, or a clear message when the database cannot be reached. */
export async function connectPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw new BackupError(
      `Không kết nối được PostgreSQL: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return client;
}

import { BackupError, writeFailureText } from './backup-error.ts';
import { type DatabaseFacts, readFacts } from './database-facts.ts';
import { connectionArgs, connectPostgres, exactPattern, startTool, toolFailure } from './pg-tools.ts';

export interface PgSnapshot extends DatabaseFacts {
  schema: string;
  serverVersion: string;
}

/**
 * A consistent dump of the server's schema while it keeps writing. A read-only REPEATABLE READ
 * transaction exports its snapshot; pg_dump dumps exactly that snapshot (`--snapshot`), and the
 * counts and file references of the manifest are read in the same transaction, so the manifest
 * describes the dump to the row. Nothing here takes more than pg_dump's ACCESS SHARE locks, which
 * block no insert or update — only a migration's ALTER would wait.
 *
 * The schema is the connection's own (`current_schema()`: `public`, or what PGOPTIONS sets);
 * `--no-owner --no-privileges` keep the dump free of roles, so it restores under any user.
 */
export async function snapshotPostgres(url: string, dest: string, outDir: string): Promise<PgSnapshot> {
  const client = await connectPostgres(url);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const { rows } = await client.query<{ schema: string | null; snapshot: string; version: string }>(
      "SELECT current_schema() AS schema, pg_export_snapshot() AS snapshot, current_setting('server_version') AS version",
    );
    const head = rows[0];
    if (!head?.schema) {
      throw new BackupError(
        'Kết nối PostgreSQL không có schema hiện hành (search_path trỏ tới schema không tồn tại).',
      );
    }
    const schema = head.schema;
    const connection = connectionArgs(url);
    const dump = startTool(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${head.snapshot}`,
        `--schema=${exactPattern(schema)}`,
        `--file=${dest}`,
        connection.dbname,
      ],
      { env: connection.env },
    );
    // The snapshot stays valid while this transaction is open: read the manifest's facts meanwhile.
    const reading = (async () => {
      await client.query(`SET LOCAL search_path TO ${client.escapeIdentifier(schema)}`);
      return readFacts(async (sql) => (await client.query(sql)).rows, 'postgres');
    })().then(
      (facts) => ({ facts }),
      (error: unknown) => ({ error }),
    );
    const { code, stderr } = await dump.done;
    if (code !== 0) throw writeFailureText(stderr, outDir) ?? toolFailure('pg_dump', 'sao lưu', stderr);
    const read = await reading;
    if ('error' in read) throw read.error;
    const { facts } = read;
    return { ...facts, schema, serverVersion: head.version };
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end().catch(() => {});
  }
}

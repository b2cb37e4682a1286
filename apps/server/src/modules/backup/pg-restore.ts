import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { BackupError } from './backup-error.ts';
import { diskFilesQuery } from './database-facts.ts';
import type { Manifest } from './manifest.ts';
import { connectionArgs, connectPostgres, startTool, toolFailure } from './pg-tools.ts';
import { quoteIdent, quoteLiteral, SchemaRewrite } from './schema-rewrite.ts';

/** The schema a restore writes into: the connection's own, which must exist and be empty. */
export async function targetSchema(url: string): Promise<string> {
  const client = await connectPostgres(url);
  try {
    const { rows } = await client.query<{ schema: string | null; search_path: string }>(
      "SELECT current_schema() AS schema, current_setting('search_path') AS search_path",
    );
    const schema = rows[0]?.schema;
    if (!schema) {
      throw new BackupError(
        `Chưa có schema để khôi phục vào (search_path = ${rows[0]?.search_path}). Hãy tạo một schema trống trước, ví dụ: CREATE SCHEMA tongket;`,
      );
    }
    const objects = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1)
            + (SELECT count(*) FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1)
            + (SELECT count(*) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0) AS n`,
      [schema],
    );
    if (Number(objects.rows[0]?.n) > 0) {
      throw new BackupError(
        `Schema “${schema}” của cơ sở dữ liệu PostgreSQL không trống (đã có bảng hoặc hàm). Chỉ khôi phục vào một schema trống; không thay đổi gì.`,
      );
    }
    return schema;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Restores a checked pg_dump archive into the connection's empty schema, in one transaction:
 * pg_restore writes the script (without the dump's CREATE SCHEMA: the target exists), the script
 * is moved to the target schema (`SchemaRewrite`), and psql runs it with ON_ERROR_STOP inside one
 * transaction, followed by a check that every table holds the manifest's row count. Any error, or
 * any count that differs, rolls everything back.
 */
export async function restorePostgres(
  url: string,
  dumpFile: string,
  schema: string,
  manifest: Manifest,
  work: string,
): Promise<void> {
  if (manifest.database.dialect !== 'postgres') throw new Error('not a PostgreSQL archive');
  const connection = connectionArgs(url);
  let list: string;
  try {
    ({ stdout: list } = await promisify(execFile)('pg_restore', ['--list', dumpFile], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (err) {
    const e = err as { code?: string; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new BackupError(
        'Không tìm thấy chương trình pg_restore của PostgreSQL. Hãy cài gói postgresql-client (phiên bản không cũ hơn máy chủ PostgreSQL).',
      );
    }
    throw toolFailure('pg_restore', 'đọc bản kết xuất', e.stderr ?? '');
  }
  // Entries are "id; oid oid TYPE schema name owner"; the schema itself and its comment stay out.
  const entries = list
    .split('\n')
    .filter((line) => !/^\d+;\s+\d+\s+\d+\s+(SCHEMA|COMMENT - SCHEMA)\s/.test(line));
  const listFile = path.join(work, 'restore.list');
  await fs.writeFile(listFile, entries.join('\n'));

  const script = startTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', `--use-list=${listFile}`, '--file=-', dumpFile],
    { stdout: 'pipe' },
  );
  // Awaited inside the pipeline below, which may end before it gets there.
  script.done.catch(() => {});
  // The transaction is the script's own: BEGIN first, COMMIT only after pg_restore has ended well
  // and the counts matched. A script cut short (pg_restore failing, the rewrite refusing) reaches
  // psql's end of input without COMMIT, and PostgreSQL rolls back what it had run.
  const psql = startTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--file=-', connection.dbname],
    { stdin: 'pipe', stdout: 'pipe', env: connection.env },
  );
  psql.child.stdout?.resume();
  const feeding = pipeline(
    script.child.stdout as Readable,
    new SchemaRewrite(manifest.database.schema, schema),
    async function* (source: AsyncIterable<string | Buffer>) {
      yield 'BEGIN;\n';
      yield* source;
      const { code, stderr } = await script.done;
      if (code !== 0) throw toolFailure('pg_restore', 'đọc bản kết xuất', stderr);
      yield countCheck(schema, manifest);
      yield 'COMMIT;\n';
    },
    psql.child.stdin as NodeJS.WritableStream,
  ).then(
    () => null,
    (error: unknown) => error,
  );
  const [ran, fed] = await Promise.all([psql.done, feeding]);
  if (fed instanceof BackupError) throw fed;
  if (ran.code !== 0) {
    const counted = countCheckFailure(ran.stderr);
    if (counted) throw counted;
    throw new BackupError(`PostgreSQL từ chối bản khôi phục; đã hủy, không thay đổi gì:\n${ran.stderr}`);
  }
  if (fed) throw fed;
}

/** The error `countCheck` raised, said for the operator; null for any other error text. */
export function countCheckFailure(text: string): BackupError | null {
  const counted = /tongket-restore: (.*)/.exec(text);
  if (!counted) return null;
  return new BackupError(
    `Dữ liệu khôi phục không khớp với bản kê của bản sao lưu (${counted[1]}); đã hủy, không thay đổi gì.`,
  );
}

/**
 * SQL run last, inside the restore's transaction: the set of tables and each one's row count must
 * be the manifest's, and the rows must refer to as many files on disk as it says.
 */
export function countCheck(schema: string, manifest: Manifest): string {
  const s = quoteIdent(schema);
  const names = Object.keys(manifest.tables);
  const lines = [
    `IF (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ${quoteLiteral(schema)} AND c.relkind IN ('r', 'p')) <> ${names.length} THEN RAISE EXCEPTION 'tongket-restore: số bảng khác bản kê (${names.length})'; END IF;`,
  ];
  for (const [table, rows] of Object.entries(manifest.tables)) {
    lines.push(
      `SELECT count(*) INTO n FROM ${s}.${quoteIdent(table)}; IF n <> ${rows} THEN RAISE EXCEPTION 'tongket-restore: bảng ${table} có % dòng, bản kê ghi ${rows}', n; END IF;`,
    );
  }
  const union = diskFilesQuery(Object.keys(manifest.tables), `${s}.`);
  if (union) {
    lines.push(
      `SELECT count(*) INTO n FROM (${union}) f; IF n <> ${manifest.files.referenced} THEN RAISE EXCEPTION 'tongket-restore: % tệp trên đĩa được tham chiếu, bản kê ghi ${manifest.files.referenced}', n; END IF;`,
    );
  }
  return `\nDO $tongket_restore_check$\nDECLARE n bigint;\nBEGIN\n${lines.join('\n')}\nEND\n$tongket_restore_check$;\n`;
}

import type { Readable } from 'node:stream';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Db } from '../../db/database.ts';
import { migrateToVersion } from '../../db/migrate.ts';
import { BackupError } from './backup-error.ts';
import {
  ConversionError,
  type PgColumnType,
  pgColumnType,
  pgTextToSqlite,
  type SqliteAffinity,
  sqliteAffinity,
} from './column-values.ts';
import type { Manifest } from './manifest.ts';
import {
  COPY_END,
  CopyFormatError,
  type CopyHeader,
  parseCopyHeader,
  parseCopyRow,
  TableTypesReader,
  textLines,
} from './pg-copy-text.ts';
import { startTool, toolFailure } from './pg-tools.ts';
import { quoteIdent } from './schema-rewrite.ts';

/**
 * Turns a PostgreSQL archive's dump into a new SQLite database file `dest`, without a PostgreSQL
 * server: the project's migrations create the schema of the archive's version in the new file,
 * pg_restore prints the dump's column types (`--schema-only`) and its rows (`--data-only`, COPY
 * text), and every row is inserted, each value converted from its PostgreSQL type to its SQLite
 * column. Rows are read and written as they stream, in one transaction; foreign keys are checked
 * once at the end. The caller checks the file (integrity, counts against the manifest) before it
 * puts it in place, and removes it on failure.
 */
export async function sqliteFromDump(
  dumpFile: string,
  dest: string,
  manifest: Manifest,
  onProgress: (message: string) => void,
): Promise<void> {
  if (manifest.database.dialect !== 'postgres') throw new Error('not a PostgreSQL archive');
  const pgTypes = await dumpColumnTypes(dumpFile);

  const sqlite = new SQLite(dest);
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const db = { kysely, dialect: 'sqlite', location: dest, close: async () => {} } as unknown as Db;
    await migrateToVersion(db, manifest.schemaVersion);
    const target = sqliteColumns(sqlite);
    onProgress(
      `Đã tạo cơ sở dữ liệu SQLite theo lược đồ ${manifest.schemaVersion}; đang chép dữ liệu từ bản kết xuất PostgreSQL…`,
    );

    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec('BEGIN');
    // The migrations' own rows (the built-in award types, the ledger…) give way to the archive's.
    for (const table of target.keys()) sqlite.exec(`DELETE FROM ${quoteIdent(table)}`);
    const rows = await copyRows(dumpFile, sqlite, target, pgTypes);
    sqlite.exec('COMMIT');

    const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
    if (broken.length > 0) {
      const first = broken[0] as { table: string; parent: string };
      throw new BackupError(
        `Dữ liệu trong bản sao lưu có ${broken.length} dòng tham chiếu tới dòng không tồn tại (ví dụ bảng ${first.table} → ${first.parent}); không khôi phục gì.`,
      );
    }
    onProgress(`Đã chép ${rows} dòng của ${target.size} bảng vào SQLite.`);
  } finally {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    await kysely.destroy();
    if (sqlite.open) sqlite.close();
  }
}

interface SqliteColumn {
  name: string;
  affinity: SqliteAffinity;
}

/** Every table of the new database with its columns and their affinity. */
function sqliteColumns(sqlite: SQLite.Database): Map<string, SqliteColumn[]> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const out = new Map<string, SqliteColumn[]>();
  for (const table of tables) {
    const columns = sqlite.pragma(`table_info(${quoteIdent(table)})`) as Array<{
      name: string;
      type: string;
    }>;
    out.set(
      table,
      columns.map((c) => ({ name: c.name, affinity: sqliteAffinity(c.type) })),
    );
  }
  return out;
}

/** The dump's tables and the PostgreSQL type of each column, from its CREATE TABLE statements. */
async function dumpColumnTypes(dumpFile: string): Promise<Map<string, Map<string, string>>> {
  const run = startTool('pg_restore', ['--schema-only', '--section=pre-data', '--file=-', dumpFile], {
    stdout: 'pipe',
  });
  run.done.catch(() => {});
  const reader = new TableTypesReader();
  for await (const line of textLines(run.child.stdout as Readable)) reader.line(line);
  const { code, stderr } = await run.done;
  if (code !== 0) throw toolFailure('pg_restore', 'đọc bản kết xuất', stderr);
  return reader.tables;
}

/**
 * Streams `pg_restore --data-only` and inserts every COPY row. Outside COPY blocks only what a
 * data-only script holds is accepted (comments, SET, set_config, setval of sequences — SQLite has
 * none — and psql's \restrict lines); anything else is refused rather than skipped.
 */
async function copyRows(
  dumpFile: string,
  sqlite: SQLite.Database,
  target: Map<string, SqliteColumn[]>,
  pgTypes: Map<string, Map<string, string>>,
): Promise<number> {
  const run = startTool('pg_restore', ['--data-only', '--file=-', dumpFile], { stdout: 'pipe' });
  run.done.catch(() => {});
  let total = 0;
  try {
    let block: {
      header: CopyHeader;
      insert: SQLite.Statement;
      convert: Array<{ from: PgColumnType; to: SqliteAffinity }>;
      rows: number;
    } | null = null;
    const seen = new Set<string>();
    for await (const line of textLines(run.child.stdout as Readable)) {
      if (block) {
        if (line === COPY_END) {
          total += block.rows;
          block = null;
          continue;
        }
        const { header, insert, convert } = block;
        let values: Array<string | number | bigint | Buffer | null>;
        try {
          values = parseCopyRow(line, convert.length).map((text, i) => {
            if (text === null) return null;
            const column = convert[i] as { from: PgColumnType; to: SqliteAffinity };
            try {
              return pgTextToSqlite(text, column.from, column.to);
            } catch (err) {
              if (err instanceof ConversionError)
                throw new ConversionError(`cột ${header.columns[i]}: ${err.message}`);
              throw err;
            }
          });
        } catch (err) {
          if (err instanceof ConversionError || err instanceof CopyFormatError) {
            throw new BackupError(
              `Không chuyển được dòng ${block.rows + 1} của bảng ${header.table} sang SQLite (${err.message}); không khôi phục gì.`,
            );
          }
          throw err;
        }
        try {
          insert.run(values);
        } catch (err) {
          throw new BackupError(
            `SQLite từ chối dòng ${block.rows + 1} của bảng ${header.table} (${(err as Error).message}); không khôi phục gì.`,
          );
        }
        block.rows++;
        continue;
      }
      const header = parseCopyHeader(line);
      if (header) {
        if (seen.has(header.table)) {
          throw new BackupError(
            `Bản kết xuất có dữ liệu của bảng ${header.table} hai lần; không khôi phục gì.`,
          );
        }
        seen.add(header.table);
        block = { ...prepareTable(header, sqlite, target, pgTypes), header, rows: 0 };
        continue;
      }
      if (!isScriptNoise(line)) {
        throw new BackupError(
          `Bản kết xuất PostgreSQL có lệnh không đọc được khi chuyển sang SQLite (“${line.slice(0, 80)}”); không khôi phục gì.`,
        );
      }
    }
    const { code, stderr } = await run.done;
    if (code !== 0) throw toolFailure('pg_restore', 'đọc bản kết xuất', stderr);
    if (block) {
      throw new BackupError(
        `Dữ liệu của bảng ${block.header.table} trong bản kết xuất bị cắt cụt; không khôi phục gì.`,
      );
    }
    return total;
  } catch (err) {
    run.child.kill();
    await run.done.catch(() => {});
    throw err;
  }
}

function prepareTable(
  header: CopyHeader,
  sqlite: SQLite.Database,
  target: Map<string, SqliteColumn[]>,
  pgTypes: Map<string, Map<string, string>>,
): { insert: SQLite.Statement; convert: Array<{ from: PgColumnType; to: SqliteAffinity }> } {
  const columns = target.get(header.table);
  const types = pgTypes.get(header.table);
  if (!columns || !types) {
    throw new BackupError(
      `Bảng ${header.table} trong bản kết xuất không có trong lược đồ ${columns ? 'của bản kết xuất' : 'SQLite cùng phiên bản'}; không khôi phục gì.`,
    );
  }
  const byName = new Map(columns.map((c) => [c.name, c]));
  const missing = columns.filter((c) => !header.columns.includes(c.name)).map((c) => c.name);
  const extra = header.columns.filter((c) => !byName.has(c));
  if (missing.length > 0 || extra.length > 0) {
    throw new BackupError(
      `Các cột của bảng ${header.table} trong bản kết xuất khác lược đồ SQLite cùng phiên bản (${[
        ...extra.map((c) => `thừa ${c}`),
        ...missing.map((c) => `thiếu ${c}`),
      ].join(', ')}); không khôi phục gì.`,
    );
  }
  const convert = header.columns.map((name) => {
    const type = types.get(name);
    if (type === undefined) {
      throw new BackupError(
        `Bản kết xuất không cho biết kiểu của cột ${header.table}.${name}; không khôi phục gì.`,
      );
    }
    return { from: pgColumnType(type), to: (byName.get(name) as SqliteColumn).affinity };
  });
  const insert = sqlite.prepare(
    `INSERT INTO ${quoteIdent(header.table)} (${header.columns.map(quoteIdent).join(', ')}) VALUES (${header.columns.map(() => '?').join(', ')})`,
  );
  return { insert, convert };
}

/** What a data-only script holds besides COPY blocks. */
function isScriptNoise(line: string): boolean {
  return (
    line === '' ||
    line.startsWith('--') ||
    /^\\(restrict|unrestrict|connect) /.test(line) ||
    /^SET [a-z_.]+ = .*;$/.test(line) ||
    /^SELECT pg_catalog\.(set_config|setval)\(.*\);$/.test(line)
  );
}

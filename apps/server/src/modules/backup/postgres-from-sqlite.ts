import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type pg from 'pg';
import { CurrentSchemaPostgresDialect } from '../../db/current-schema-dialect.ts';
import type { Db } from '../../db/database.ts';
import { migrateToVersion } from '../../db/migrate.ts';
import { BackupError } from './backup-error.ts';
import {
  ConversionError,
  type PgColumnType,
  pgColumnType,
  type SqliteValue,
  sqliteToPg,
} from './column-values.ts';
import type { Manifest } from './manifest.ts';
import { countCheck, countCheckFailure } from './pg-restore.ts';
import { connectPostgres } from './pg-tools.ts';
import { quoteIdent } from './schema-rewrite.ts';

/** Rows per INSERT, and the parameter bytes after which a batch is sent anyway. */
const BATCH_ROWS = 1000;
const BATCH_BYTES = 8 * 1024 * 1024;
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

interface PgColumn {
  name: string;
  type: PgColumnType;
  /** GENERATED ALWAYS AS IDENTITY: inserting a value needs OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
}

/**
 * Restores a checked SQLite database file (an archive's, unpacked) into the connection's empty
 * PostgreSQL schema, in one transaction: the project's migrations create the schema of the
 * archive's version, every table's rows are copied in batches — referenced tables first, a table
 * that refers to itself through a staging table so one statement checks its references — each
 * value converted from what SQLite holds to the PostgreSQL column's type; sequences are moved past
 * the copied keys, and every table's count is checked against the manifest before COMMIT. Any
 * failure rolls everything back.
 */
export async function postgresFromSqlite(
  url: string,
  sqliteFile: string,
  schema: string,
  manifest: Manifest,
  onProgress: (message: string) => void,
): Promise<void> {
  const client = await connectPostgres(url);
  let source: SQLite.Database | null = null;
  try {
    await client.query('BEGIN');
    await migrateInTransaction(client, manifest.schemaVersion);
    const target = await pgColumns(client, schema);
    source = new SQLite(sqliteFile, { readonly: true, fileMustExist: true });
    checkSameTables(sourceColumns(source), target);
    const order = await insertionOrder(client, schema, [...target.keys()]);
    onProgress(
      `Đã tạo lược đồ ${manifest.schemaVersion} trong schema “${schema}”; đang chép dữ liệu từ SQLite (${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} dòng)…`,
    );

    // The migrations' own rows (the built-in award types, the ledger…) give way to the archive's.
    await client.query(
      `TRUNCATE ${[...target.keys()].map((t) => `${quoteIdent(schema)}.${quoteIdent(t)}`).join(', ')}`,
    );
    for (const { table, selfReferencing } of order) {
      await copyTable(client, source, schema, table, target.get(table) as PgColumn[], selfReferencing);
    }
    await advanceSequences(client, schema);
    try {
      await client.query(countCheck(schema, manifest));
    } catch (err) {
      throw countCheckFailure((err as Error).message) ?? err;
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    if (err instanceof BackupError) throw err;
    throw new BackupError(
      `PostgreSQL từ chối bản khôi phục; đã hủy, không thay đổi gì:\n${err instanceof Error ? err.message : String(err)}`,
    );
  } finally {
    source?.close();
    await client.end().catch(() => {});
  }
}

/**
 * The project's migrations up to the archive's version, on this client inside its transaction:
 * Kysely is handed the one connection as its pool, and the migrator opens no transaction itself.
 */
async function migrateInTransaction(client: pg.Client, version: string): Promise<void> {
  const session = { query: client.query.bind(client), release: () => {} };
  const pool = { connect: async () => session, end: async () => {} };
  const kysely = new Kysely<unknown>({
    dialect: new CurrentSchemaPostgresDialect({ pool: pool as unknown as pg.Pool }),
  });
  const db = { kysely, dialect: 'postgres', location: '', close: async () => {} } as unknown as Db;
  try {
    await migrateToVersion(db, version, { inCallersTransaction: true });
  } finally {
    await kysely.destroy();
  }
}

/** Every base table of the schema with its columns (generated ones left out) in order. */
async function pgColumns(client: pg.Client, schema: string): Promise<Map<string, PgColumn[]>> {
  const { rows } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    identity_generation: string | null;
    is_generated: string;
  }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.identity_generation, c.is_generated
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
    [schema],
  );
  const out = new Map<string, PgColumn[]>();
  for (const row of rows) {
    const columns = out.get(row.table_name) ?? [];
    out.set(row.table_name, columns);
    if (row.is_generated === 'ALWAYS') continue;
    const type = pgColumnType(row.data_type);
    columns.push({
      name: row.column_name,
      // Arrays and user-defined types are named by their udt for the message.
      type: type.kind === null ? { kind: null, name: row.udt_name } : type,
      identityAlways: row.identity_generation === 'ALWAYS',
    });
  }
  return out;
}

function sourceColumns(source: SQLite.Database): Map<string, string[]> {
  const tables = source
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((t) => [
      t,
      (source.pragma(`table_info(${quoteIdent(t)})`) as Array<{ name: string }>).map((c) => c.name),
    ]),
  );
}

/** Both databases must hold the same tables with the same columns: the same schema version. */
function checkSameTables(source: Map<string, string[]>, target: Map<string, PgColumn[]>): void {
  const differ = (what: string) =>
    new BackupError(
      `Cơ sở dữ liệu trong bản sao lưu khác lược đồ PostgreSQL cùng phiên bản (${what}); không khôi phục gì.`,
    );
  for (const table of new Set([...source.keys(), ...target.keys()])) {
    const from = source.get(table);
    const to = target.get(table);
    if (!from) throw differ(`thiếu bảng ${table}`);
    if (!to) throw differ(`thừa bảng ${table}`);
    const names = new Set(to.map((c) => c.name));
    const extra = from.filter((c) => !names.has(c));
    const missing = to.filter((c) => !from.includes(c.name)).map((c) => c.name);
    if (extra.length > 0) throw differ(`bảng ${table} thừa cột ${extra.join(', ')}`);
    if (missing.length > 0) throw differ(`bảng ${table} thiếu cột ${missing.join(', ')}`);
  }
}

/**
 * Tables in an order where every table comes after those it refers to (foreign keys are not
 * deferrable). A table that refers to itself (the unit tree) is marked, to be inserted in one
 * statement; a cycle between tables cannot be ordered and is refused.
 */
async function insertionOrder(
  client: pg.Client,
  schema: string,
  tables: string[],
): Promise<Array<{ table: string; selfReferencing: boolean }>> {
  const { rows } = await client.query<{ referencing: string; referenced: string }>(
    `SELECT src.relname AS referencing, ref.relname AS referenced
       FROM pg_catalog.pg_constraint con
       JOIN pg_catalog.pg_class src ON src.oid = con.conrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = src.relnamespace
       JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
       JOIN pg_catalog.pg_namespace rn ON rn.oid = ref.relnamespace
      WHERE con.contype = 'f' AND n.nspname = $1 AND rn.nspname = $1`,
    [schema],
  );
  const selfReferencing = new Set(
    rows.filter((r) => r.referencing === r.referenced).map((r) => r.referencing),
  );
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of rows) if (r.referencing !== r.referenced) needs.get(r.referencing)?.add(r.referenced);
  const order: Array<{ table: string; selfReferencing: boolean }> = [];
  const placed = new Set<string>();
  while (placed.size < tables.length) {
    const ready = tables
      .filter((t) => !placed.has(t) && [...(needs.get(t) as Set<string>)].every((n) => placed.has(n)))
      .sort();
    if (ready.length === 0) {
      const left = tables.filter((t) => !placed.has(t));
      throw new BackupError(
        `Các bảng ${left.join(', ')} tham chiếu vòng tròn lẫn nhau nên không chép được theo thứ tự; không khôi phục gì.`,
      );
    }
    for (const table of ready) {
      placed.add(table);
      order.push({ table, selfReferencing: selfReferencing.has(table) });
    }
  }
  return order;
}

async function copyTable(
  client: pg.Client,
  source: SQLite.Database,
  schema: string,
  table: string,
  columns: PgColumn[],
  selfReferencing: boolean,
): Promise<number> {
  const target = `${quoteIdent(schema)}.${quoteIdent(table)}`;
  const list = columns.map((c) => quoteIdent(c.name)).join(', ');
  const overriding = columns.some((c) => c.identityAlways) ? ' OVERRIDING SYSTEM VALUE' : '';
  // A table that refers to itself is gathered in a staging table first, then moved in one
  // statement: its references are checked at the statement's end, whatever order the rows are in.
  const stage = 'tongket_restore_rows';
  const into = selfReferencing ? `${stage} (${list})` : `${target} (${list})${overriding}`;
  if (selfReferencing) {
    await client.query(`CREATE TEMPORARY TABLE ${stage} (LIKE ${target}) ON COMMIT DROP`);
  }
  const failed = (err: unknown) =>
    err instanceof BackupError
      ? err
      : new BackupError(
          `PostgreSQL không nhận dữ liệu của bảng ${table} (${err instanceof Error ? err.message : String(err)}); đã hủy, không thay đổi gì.`,
        );

  const perRow = columns.length;
  const maxRows = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / Math.max(perRow, 1))));
  let params: unknown[] = [];
  let rows = 0;
  let bytes = 0;
  let count = 0;
  const flush = async () => {
    if (rows === 0) return;
    const values: string[] = [];
    for (let r = 0; r < rows; r++) {
      values.push(`(${columns.map((_, c) => `$${r * perRow + c + 1}`).join(', ')})`);
    }
    try {
      await client.query(`INSERT INTO ${into} VALUES ${values.join(', ')}`, params);
    } catch (err) {
      throw failed(err);
    }
    params = [];
    rows = 0;
    bytes = 0;
  };

  const select = source
    .prepare(`SELECT ${list} FROM ${quoteIdent(table)}`)
    .safeIntegers(true)
    .raw(true);
  for (const row of select.iterate() as IterableIterator<SqliteValue[]>) {
    count++;
    for (let c = 0; c < perRow; c++) {
      const column = columns[c] as PgColumn;
      let value: ReturnType<typeof sqliteToPg>;
      try {
        value = sqliteToPg(row[c] as SqliteValue, column.type);
      } catch (err) {
        if (err instanceof ConversionError) {
          throw new BackupError(
            `Không chuyển được dòng ${count} của bảng ${table}, cột ${column.name} sang PostgreSQL (${err.message}); không khôi phục gì.`,
          );
        }
        throw err;
      }
      params.push(value);
      bytes += typeof value === 'string' || Buffer.isBuffer(value) ? value.length : 8;
    }
    rows++;
    if (rows >= maxRows || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  if (selfReferencing) {
    try {
      await client.query(`INSERT INTO ${target} (${list})${overriding} SELECT ${list} FROM ${stage}`);
      await client.query(`DROP TABLE ${stage}`);
    } catch (err) {
      throw failed(err);
    }
  }
  return count;
}

/** A serial or identity column's sequence continues after the largest key copied. */
async function advanceSequences(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column,
            pg_catalog.pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
       FROM pg_catalog.pg_attribute a
       JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_catalog.pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
    [schema],
  );
  for (const { table, column, sequence } of rows) {
    await client.query(
      `SELECT pg_catalog.setval($1, max(${quoteIdent(column)})) FROM ${quoteIdent(schema)}.${quoteIdent(table)} HAVING max(${quoteIdent(column)}) IS NOT NULL`,
      [sequence],
    );
  }
}

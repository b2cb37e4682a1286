import type { Dialect } from '../../db/database.ts';

/**
 * What a snapshot holds, read from the snapshot itself: the migrations applied, the rows of every
 * table, and the stored files its rows keep on disk. The same reading, on the restored database,
 * is what a restore compares against the manifest.
 */
export interface DatabaseFacts {
  migrations: string[];
  tables: Record<string, number>;
  /** Distinct SHA-256 of files that rows stored with `storage = 'disk'` refer to. */
  diskFiles: string[];
}

/** Runs one query on the snapshot and returns its rows. */
export type QueryRows = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** The tables that can refer to a stored file, with the columns of its SHA-256 and its storage. */
export const FILE_COLUMNS: ReadonlyArray<{ table: string; sha256: string; storage: string }> = [
  { table: 'attachments', sha256: 'sha256', storage: 'storage' },
  { table: 'nomination_files', sha256: 'sha256', storage: 'storage' },
  // The PDFs a signing session served and the signed PDFs accepted (0018).
  { table: 'signing_sessions', sha256: 'served_sha256', storage: 'served_storage' },
  { table: 'document_signatures', sha256: 'pdf_sha256', storage: 'pdf_storage' },
];

/** One SELECT of the distinct SHA-256 of files on disk that rows of `tables` refer to (`prefix`: the schema). */
export function diskFilesQuery(
  tables: ReadonlySet<string> | readonly string[],
  prefix = '',
): string | undefined {
  const present = new Set(tables);
  const parts = FILE_COLUMNS.filter((f) => present.has(f.table)).map(
    (f) =>
      `SELECT ${quote(f.sha256)} AS sha256 FROM ${prefix}${quote(f.table)} WHERE ${quote(f.storage)} = 'disk' AND ${quote(f.sha256)} IS NOT NULL`,
  );
  return parts.length ? parts.join(' UNION ') : undefined;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The application's tables, by name: on SQLite every table but SQLite's own, on PostgreSQL every
 * table (partitioned ones too) of the connection's current schema.
 */
export async function listTables(query: QueryRows, dialect: Dialect): Promise<string[]> {
  const rows = await query(
    dialect === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
      : `SELECT c.relname AS name FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((r) => String(r.name));
}

/** The facts of the database `query` reads: every table of `listTables`, counted. */
export async function readFacts(query: QueryRows, dialect: Dialect): Promise<DatabaseFacts> {
  const tables: Record<string, number> = {};
  for (const name of (await listTables(query, dialect)).sort()) {
    const [row] = await query(`SELECT count(*) AS n FROM ${quote(name)}`);
    tables[name] = Number(row?.n);
  }
  const migrations =
    'kysely_migration' in tables
      ? (await query('SELECT name FROM kysely_migration ORDER BY name')).map((r) => String(r.name))
      : [];
  const union = diskFilesQuery(Object.keys(tables));
  const diskFiles = union ? (await query(`${union} ORDER BY sha256`)).map((r) => String(r.sha256)) : [];
  return { migrations, tables, diskFiles };
}

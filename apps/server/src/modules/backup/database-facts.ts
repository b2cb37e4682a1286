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

/** The tables that can refer to a stored file, each with `sha256` and `storage` columns. */
const FILE_TABLES = ['attachments', 'nomination_files'];

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
  const fileTables = FILE_TABLES.filter((t) => t in tables);
  const diskFiles =
    fileTables.length === 0
      ? []
      : (
          await query(
            `${fileTables.map((t) => `SELECT sha256 FROM ${quote(t)} WHERE storage = 'disk'`).join(' UNION ')} ORDER BY sha256`,
          )
        ).map((r) => String(r.sha256));
  return { migrations, tables, diskFiles };
}

import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { listTables } from '../src/modules/backup/index.ts';

/**
 * Every row of every table (the tables a backup counts), comparable whatever order the database
 * returns them in and whichever kind it is: each value as the application reads it — PostgreSQL's
 * driver returns bigint columns as text, SQLite's the same sums as numbers, so those are read as
 * numbers; bytes as hex — with the columns of a row in name order and the rows sorted.
 */
export async function everyRow(db: Db): Promise<Record<string, string[]>> {
  const query = async (text: string) =>
    (await sql<Record<string, unknown>>`${sql.raw(text)}`.execute(db.kysely)).rows;
  const bigints = new Set(
    db.dialect === 'postgres'
      ? (
          await query(`SELECT table_name || '.' || column_name AS column FROM information_schema.columns
              WHERE table_schema = current_schema() AND data_type = 'bigint'`)
        ).map((r) => String(r.column))
      : [],
  );
  const out: Record<string, string[]> = {};
  for (const name of await listTables(query, db.dialect)) {
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db.kysely);
    out[name] = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((column) => {
              const value = row[column];
              if (bigints.has(`${name}.${column}`) && typeof value === 'string')
                return [column, Number(value)];
              if (Buffer.isBuffer(value)) return [column, `bytes:${value.toString('hex')}`];
              return [column, value];
            }),
        ),
      )
      .sort();
  }
  return out;
}

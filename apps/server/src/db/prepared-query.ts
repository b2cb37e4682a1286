import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The compiled queries are kept per dialect adapter: a database handle and its transactions share
 * one, so a query compiled once serves the statements run inside transactions too (a transaction
 * is a new Kysely instance each time).
 */
function compileKey(db: Kysely<Database>): object {
  return db.getExecutor().adapter;
}

/**
 * A query built and compiled once per database, then run with fresh parameters (in the
 * order the built query has them). For the few queries every request makes, where building and
 * compiling with Kysely cost more than SQLite took to run them.
 */
export function preparedQuery<O>(build: (db: Kysely<Database>) => Compilable<O>) {
  const compiled = new WeakMap<object, CompiledQuery<O>>();
  return async (db: Kysely<Database>, ...parameters: unknown[]): Promise<O[]> => {
    const key = compileKey(db);
    let query = compiled.get(key);
    if (!query) {
      query = build(db).compile();
      compiled.set(key, query);
    }
    if (query.parameters.length !== parameters.length) {
      throw new Error(`prepared query takes ${query.parameters.length} parameters, got ${parameters.length}`);
    }
    return (await db.executeQuery<O>({ ...query, parameters })).rows;
  };
}

const SLOT = '\u0000slot:';

/**
 * A query with named parameters, built and compiled once per database (see compileKey) and then
 * run with the values given by name. `build` receives a stand-in for each parameter (use it where
 * the value goes); constants written in the builder stay as they were compiled. Every name must be
 * used and every stand-in must reach the compiled query unchanged, or the first run throws.
 * The whole result is returned, so writes can tell how many rows they changed.
 */
export function namedQuery<P extends object, O = unknown>(
  build: (db: Kysely<Database>, params: { [K in keyof P]: P[K] }) => Compilable<O>,
) {
  interface Prepared {
    query: CompiledQuery<O>;
    /** Per parameter of the compiled query: the name it is given by, or undefined for a constant. */
    names: Array<keyof P | undefined>;
  }
  const compiled = new WeakMap<object, Prepared>();
  const prepare = (db: Kysely<Database>): Prepared => {
    const used = new Set<string>();
    const standIns = new Proxy({} as { [K in keyof P]: P[K] }, {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        used.add(name);
        return `${SLOT}${name}` as never;
      },
    });
    const query = build(db, standIns).compile();
    const names = query.parameters.map((value) =>
      typeof value === 'string' && value.startsWith(SLOT) ? (value.slice(SLOT.length) as keyof P) : undefined,
    );
    const placed = new Set<unknown>(names);
    for (const name of used) {
      if (!placed.has(name)) throw new Error(`named query: parameter ${name} did not reach the SQL`);
    }
    return { query, names };
  };
  return async (db: Kysely<Database>, params: P): Promise<QueryResult<O>> => {
    const key = compileKey(db);
    let prepared = compiled.get(key);
    if (!prepared) {
      prepared = prepare(db);
      compiled.set(key, prepared);
    }
    const { query, names } = prepared;
    const parameters = new Array<unknown>(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === undefined) {
        parameters[i] = query.parameters[i];
      } else {
        if (!(name in params)) throw new Error(`named query: no value for ${String(name)}`);
        parameters[i] = params[name as keyof P];
      }
    }
    return db.executeQuery<O>({ ...query, parameters });
  };
}

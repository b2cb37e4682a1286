import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A query built and compiled once per database handle, then run with fresh parameters (in the
 * order the built query has them). For the few queries every request makes, where building and
 * compiling with Kysely cost more than SQLite took to run them.
 */
export function preparedQuery<O>(build: (db: Kysely<Database>) => Compilable<O>) {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<O>>();
  return async (db: Kysely<Database>, ...parameters: unknown[]): Promise<O[]> => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db).compile();
      compiled.set(db, query);
    }
    if (query.parameters.length !== parameters.length) {
      throw new Error(`prepared query takes ${query.parameters.length} parameters, got ${parameters.length}`);
    }
    return (await db.executeQuery<O>({ ...query, parameters })).rows;
  };
}

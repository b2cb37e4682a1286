import type { Kysely } from 'kysely';

/**
 * Where each sentence of a generated consolidated section came from: a JSON object with the
 * section's sentences (each with the units' sentences and figures behind it) and what the synthesis
 * flagged (empty, copied, in capitals, too long, left out). Null for sections written before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consolidated_sections').addColumn('sources', 'text').execute();
}

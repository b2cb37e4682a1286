import type { Kysely } from 'kysely';

/**
 * A nomination refused for want of quota keeps the moment of the refusal, so the standing agency
 * sees it and may send it over the quota with a reason (issue: "the coordinator may override").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('nominations').addColumn('quota_refused_at', 'text').execute();
}

import type { Kysely } from 'kysely';

/**
 * Each submission keeps its indicator figures beside its full content, so the totals (and the
 * consolidated documents, which print only the stored text and the totals) read a few hundred
 * bytes per report instead of parsing every report's text. Existing submissions are filled in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('submissions').addColumn('indicators', 'text').execute();
  // biome-ignore lint/suspicious/noExplicitAny: the table's type is not known to a migration
  const k = db as Kysely<any>;
  for (;;) {
    const rows: Array<{ id: string; content: string }> = await k
      .selectFrom('submissions')
      .select(['id', 'content'])
      .where('indicators', 'is', null)
      .limit(500)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      let indicators: unknown = {};
      try {
        indicators = (JSON.parse(row.content) as { indicators?: unknown }).indicators ?? {};
      } catch {
        // A content that does not parse has no figures to offer.
      }
      await k
        .updateTable('submissions')
        .set({ indicators: JSON.stringify(indicators) })
        .where('id', '=', row.id)
        .execute();
    }
  }
}

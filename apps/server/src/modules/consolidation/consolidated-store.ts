import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface StoredSection {
  html: string;
  generated: boolean;
  seen: Set<string>;
}

export async function readConsolidated(db: Kysely<Database>, campaignId: string) {
  const [report, sections] = await Promise.all([
    db
      .selectFrom('consolidated_reports')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .executeTakeFirst(),
    db.selectFrom('consolidated_sections').selectAll().where('campaign_id', '=', campaignId).execute(),
  ]);
  const byId = new Map<string, StoredSection>();
  for (const s of sections) {
    byId.set(s.section_id, {
      html: s.html,
      generated: s.generated === 1,
      seen: new Set(JSON.parse(s.seen) as string[]),
    });
  }
  return { report, sections: byId };
}

export async function writeSection(
  trx: Kysely<Database>,
  campaignId: string,
  sectionId: string,
  section: StoredSection,
  by: string,
  now: string,
) {
  const values = {
    campaign_id: campaignId,
    section_id: sectionId,
    html: section.html,
    generated: section.generated ? 1 : 0,
    seen: JSON.stringify([...section.seen]),
    updated_at: now,
    updated_by: by,
  };
  await trx
    .insertInto('consolidated_sections')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'section_id']).doUpdateSet({
        html: values.html,
        generated: values.generated,
        seen: values.seen,
        updated_at: now,
        updated_by: by,
      }),
    )
    .execute();
}

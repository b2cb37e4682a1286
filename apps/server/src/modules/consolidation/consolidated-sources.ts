import { type ConsolidatedSources, numberOutline } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { type PackedSources, parseStoredSources, resolveSources } from './stored-sources.ts';

/**
 * `GET …/consolidated/sources`: each section that has stored sources, in the outline's order, with
 * every sentence's text read back from the submissions. One read of the sections (their sources
 * and whether they are still as generated), not of their texts.
 */
export async function readConsolidatedSources(
  db: Kysely<Database>,
  campaign: StoredCampaign,
): Promise<ConsolidatedSources> {
  const rows = await db
    .selectFrom('consolidated_sections')
    .select(['section_id', 'generated', 'sources'])
    .where('campaign_id', '=', campaign.id)
    .where('sources', 'is not', null)
    .execute();
  const packed = new Map<string, PackedSources>();
  const generated = new Map<string, boolean>();
  for (const r of rows) {
    if (!r.sources) continue;
    packed.set(r.section_id, parseStoredSources(r.sources));
    generated.set(r.section_id, r.generated === 1);
  }
  const sources = await resolveSources(db, packed);
  const sections: ConsolidatedSources['sections'] = [];
  for (const { section, path } of numberOutline(campaign.outline.sections)) {
    const found = sources.get(section.id);
    if (!found) continue;
    sections.push({
      sectionId: section.id,
      label: path,
      title: section.title,
      generated: generated.get(section.id) ?? true,
      ...found,
    });
  }
  return { campaignId: campaign.id, sections };
}

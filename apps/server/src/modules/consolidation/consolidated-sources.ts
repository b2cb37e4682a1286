import { type ConsolidatedSources, numberOutline } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { sectionsWithSources } from './consolidated-store.ts';
import { type PackedSources, resolveSources } from './stored-sources.ts';

/**
 * `GET …/consolidated/sources`: each section that has stored sources, in the outline's order, with
 * every sentence's text read back from the submissions. One read of the sections (their sources
 * and whether they are still as generated), not of their texts.
 */
export async function readConsolidatedSources(
  db: Kysely<Database>,
  campaign: StoredCampaign,
): Promise<ConsolidatedSources> {
  const packed = new Map<string, PackedSources>();
  const generated = new Map<string, boolean>();
  for (const r of await sectionsWithSources(db, campaign.id)) {
    packed.set(r.sectionId, r.sources);
    generated.set(r.sectionId, r.generated);
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

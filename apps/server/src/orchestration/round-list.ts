import type { CampaignListItem } from '@tongket/domain';
import { provinceOf } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { nowIso } from '../lib/clock.ts';
import { roundProgressCounts } from '../modules/assignments/index.ts';
import { listCampaigns } from '../modules/campaigns/index.ts';

/**
 * The rounds the caller may see (campaigns), each past its draft with its progress (assignments),
 * counted for all rounds in one grouped query. A unit officer follows only its own subtree of a
 * round it does not run, so such a row carries no round-wide figures.
 */
export async function listRounds(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  now = nowIso(),
): Promise<CampaignListItem[]> {
  const items = await listCampaigns(db, tree, actor);
  const counted = items.filter((r) => r.status !== 'draft' && (actor.role !== 'unit' || r.canManage));
  const progress = await roundProgressCounts(
    db,
    tree,
    provinceOf(tree, actor.unitId),
    counted.map((r) => r.id),
    now,
  );
  return items.map((r) => ({ ...r, progress: progress.get(r.id) ?? null }));
}

import { campaignPatchSchema, outlineInputSchema } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { UnitDirectory } from '../kernel/unit-directory.ts';
import { createCampaign, readCampaign, updateCampaign, updateOutline } from '../modules/campaigns/index.ts';
import { issueCampaign } from '../orchestration/issue-campaign.ts';
import { DEMO_CAMPAIGNS, type DemoCampaign } from './demo-campaigns.ts';
import type { DemoClock } from './demo-clock.ts';

/**
 * The two seed rounds, built through the same operations a coordinator uses (create, edit the
 * plan and the outline, issue), so the demo obeys every rule the product enforces.
 */
export async function seedDemoCampaigns(
  db: Kysely<Database>,
  clock: DemoClock,
  campaigns: DemoCampaign[] = DEMO_CAMPAIGNS,
) {
  const tree = await new UnitDirectory(db).current();
  const unitId = (code: string) => {
    const unit = tree.byCode.get(code);
    if (!unit) throw new Error(`demo round names unknown unit ${code}`);
    return unit.id;
  };
  const ids: string[] = [];
  for (const demo of campaigns) {
    const actor: Actor = {
      userId: '',
      username: 'demo',
      fullName: 'Dữ liệu mẫu',
      role: 'coordinator',
      unitId: unitId(demo.standingUnit),
      ip: null,
    };
    clock.at(demo.draftedOn, 8, 30);
    const id = await createCampaign(db, tree, actor, {
      kind: demo.kind,
      issuingUnitId: unitId(demo.issuingUnit),
      name: demo.name,
    });
    clock.at(demo.draftedOn, 10);
    await updateCampaign(
      db,
      tree,
      actor,
      id,
      campaignPatchSchema.parse({ version: 1, name: demo.name, plan: demo.plan(unitId) }),
    );
    clock.at(demo.draftedOn, 14);
    await updateOutline(db, tree, actor, id, 2, outlineInputSchema.parse(demo.outline));
    if (demo.issue) {
      clock.at(demo.issue.docDate, 9);
      const stored = await readCampaign(db, id);
      await issueCampaign(db, tree, actor, id, { version: stored?.version ?? 3, ...demo.issue });
    }
    ids.push(id);
  }
  return ids;
}

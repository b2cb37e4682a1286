import { type CampaignScope, canManageCampaign, canReadCampaign } from '@tongket/domain';
import type { Actor } from '../../http/actor.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';

/** The policies themselves are the domain's (campaign-policy.ts); they are used from here too. */
export { type CampaignScope, canManageCampaign, canReadCampaign };

export const campaignNotFound = () => notFound('campaign');

/** A round the caller may not see is answered as missing, so its existence is not revealed. */
export function assertCanRead(
  actor: Actor,
  campaign: CampaignScope | undefined,
  tree: UnitTree,
): asserts campaign {
  if (!campaign || !canReadCampaign(actor, campaign, tree)) throw campaignNotFound();
}

export function assertCanManage(
  actor: Actor,
  campaign: CampaignScope | undefined,
  tree: UnitTree,
): asserts campaign {
  assertCanRead(actor, campaign, tree);
  if (!canManageCampaign(actor, campaign)) {
    throw forbidden('manage_plan');
  }
}

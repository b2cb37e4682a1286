import { type Campaign, nestedReporterWarnings, planProblems, vietnamDate } from '@tongket/domain';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { canManageCampaign } from './campaign-access.ts';
import type { StoredCampaign } from './plan-store.ts';

/**
 * What would stop this plan being issued on `issueDate` (its own date, else today in Vietnam);
 * `numberAtIssue` leaves out the number, which the issue dialog asks for.
 */
export function problemsOf(
  campaign: StoredCampaign,
  tree: UnitTree,
  issueDate?: string,
  numberAtIssue = false,
): string[] {
  return planProblems({
    plan: campaign.plan,
    outline: campaign.outline,
    unit: (id) => {
      const u = tree.byId.get(id);
      return u ? { name: u.name, active: u.active } : undefined;
    },
    issueDate: issueDate ?? campaign.plan.docDate ?? vietnamDate(clockNow()),
    numberAtIssue,
  });
}

/**
 * What the coordinator is warned of before issuing, without being refused: a report task given to a
 * unit and to units below it (their figures then roll up by ROLLUP_RULE, not added twice).
 */
export function warningsOf(campaign: StoredCampaign, tree: UnitTree): string[] {
  return nestedReporterWarnings(
    campaign.plan.tasks,
    (id) => tree.ancestorIds(id),
    (id) => tree.byId.get(id)?.name,
  );
}

/** The answer for one round: stored parts, whether the caller manages it, and for a draft what is still missing. */
export function campaignView(campaign: StoredCampaign, tree: UnitTree, actor: Actor): Campaign {
  return {
    ...campaign,
    // Beside the draft: what the coordinator still has to fix before opening the issue dialog.
    problems: campaign.status === 'draft' ? problemsOf(campaign, tree, undefined, true) : [],
    warnings: warningsOf(campaign, tree),
    canManage: canManageCampaign(actor, campaign),
  };
}

import type { campaignPatchSchema, Plan } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { listAwardTypeIds } from '../award-types/index.ts';
import { bumpVersion, campaignForChange } from './change-guard.ts';
import { checkPlanUnits, namedUnits, planUnitReferences } from './plan-references.ts';
import { readCampaignFromRow, scalarColumns, writePlanLists } from './plan-store.ts';
import { assertUnitsInRound } from './round-units.ts';

type CampaignPatch = z.output<typeof campaignPatchSchema>;

/** Refused once issued: the plan is then a signed document, and its number and date are frozen. */
export function issuedFrozen(fields: string[]) {
  return conflict('campaign_issued', { case: 'fields', fields }, { fields });
}

/**
 * Saves the parts of a draft's plan that the patch carries, in one transaction, when the
 * caller's version is the current one. Lists are replaced whole. `fieldPrefix` is where the plan's
 * lists sit in the request body, for the field errors: `plan.` for a plan patch, nothing for the
 * quotas' own route.
 */
export async function updateCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  patch: CampaignPatch,
  fieldPrefix = 'plan.',
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await campaignForChange(trx, tree, actor, id, patch.version, 'plan');
    const planPatch = (patch.plan ?? {}) as Partial<Plan>;
    const changed = Object.keys(planPatch).filter((k) => planPatch[k as keyof Plan] !== undefined);
    if (row.status !== 'draft' && (changed.length > 0 || patch.kind !== undefined)) {
      throw issuedFrozen(patch.kind !== undefined ? ['kind', ...changed] : changed);
    }
    const before = await readCampaignFromRow(trx, row);
    checkPlanUnits(planPatch, tree, namedUnits(before.plan), await listAwardTypeIds(trx), fieldPrefix);
    // Every unit the patch names lies in the round's province; nothing is written otherwise.
    assertUnitsInRound(tree, before, planUnitReferences(planPatch, fieldPrefix), 'save_plan');

    await bumpVersion(trx, row, 'plan', {
      ...scalarColumns(planPatch),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.reminderRules !== undefined && {
        reminder_rules: JSON.stringify([...new Set(patch.reminderRules)]),
      }),
    });
    await writePlanLists(trx, id, planPatch);

    const beforeView: Record<string, unknown> = {};
    const afterView: Record<string, unknown> = {};
    for (const field of changed) {
      beforeView[field] = before.plan[field as keyof Plan];
      afterView[field] = planPatch[field as keyof Plan];
    }
    if (patch.kind !== undefined) {
      beforeView.kind = before.kind;
      afterView.kind = patch.kind;
    }
    if (patch.name !== undefined) {
      beforeView.name = before.name;
      afterView.name = patch.name;
    }
    if (patch.reminderRules !== undefined) {
      beforeView.reminderRules = before.reminderRules;
      afterView.reminderRules = patch.reminderRules;
    }
    await recordAudit(trx, actor, {
      action: 'campaign.updated',
      entityType: 'campaign',
      entityId: id,
      before: beforeView,
      after: afterView,
    });
  });
}

import type { CampaignKind, OutlineSection } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { forbidden } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { assertCanManage } from './campaign-access.ts';
import { planUnitReferences } from './plan-references.ts';
import {
  insertDraftCampaign,
  type OutlineSectionWrite,
  readCampaign,
  scalarColumns,
  writeOutline,
  writePlanLists,
} from './plan-store.ts';
import { assertUnitsInRound } from './round-units.ts';

const withoutIds = (sections: OutlineSection[]): OutlineSectionWrite[] =>
  sections.map((s) => ({
    title: s.title,
    required: s.required,
    guidance: s.guidance,
    indicators: s.indicators.map(({ id: _id, ...rest }) => rest),
    children: withoutIds(s.children),
  }));

/**
 * The next round from this one: a new draft with the same plan and outline, without a number, a
 * date or deadlines (those belong to the new round), linked to its source.
 */
export async function cloneCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  input: { kind?: CampaignKind | undefined; name?: string | undefined },
): Promise<string> {
  const source = await readCampaign(db, id);
  assertCanManage(actor, source, tree);
  if (actor.role !== 'coordinator' || source.parentCampaignId) {
    throw forbidden('clone_campaign');
  }
  // The copy keeps the source's units: one of another province (saved before the province check)
  // is refused, naming its place in the source plan, rather than carried into a new draft.
  assertUnitsInRound(tree, source, planUnitReferences(source.plan), 'clone');
  const plan = {
    ...source.plan,
    docNumber: '',
    docDate: null,
    conferenceStartsAt: null,
    reportDeadline: null,
    nominationDeadline: null,
  };
  const tasks = source.plan.tasks.map(({ id: _id, ...t }) => ({ ...t, deadline: null }));
  const newCampaignId = newId();
  const now = nowIso();
  const name = input.name || `${source.name} (bản sao)`;
  await db.transaction().execute(async (trx) => {
    await insertDraftCampaign(
      trx,
      {
        ...scalarColumns(plan),
        id: newCampaignId,
        kind: input.kind ?? source.kind,
        name,
        issuing_unit_id: source.issuingUnitId,
        standing_unit_id: source.standingUnitId,
        source_campaign_id: source.id,
        outline_title: source.outline.title,
        outline_summary: source.outline.summary,
        created_by: actor.userId || null,
      },
      now,
    );
    await writePlanLists(trx, newCampaignId, {
      programme: plan.programme.map(({ id: _id, ...r }) => r),
      delegateGroups: plan.delegateGroups.map(({ id: _id, ...r }) => r),
      budgetLines: plan.budgetLines.map(({ id: _id, ...r }) => r),
      recipients: plan.recipients.map(({ id: _id, ...r }) => r),
      tasks,
      awardGroups: plan.awardGroups.map(({ id: _id, quotas, ...g }) => ({
        ...g,
        quotas: quotas.map(({ id: _qid, ...q }) => q),
      })),
    });
    await writeOutline(trx, newCampaignId, {
      ...source.outline,
      sections: withoutIds(source.outline.sections),
    });
    await recordAudit(trx, actor, {
      action: 'campaign.cloned',
      entityType: 'campaign',
      entityId: newCampaignId,
      after: { sourceCampaignId: source.id, name, kind: input.kind ?? source.kind },
    });
  });
  return newCampaignId;
}

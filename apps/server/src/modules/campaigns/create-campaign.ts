import {
  type CampaignCreate,
  type campaignCreateSchema,
  outlineInputSchema,
  provinceOf,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, forbidden } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { findOutlineTemplate } from './outline-templates.ts';
import { defaultSummary, planDefaults } from './plan-defaults.ts';
import { insertDraftCampaign, scalarColumns, writeOutline, writePlanLists } from './plan-store.ts';

/**
 * Opens a draft round run by the caller's own unit (the standing agency), for a plan issued in
 * the name of `issuingUnitId`, with its header already filled from that unit.
 */
export async function createCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  input: z.output<typeof campaignCreateSchema>,
): Promise<string> {
  if (actor.role !== 'coordinator') {
    throw forbidden('create_campaign');
  }
  const issuing = tree.byId.get(input.issuingUnitId);
  const standing = tree.byId.get(actor.unitId);
  if (!issuing || !standing) {
    throw badRequest('unit_missing', undefined, [
      { field: 'issuingUnitId', message: { vi: 'Đơn vị không tồn tại', en: 'The unit does not exist' } },
    ]);
  }
  if (!issuing.active) {
    throw badRequest('unit_inactive', { unit: issuing.name }, [
      {
        field: 'issuingUnitId',
        message: { vi: 'Đơn vị đã ngừng hoạt động', en: 'The unit is no longer active' },
      },
    ]);
  }
  if (provinceOf(tree, issuing.id) !== provinceOf(tree, actor.unitId)) {
    throw badRequest('unit_outside', undefined, [
      {
        field: 'issuingUnitId',
        message: { vi: 'Đơn vị thuộc tỉnh khác', en: 'The unit is in another province' },
      },
    ]);
  }
  const summary = input.name || defaultSummary(input.kind);
  // The report's subject is the round's own unless a province's outline says it in its words.
  let outline = { title: 'BÁO CÁO', summary: summary.replace(/^Tổ chức Hội nghị /, ''), sections: [] };
  if (input.outlineTemplate) {
    const template = findOutlineTemplate(tree, issuing.id, input.outlineTemplate);
    if (!template) {
      throw badRequest('template_missing', undefined, [
        {
          field: 'outlineTemplate',
          message: {
            vi: 'Mẫu đề cương không dùng được cho tỉnh này',
            en: 'The outline template cannot be used for this province',
          },
        },
      ]);
    }
    const parsed = outlineInputSchema.parse(template.outline) as typeof outline;
    outline = { ...parsed, summary: parsed.summary || outline.summary };
  }
  const plan = planDefaults(issuing, standing, tree, summary);
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await insertDraftCampaign(
      trx,
      {
        ...scalarColumns(plan),
        id,
        kind: input.kind,
        name: summary,
        issuing_unit_id: issuing.id,
        standing_unit_id: standing.id,
        source_campaign_id: null,
        outline_title: outline.title,
        outline_summary: outline.summary,
        created_by: actor.userId || null,
      },
      now,
    );
    await writePlanLists(trx, id, { recipients: plan.recipients });
    await writeOutline(trx, id, outline);
    await recordAudit(trx, actor, {
      action: 'campaign.created',
      entityType: 'campaign',
      entityId: id,
      after: {
        kind: input.kind,
        name: summary,
        issuingUnitId: issuing.id,
        outlineTemplate: input.outlineTemplate ?? null,
      },
    });
  });
  return id;
}

export type { CampaignCreate };

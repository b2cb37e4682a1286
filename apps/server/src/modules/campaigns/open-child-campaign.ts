import type { Bilingual } from '@tongket/domain';
import {
  type childCampaignCreateSchema,
  formatDateVn,
  formatOfficialDate,
  type OutlineSection,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, problem } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { assertCanRead } from './campaign-access.ts';
import { planDefaults } from './plan-defaults.ts';
import {
  childCampaignOpened,
  insertDraftCampaign,
  type OutlineSectionWrite,
  readCampaign,
  reportOwed,
  scalarColumns,
  writeOutline,
  writePlanLists,
} from './plan-store.ts';
import { assertUnitsInRound, listReferences } from './round-units.ts';

/** The outline copied for a lower round, each section and indicator remembering where it came from. */
function derivedOutline(sections: readonly OutlineSection[]): OutlineSectionWrite[] {
  return sections.map((s) => ({
    originId: s.id,
    title: s.title,
    required: s.required,
    guidance: s.guidance,
    indicators: s.indicators.map((i) => ({
      originId: i.id,
      name: i.name,
      unit: i.unit,
      valueType: i.valueType,
      aggregation: i.aggregation,
      required: i.required,
    })),
    children: derivedOutline(s.children),
  }));
}

/**
 * A unit of an issued round opens its own round for the units below it (Bình Dương: every district
 * and commune holds its interim review first): a draft plan in the unit's name with the same
 * outline, an earlier deadline, and one report task for the chosen units. Its consolidated
 * result later becomes the unit's own report upward.
 */
export async function openChildCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  parentId: string,
  input: z.output<typeof childCampaignCreateSchema>,
): Promise<string> {
  const parent = await readCampaign(db, parentId);
  assertCanRead(actor, parent, tree);
  const unitId = input.unitId ?? actor.unitId;
  if (unitId !== actor.unitId || (actor.role !== 'unit' && actor.role !== 'coordinator')) {
    throw forbidden('child_campaign');
  }
  if (parent.status !== 'issued') {
    throw conflict('parent_not_open');
  }
  const unit = tree.byId.get(unitId);
  const owed = await reportOwed(db, parent.id, unitId);
  if (!unit || !owed) {
    throw conflict('no_report_owed', { unit: unit?.name });
  }
  if (await childCampaignOpened(db, owed.id)) throw conflict('child_exists', { unit: unit.name });

  const deadline = new Date(input.reportDeadline).toISOString();
  const problems: Bilingual[] = [];
  if (owed.deadline && deadline >= owed.deadline) {
    problems.push({
      vi: `Thời hạn của đợt cấp dưới (${formatDateVn(deadline)}) phải trước thời hạn báo cáo của ${unit.name} ở đợt cấp trên (${formatDateVn(owed.deadline)}), để kịp tổng hợp.`,
      en: `The lower-level round's deadline (${formatDateVn(deadline)}) must be before ${unit.name}'s report deadline in the higher-level round (${formatDateVn(owed.deadline)}), to leave time to consolidate.`,
    });
  }
  const below = tree.items.filter((u) => u.active && u.id !== unitId && tree.isWithin(unitId, u.id));
  const chosen = input.unitIds ?? below.map((u) => u.id);
  // A unit of another province is refused by its place in the body; an unknown one is told below.
  assertUnitsInRound(
    tree,
    { issuingUnitId: unit.id },
    listReferences('unitIds', chosen).filter((ref) => tree.byId.has(ref.unitId)),
    'open_child',
  );
  for (const id of chosen) {
    const u = tree.byId.get(id);
    if (id === unitId)
      problems.push({
        vi: `${unit.name} không báo cáo cho chính mình.`,
        en: `${unit.name} does not report to itself.`,
      });
    else if (!u || !tree.isWithin(unitId, id))
      problems.push({
        vi: `Đơn vị “${u?.name ?? id}” không thuộc ${unit.name}.`,
        en: `The unit “${u?.name ?? id}” is not under ${unit.name}.`,
      });
    else if (!u.active)
      problems.push({
        vi: `Đơn vị “${u.name}” đã ngừng hoạt động.`,
        en: `The unit “${u.name}” is no longer active.`,
      });
  }
  if (chosen.length === 0)
    problems.push({
      vi: `${unit.name} không có đơn vị cấp dưới nào để giao báo cáo.`,
      en: `${unit.name} has no units below it to give a report to.`,
    });
  if (problems.length > 0) {
    throw problem(
      'child_invalid',
      { problems },
      {
        problems,
      },
    );
  }

  const summary = parent.plan.summary.replace(/\s*\n\s*/g, ' ');
  const name = input.name || `${parent.name} — ${unit.shortName ?? unit.name}`;
  const plan = planDefaults(unit, unit, tree, summary);
  const review = parent.kind === 'so_ket' ? 'sơ kết' : 'tổng kết';
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await insertDraftCampaign(
      trx,
      {
        ...scalarColumns({
          ...plan,
          purpose: parent.plan.purpose,
          reportDeadline: deadline,
          submissionTo: unit.name,
          submissionEmail: unit.email ?? '',
          signature: { ...plan.signature, name: '' },
        }),
        id,
        kind: parent.kind,
        name,
        issuing_unit_id: unit.id,
        standing_unit_id: unit.id,
        source_campaign_id: null,
        parent_campaign_id: parent.id,
        parent_assignment_id: owed.id,
        outline_title: parent.outline.title,
        outline_summary: parent.outline.summary,
        created_by: actor.userId || null,
      },
      now,
    );
    await writePlanLists(trx, id, {
      recipients: [{ text: 'Lưu: VT', unitIds: [] }],
      tasks: [
        {
          kind: 'report',
          unitIds: chosen,
          label: '',
          text: `Báo cáo ${review} công tác phòng, chống dịch theo đề cương, gửi ${unit.name} trước ngày ${formatOfficialDate(deadline)} để tổng hợp báo cáo cấp trên.`,
          topic: '',
          deadline: null,
          minMinutes: null,
          maxMinutes: null,
        },
      ],
    });
    await writeOutline(trx, id, { ...parent.outline, sections: derivedOutline(parent.outline.sections) });
    await recordAudit(trx, actor, {
      action: 'campaign.child_opened',
      entityType: 'campaign',
      entityId: id,
      after: { parentCampaignId: parent.id, unitId, units: chosen.length, reportDeadline: deadline },
    });
  });
  return id;
}

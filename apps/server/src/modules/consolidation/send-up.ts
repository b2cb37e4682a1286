import { type Bilingual, numberOutline, type ReportContent } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, problem } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import {
  assertEditable,
  assertOpen,
  parseContent,
  readableAssignment,
  selectDraft,
  writeDraft,
} from '../assignments/index.ts';
import { outlineOrigins, type StoredCampaign } from '../campaigns/index.ts';
import { consolidatedReport } from './consolidate.ts';

export interface SentUp {
  assignmentId: string;
  draftVersion: number;
  sections: number;
  indicators: number;
  /** Sections of the lower round's outline with no counterpart above (added locally): not carried up. */
  unmapped: string[];
}

/**
 * The lower round's consolidated result becomes the starting draft of its unit's own report in the
 * higher round: each section's consolidated text (its points saying which units reported them) goes
 * to the section it was copied from, and each indicator's total to the indicator it came from —
 * refused, by name, when the two indicators are not counted in the same unit.
 */
export async function sendUp(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  child: StoredCampaign,
): Promise<SentUp> {
  if (!child.parentAssignmentId) {
    throw conflict('not_cascaded');
  }
  const parent = await readableAssignment(db, tree, actor, child.parentAssignmentId);
  if (!parent.isOwner) {
    throw forbidden('send_up');
  }
  assertOpen(parent);
  assertEditable(parent);
  const report = await consolidatedReport(db, tree, child, true);
  const { sections: sectionOrigin, indicators: indicatorOrigin } = await outlineOrigins(db, child.id);
  const parentSections = new Set(numberOutline(parent.campaign.outline.sections).map((n) => n.section.id));
  const parentIndicators = new Map(
    numberOutline(parent.campaign.outline.sections).flatMap((n) =>
      n.section.indicators.map((i) => [i.id, i] as const),
    ),
  );

  const sections: Record<string, string> = {};
  const unmapped: string[] = [];
  for (const s of report.sections) {
    if (!s.html) continue;
    const origin = sectionOrigin.get(s.sectionId);
    if (origin && parentSections.has(origin)) sections[origin] = s.html;
    else unmapped.push(`${s.label}. ${s.title}`);
  }
  const indicators: Record<string, number | null> = {};
  const mismatches: Bilingual[] = [];
  for (const total of report.indicators) {
    const origin = indicatorOrigin.get(total.indicatorId);
    const above = origin ? parentIndicators.get(origin) : undefined;
    if (!above || total.total === null) continue;
    if (above.unit.trim().toLocaleLowerCase('vi') !== total.unit.trim().toLocaleLowerCase('vi')) {
      mismatches.push({
        vi: `Chỉ tiêu “${total.name}”: đơn vị tính ở đợt cấp dưới là “${total.unit || 'không ghi'}”, ở đợt cấp trên là “${above.unit || 'không ghi'}”`,
        en: `Indicator “${total.name}”: the unit of measure is “${total.unit || 'none given'}” in the lower-level round and “${above.unit || 'none given'}” in the higher-level round`,
      });
      continue;
    }
    indicators[above.id] =
      above.valueType === 'decimal' ? Math.round(total.total * 100) / 100 : Math.round(total.total);
  }
  if (mismatches.length > 0) {
    throw problem('indicator_unit_mismatch', { mismatches }, { problems: mismatches });
  }

  return db.transaction().execute(async (trx) => {
    const current = await selectDraft(trx, parent.assignment.id);
    const kept = parseContent(current?.content);
    const content: ReportContent = {
      ...kept,
      sections: { ...kept.sections, ...sections },
      indicators: { ...kept.indicators, ...indicators },
    };
    const draft = await writeDraft(trx, parent, actor, current?.version ?? 0, content);
    await recordAudit(trx, actor, {
      action: 'consolidated.sent_up',
      entityType: 'assignment',
      entityId: parent.assignment.id,
      after: {
        fromCampaignId: child.id,
        sections: Object.keys(sections).length,
        indicators: Object.keys(indicators).length,
      },
    });
    return {
      assignmentId: parent.assignment.id,
      draftVersion: draft.version,
      sections: Object.keys(sections).length,
      indicators: Object.keys(indicators).length,
      unmapped,
    };
  });
}

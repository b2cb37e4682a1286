import {
  type ConsolidatedReport,
  type ConsolidationBasis,
  numberOutline,
  type OutlineSection,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { type CollectedReport, collectReports } from './collect-reports.ts';
import { readConsolidated } from './consolidated-store.ts';
import { indicatorTotals } from './indicator-totals.ts';
import { reportLayout } from './report-length.ts';

export interface Contribution {
  unitId: string;
  unitName: string;
  submissionId: string;
  seq: number;
  html: string;
}

/**
 * Every section of an outline in reading order (a section with sub-sections too: what units wrote
 * before its sub-sections), with each unit's text for it in tree order.
 */
export function contributionsBySection(
  outline: { sections: OutlineSection[] },
  reports: CollectedReport[],
  tree: UnitTree,
): Map<string, Contribution[]> {
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const sorted = [...reports].sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  const out = new Map<string, Contribution[]>();
  for (const { section } of numberOutline(outline.sections)) {
    const list: Contribution[] = [];
    for (const r of sorted) {
      const html = r.content.sections[section.id];
      if (html) {
        list.push({
          unitId: r.unitId,
          unitName: tree.byId.get(r.unitId)?.name ?? '',
          submissionId: r.submissionId,
          seq: r.seq,
          html,
        });
      }
    }
    out.set(section.id, list);
  }
  return out;
}

/**
 * The consolidated report as the page shows it: the stored text per section with the live
 * contributions beside it (marking those not yet taken in), indicator totals per subtree, and
 * the units that still owe a report.
 */
export async function consolidatedReport(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  canEdit: boolean,
  /** False for the documents, which print the stored text and the totals only: each section's contributions are left empty. */
  withContributions = true,
): Promise<ConsolidatedReport> {
  const stored = await readConsolidated(db, campaign.id);
  const basis = (stored.report?.basis ?? 'accepted') as ConsolidationBasis;
  const { reports, assignments } = await collectReports(db, campaign.id, basis, withContributions);
  const contributions = withContributions
    ? contributionsBySection(campaign.outline, reports, tree)
    : new Map<string, Contribution[]>();
  let newContributions = 0;
  const sections = numberOutline(campaign.outline.sections).map(({ section, path, depth }) => {
    const saved = stored.sections.get(section.id);
    const list = (contributions.get(section.id) ?? []).map((c) => {
      const isNew = !saved?.seen.has(c.submissionId);
      if (isNew) newContributions++;
      return { ...c, isNew };
    });
    return {
      sectionId: section.id,
      label: path,
      title: section.title,
      depth,
      html: saved?.html ?? '',
      generated: saved?.generated ?? true,
      contributions: list,
    };
  });
  const withReport = new Set(reports.map((r) => r.unitId));
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const missing = assignments
    .filter((a) => !withReport.has(a.unitId))
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
    .map((a) => ({ unitId: a.unitId, unitName: tree.byId.get(a.unitId)?.name ?? '', status: a.status }));
  const indicators = indicatorTotals(
    campaign.outline,
    reports.map((r) => ({ unitId: r.unitId, values: r.content.indicators })),
    tree,
    campaign.issuingUnitId,
  );
  const targetPages = stored.report?.target_pages ?? null;
  const estimatedPages = reportLayout(campaign, { sections, indicators }, tree).pages;
  return {
    campaignId: campaign.id,
    version: stored.report?.version ?? 0,
    basis,
    generatedAt: stored.report?.generated_at ?? null,
    updatedAt: stored.report?.updated_at ?? null,
    updatedBy: stored.report?.updated_by ?? null,
    sections,
    indicators,
    missing,
    newContributions,
    length: {
      targetPages,
      estimatedPages,
      overTarget: targetPages !== null && estimatedPages > targetPages,
    },
    canEdit,
  };
}

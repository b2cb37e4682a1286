import {
  CONTRIBUTIONS_FIRST_PAGE,
  CONTRIBUTIONS_PAGE_MAX,
  type ConsolidatedReport,
  type ConsolidationBasis,
  type ContributionsPage,
  type IndicatorTotal,
  indicatorSummary,
  matchesTokens,
  numberOutline,
  type OutlineSection,
  queryTokens,
  searchKey,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { type CollectedReport, collectReports, forEachReportText, inTreeOrder } from './collect-reports.ts';
import { consolidatedDocCode } from './consolidated-documents.ts';
import { consolidatedBasis, readConsolidated } from './consolidated-store.ts';
import { indicatorTotals } from './indicator-totals.ts';
import { parseReleasedContent, readReleasedContent, releasedReport } from './released-content.ts';
import { reportLayout } from './report-length.ts';

/** The consolidated report with every indicator's breakdown, as the documents and sending up read it. */
export type FullConsolidatedReport = Omit<ConsolidatedReport, 'indicators'> & {
  indicators: IndicatorTotal[];
};

/**
 * The report as the page receives it: each indicator's total only, its breakdown by level and
 * unit left to `indicatorBreakdown` (at 1,000 units the breakdowns were nearly all of the answer).
 */
export function reportAnswer(report: FullConsolidatedReport): ConsolidatedReport {
  return { ...report, indicators: report.indicators.map(indicatorSummary) };
}

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
 * The consolidated report as the page shows it: the stored text per section with the first of the
 * live contributions beside it (`CONTRIBUTIONS_FIRST_PAGE`; the rest are paged by
 * `contributionsPage`) and how many there are, how many not yet taken in, indicator totals per
 * subtree, and the units that still owe a report. The reports' texts are read a hundred at a time
 * and only the first page of each section's kept: a thousand units' contributions are counted,
 * not sent.
 */
export async function consolidatedReport(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  canEdit: boolean,
  /** False for the documents, which print the stored text and the totals only: no contribution is read or counted. */
  withContributions = true,
): Promise<FullConsolidatedReport> {
  const stored = await readConsolidated(db, campaign.id);
  // Released, the report is what was signed, whatever the units' reports say now (only the
  // contributions beside its sections are theirs as they are).
  const frozen = stored.report && parseReleasedContent(stored.report);
  if (stored.report && frozen && !withContributions) {
    return releasedReport(campaign.id, stored.report, frozen, canEdit);
  }
  const basis = (stored.report?.basis ?? 'accepted') as ConsolidationBasis;
  const collected = await collectReports(db, campaign.id, basis, false);
  const reports = inTreeOrder(collected.reports, tree);
  const outline = numberOutline(campaign.outline.sections);
  const firstPage = new Map<string, Array<Contribution & { isNew: boolean }>>();
  const counts = new Map<string, { all: number; fresh: number }>();
  for (const { section } of outline) {
    firstPage.set(section.id, []);
    counts.set(section.id, { all: 0, fresh: 0 });
  }
  if (withContributions) {
    await forEachReportText(db, reports, (r, texts) => {
      for (const [sectionId, html] of Object.entries(texts)) {
        const count = counts.get(sectionId);
        if (!html || !count) continue;
        const isNew = !stored.sections.get(sectionId)?.seen.has(r.submissionId);
        count.all++;
        if (isNew) count.fresh++;
        const page = firstPage.get(sectionId) as Contribution[];
        if (page.length < CONTRIBUTIONS_FIRST_PAGE) page.push(contributionOf(r, html, tree, isNew));
      }
    });
  }
  let newContributions = 0;
  const sections = outline.map(({ section, path, depth }) => {
    const saved = stored.sections.get(section.id);
    const count = counts.get(section.id) ?? { all: 0, fresh: 0 };
    newContributions += count.fresh;
    return {
      sectionId: section.id,
      label: path,
      title: section.title,
      depth,
      html: saved?.html ?? '',
      generated: saved?.generated ?? true,
      contributions: firstPage.get(section.id) ?? [],
      contributionCount: count.all,
      newCount: count.fresh,
    };
  });
  const withReport = new Set(reports.map((r) => r.unitId));
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const missing = collected.assignments
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
  const released = Boolean(stored.report?.released_at);
  const estimatedPages = reportLayout(campaign, { sections, indicators }, tree).pages;
  const live: FullConsolidatedReport = {
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
    // A released report is the signed document of record: it is read, never edited.
    canEdit: canEdit && !released,
    canManage: canEdit,
    docCode: consolidatedDocCode(campaign),
    docNumber: stored.report?.doc_number ?? '',
    docDate: stored.report?.doc_date ?? null,
    released,
  };
  return stored.report && frozen ? releasedReport(campaign.id, stored.report, frozen, canEdit, live) : live;
}

function contributionOf(
  r: Pick<CollectedReport, 'unitId' | 'submissionId' | 'seq'>,
  html: string,
  tree: UnitTree,
  isNew: boolean,
) {
  return {
    unitId: r.unitId,
    unitName: tree.byId.get(r.unitId)?.name ?? '',
    submissionId: r.submissionId,
    seq: r.seq,
    html,
    isNew,
  };
}

/**
 * A page of one section's contributions in tree order: those of units whose name matches `q`
 * (words in any order, diacritics folded, as the page's search box finds them), only those not yet
 * taken in with `onlyNew`. Only the reports that can match are read, a hundred at a time, and only
 * the page's texts kept.
 */
export async function contributionsPage(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  sectionId: string,
  query: {
    offset?: number | undefined;
    limit?: number | undefined;
    q?: string | undefined;
    onlyNew?: boolean;
  },
): Promise<ContributionsPage> {
  if (!numberOutline(campaign.outline.sections).some((n) => n.section.id === sectionId)) {
    throw notFound('section');
  }
  const offset = query.offset ?? 0;
  const limit = Math.min(query.limit ?? CONTRIBUTIONS_PAGE_MAX, CONTRIBUTIONS_PAGE_MAX);
  const stored = await readConsolidated(db, campaign.id);
  const basis = (stored.report?.basis ?? 'accepted') as ConsolidationBasis;
  const seen = stored.sections.get(sectionId)?.seen ?? new Set<string>();
  const tokens = queryTokens(query.q ?? '');
  const candidates = inTreeOrder((await collectReports(db, campaign.id, basis, false)).reports, tree).filter(
    (r) =>
      (!query.onlyNew || !seen.has(r.submissionId)) &&
      (tokens.length === 0 || matchesTokens(searchKey(tree.byId.get(r.unitId)?.name ?? ''), tokens)),
  );
  const items: ContributionsPage['items'] = [];
  let total = 0;
  await forEachReportText(
    db,
    candidates,
    (r, texts) => {
      const html = texts[sectionId];
      if (!html) return;
      if (total >= offset && items.length < limit) {
        items.push(contributionOf(r, html, tree, !seen.has(r.submissionId)));
      }
      total++;
    },
    new Set([sectionId]),
  );
  return { sectionId, total, offset, items };
}

/**
 * One indicator of the consolidated report with its breakdown: the figure of every subtree with
 * reports in it and every unit's own figure, counted on the report's basis exactly as the report's
 * totals are (`indicatorTotals` over the same reports, from their figures only: no text is read).
 */
export async function indicatorBreakdown(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  indicatorId: string,
): Promise<IndicatorTotal> {
  const numbered = numberOutline(campaign.outline.sections);
  const at = numbered.find((n) => n.section.indicators.some((i) => i.id === indicatorId));
  const indicator = at?.section.indicators.find((i) => i.id === indicatorId);
  if (!at || !indicator) throw notFound('indicator');
  const frozen = await readReleasedContent(db, campaign.id);
  if (frozen) {
    const released = frozen.indicators.find((i) => i.indicatorId === indicatorId);
    if (!released) throw notFound('indicator');
    return released;
  }
  const basis = (await consolidatedBasis(db, campaign.id)) ?? 'accepted';
  const { reports } = await collectReports(db, campaign.id, basis, false);
  // The outline narrowed to the indicator's section and the indicator: the same numbering, one total.
  const [total] = indicatorTotals(
    { ...campaign.outline, sections: [{ ...at.section, children: [], indicators: [indicator] }] },
    reports.map((r) => ({ unitId: r.unitId, values: r.content.indicators })),
    tree,
    campaign.issuingUnitId,
  );
  return { ...(total as IndicatorTotal), sectionLabel: at.path };
}

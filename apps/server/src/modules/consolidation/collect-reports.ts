import { type ConsolidationBasis, emptyReportContent, type ReportContent } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { roundReportSubmissions, submissionContents } from '../assignments/index.ts';
import { reportSections } from './report-sections.ts';

export interface CollectedReport {
  assignmentId: string;
  unitId: string;
  submissionId: string;
  seq: number;
  content: ReportContent;
}

export interface ReportAssignment {
  id: string;
  unitId: string;
  status: string;
}

/**
 * The reports a consolidation takes in: for each report assignment of the round, its latest
 * accepted submission (or, on the 'submitted' basis, its latest submission of any outcome).
 */
export async function collectReports(
  db: Kysely<Database>,
  campaignId: string,
  basis: ConsolidationBasis,
  /** False when only the figures matter: the reports' texts are dropped as they are read. */
  withTexts = true,
): Promise<{ reports: CollectedReport[]; assignments: ReportAssignment[] }> {
  const { assignments, submissions: rows } = await roundReportSubmissions(db, campaignId, {
    acceptedOnly: basis === 'accepted',
    withTexts,
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const current = latest.get(row.assignment_id);
    if (!current || row.seq > current.seq) latest.set(row.assignment_id, row);
  }
  // Without the texts, only the figures are read: a few hundred bytes a report, not its whole text.
  const reports = [...latest.values()].map((r) => {
    const content: ReportContent =
      r.content !== undefined
        ? { ...emptyReportContent(), ...(JSON.parse(r.content) as Partial<ReportContent>) }
        : { ...emptyReportContent(), indicators: r.indicators ? JSON.parse(r.indicators) : {} };
    return { assignmentId: r.assignment_id, unitId: r.unit_id, submissionId: r.id, seq: r.seq, content };
  });
  return {
    reports,
    assignments: assignments.map((a) => ({ id: a.id, unitId: a.unit_id, status: a.status })),
  };
}

/** The reports (as `collectReports` answers them) in the unit tree's order. */
export function inTreeOrder<T extends { unitId: string }>(reports: T[], tree: UnitTree): T[] {
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return [...reports].sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
}

/** Reports whose texts are read at a time: a few megabytes, whatever the round's size. */
const TEXT_CHUNK = 100;

/**
 * Each report's section texts (by section id), handed to `visit` in the order of `reports`, read
 * and parsed a hundred reports at a time: a thousand reports' texts (tens of megabytes as strings,
 * and as much again as the rows they are parsed from) are never all held at once. With
 * `sectionIds`, only those sections are parsed (`reportSections`): the others are left out.
 */
export async function forEachReportText<T extends { submissionId: string }>(
  db: Kysely<Database>,
  reports: readonly T[],
  visit: (report: T, sections: ReportContent['sections']) => void,
  sectionIds?: ReadonlySet<string>,
): Promise<void> {
  for (let i = 0; i < reports.length; i += TEXT_CHUNK) {
    const chunk = reports.slice(i, i + TEXT_CHUNK);
    const contents = await submissionContents(
      db,
      chunk.map((r) => r.submissionId),
    );
    for (const r of chunk) {
      const json = contents.get(r.submissionId);
      // Each row's text goes as soon as it is read: the chunk's are not all held to its end.
      contents.delete(r.submissionId);
      const sections = !json
        ? {}
        : sectionIds
          ? reportSections(json, sectionIds)
          : ((JSON.parse(json) as Partial<ReportContent>).sections ?? {});
      visit(r, sections);
    }
  }
}

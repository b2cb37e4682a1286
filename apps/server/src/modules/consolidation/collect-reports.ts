import { type ConsolidationBasis, emptyReportContent, type ReportContent } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { roundReportSubmissions } from '../assignments/index.ts';

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

/**
 * The consolidated report frozen at its release (docs/signatures.md, "Consolidated reports"): what
 * the signed PDF was rendered from — kept when the PDF to sign was served (`signing_content`) —
 * stored as JSON on the report's row in the transaction that releases it
 * (`consolidated_reports.released_content`, migration 0022). From then on whatever
 * shows or prints the report — the tab, the Word copy, the workbook, one indicator's breakdown,
 * sending it up — reads this, not the units' current reports, which may change after the release.
 */
import { createHash } from 'node:crypto';
import type { ConsolidatedDocumentInput } from '@tongket/documents/builders';
import type { ConsolidatedReport, ConsolidationBasis, IndicatorTotal } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { ConsolidatedReportsTable, Database } from '../../db/schema.ts';
import type { FullConsolidatedReport } from './consolidate.ts';

/** The document's parts that are not the report's own content: its header, the plan it answers, the signature. */
export type ReleasedHeader = Omit<
  ConsolidatedDocumentInput,
  'sections' | 'indicators' | 'docNumber' | 'docDate' | 'draft'
>;

export interface ReleasedContent {
  basis: ConsolidationBasis;
  generatedAt: string | null;
  sections: Array<
    Pick<
      ConsolidatedReport['sections'][number],
      'sectionId' | 'label' | 'title' | 'depth' | 'html' | 'generated'
    >
  >;
  /** With their breakdowns by level and unit: the workbook and one indicator's breakdown print them. */
  indicators: IndicatorTotal[];
  /** The units that had nothing in the report when it was released. */
  missing: ConsolidatedReport['missing'];
  length: ConsolidatedReport['length'];
  header: ReleasedHeader;
}

/**
 * What the PDF last served to be signed was rendered from (`consolidated_reports.signing_content`),
 * with that PDF's SHA-256 and size: the release keeps it when the released PDF begins with it.
 */
export interface SigningContent {
  pdfSha256: string;
  pdfBytes: number;
  content: ReleasedContent;
}

/** Whether a signed PDF is built on the PDF served to be signed (signatures and marks are appended). */
export function builtOn(signedPdf: Uint8Array, signing: Pick<SigningContent, 'pdfSha256' | 'pdfBytes'>) {
  return (
    signedPdf.length >= signing.pdfBytes &&
    createHash('sha256').update(signedPdf.subarray(0, signing.pdfBytes)).digest('hex') === signing.pdfSha256
  );
}

/** What to store at the release: the report (as `consolidatedReport` reads it) and the document it prints as. */
export function releasedContentOf(
  report: FullConsolidatedReport,
  document: ConsolidatedDocumentInput,
): ReleasedContent {
  const { sections: _s, indicators: _i, docNumber: _n, docDate: _d, draft: _draft, ...header } = document;
  return {
    basis: report.basis,
    generatedAt: report.generatedAt,
    sections: report.sections.map(({ sectionId, label, title, depth, html, generated }) => ({
      sectionId,
      label,
      title,
      depth,
      html,
      generated,
    })),
    indicators: report.indicators,
    missing: report.missing,
    length: report.length,
    header,
  };
}

/** The stored content of a released report; undefined before the release (or when released before 0022). */
export function parseReleasedContent(
  row: Pick<ConsolidatedReportsTable, 'released_content'> | undefined,
): ReleasedContent | undefined {
  return row?.released_content ? (JSON.parse(row.released_content) as ReleasedContent) : undefined;
}

/** The round's released content, read alone (one indicator's breakdown, the round's totals). */
export async function readReleasedContent(
  db: Kysely<Database>,
  campaignId: string,
): Promise<ReleasedContent | undefined> {
  const row = await db
    .selectFrom('consolidated_reports')
    .select('released_content')
    .where('campaign_id', '=', campaignId)
    .where('released_at', 'is not', null)
    .executeTakeFirst();
  return parseReleasedContent(row);
}

/** The round's released content with the release's number and date, for the Word copy. */
export async function readReleasedConsolidated(db: Kysely<Database>, campaignId: string) {
  const row = await db
    .selectFrom('consolidated_reports')
    .select(['released_content', 'doc_number', 'doc_date'])
    .where('campaign_id', '=', campaignId)
    .where('released_at', 'is not', null)
    .executeTakeFirst();
  const content = parseReleasedContent(row);
  return row && content
    ? { content, issue: { docNumber: row.doc_number ?? '', docDate: row.doc_date } }
    : undefined;
}

/**
 * The released report as `consolidatedReport` answers it: as it was released, with the release's
 * number and date. The contributions beside each section (the units' texts as they are now, not
 * part of the report) are `live`'s when given, none otherwise.
 */
export function releasedReport(
  campaignId: string,
  row: Pick<ConsolidatedReportsTable, 'version' | 'updated_at' | 'updated_by' | 'doc_number' | 'doc_date'>,
  content: ReleasedContent,
  canManage: boolean,
  live?: Pick<FullConsolidatedReport, 'sections' | 'newContributions'>,
): FullConsolidatedReport {
  const contributions = new Map(live?.sections.map((s) => [s.sectionId, s]));
  return {
    campaignId,
    version: row.version,
    basis: content.basis,
    generatedAt: content.generatedAt,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    sections: content.sections.map((s) => {
      const beside = contributions.get(s.sectionId);
      return {
        ...s,
        contributions: beside?.contributions ?? [],
        contributionCount: beside?.contributionCount ?? 0,
        newCount: beside?.newCount ?? 0,
      };
    }),
    indicators: content.indicators,
    missing: content.missing,
    newContributions: live?.newContributions ?? 0,
    length: content.length,
    canEdit: false,
    canManage,
    docCode: content.header.docCode,
    docNumber: row.doc_number ?? '',
    docDate: row.doc_date,
    released: true,
  };
}

/** The document of a released report as its signed PDF prints it, with the release's number and date. */
export function releasedDocumentInput(
  content: ReleasedContent,
  issue: { docNumber: string; docDate: string | null },
): ConsolidatedDocumentInput {
  return {
    ...content.header,
    sections: content.sections.map(({ label, title, depth, html }) => ({ label, title, depth, html })),
    indicators: content.indicators,
    docNumber: issue.docNumber,
    docDate: issue.docDate,
    draft: false,
  };
}

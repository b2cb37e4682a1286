import {
  buildUnitReportDocument,
  DocumentTooLargeError,
  renderUnitReportInWorker,
  type UnitReportDocumentInput,
} from '@tongket/documents/builders';
import {
  documentReference,
  formatOfficialDate,
  numberOutline,
  type ReportContent,
  type ReportDocumentQuery,
  vietnamDate,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound, problem } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now } from '../../lib/clock.ts';
import { renderDocx, renderPdf } from '../../lib/renderers.ts';
import type { AssignmentContext } from './assignment-access.ts';
import { parseContent, selectDraft, selectSubmissions, selectSubmissionsBySeq } from './assignment-store.ts';

/** The signature block's placeholder: the unit puts its head's title and name in Word, or in the form. */
export const DEFAULT_SIGNER_TITLE = 'THỦ TRƯỞNG ĐƠN VỊ';

/**
 * Above this much report text (characters of HTML) the PDF is laid out on the document worker, as a
 * consolidated report's is: a pasted report of a few hundred pages must not hold the server's thread.
 */
export const REPORT_PDF_WORKER_THRESHOLD_CHARS = 256 * 1024;

/**
 * Which text the report document prints:
 * - `?submission=N`: that submission, as it was sent — for the owning unit and the standing agency;
 * - otherwise, for the owning unit, its draft as it stands (what it is about to sign and send, or
 *   what it sent: submitting keeps the draft);
 * - otherwise, for the standing agency, the latest submission not withdrawn (a unit's draft is its own
 *   until sent).
 * Anyone else reading the assignment (the units above, the leadership, the board) is refused: the
 * document is the unit's own paper, signed by it.
 */
async function printedContent(
  db: Kysely<Database>,
  ctx: AssignmentContext,
  submission: number | undefined,
): Promise<ReportContent> {
  if (!ctx.isOwner && !ctx.isReviewer) throw forbidden('report_document');
  if (ctx.assignment.kind !== 'report') throw problem('not_a_report_document');
  if (submission !== undefined) {
    const [row] = await selectSubmissionsBySeq(db, ctx.assignment.id, [submission]);
    if (!row) throw problem('not_found', { case: 'submission', seq: submission });
    return parseContent(row.content);
  }
  if (ctx.isOwner) return parseContent((await selectDraft(db, ctx.assignment.id))?.content);
  const sent = (await selectSubmissions(db, ctx.assignment.id)).filter((s) => s.decision !== 'withdrawn');
  const latest = sent.at(-1);
  if (!latest) throw notFound('no_submission');
  const [row] = await selectSubmissionsBySeq(db, ctx.assignment.id, [latest.seq]);
  return parseContent(row?.content);
}

/** What the unit's report document is made of: the unit's header, the outline with its text, the round's standing unit. */
export async function reportDocumentInput(
  db: Kysely<Database>,
  tree: UnitTree,
  ctx: AssignmentContext,
  query: Omit<ReportDocumentQuery, 'inline'>,
): Promise<UnitReportDocumentInput> {
  const content = await printedContent(db, ctx, query.submission as number | undefined);
  const { assignment, campaign } = ctx;
  const plan = campaign.plan;
  const unit = tree.byId.get(assignment.unit_id);
  const parent = unit?.parentId ? tree.byId.get(unit.parentId) : undefined;
  const issuer = tree.byId.get(campaign.issuingUnitId);
  const standing = tree.byId.get(campaign.standingUnitId);
  const planReference = plan.docNumber
    ? `Kế hoạch số ${documentReference(plan)}${plan.docDate ? ` ngày ${formatOfficialDate(plan.docDate)}` : ''} của ${issuer?.shortName ?? issuer?.name ?? ''}`.trim()
    : '';
  const signerTitle = query.signerTitle?.trim() ?? '';
  return {
    parentBody: parent?.name ?? '',
    issuingBody: unit?.name ?? '',
    place: plan.place,
    number: query.number?.trim() || null,
    code: query.code?.trim() ?? '',
    date: query.date ?? null,
    year: Number(vietnamDate(now()).slice(0, 4)),
    summary: campaign.outline.summary || plan.summary.replace(/\s*\n\s*/g, ' '),
    planReference,
    sections: numberOutline(campaign.outline.sections).map(({ section, depth, label }) => ({
      label,
      title: section.title,
      depth,
      html: content.sections[section.id] ?? '',
      figures: section.indicators.map((i) => ({
        name: i.name,
        unit: i.unit,
        value: content.indicators[i.id] ?? null,
        valueType: i.valueType,
      })),
    })),
    recipients: [...(standing ? [standing.name] : []), 'Lưu: VT'],
    signature: {
      lines: signerTitle ? signerTitle.split(/\s*\n\s*/) : [DEFAULT_SIGNER_TITLE],
      name: query.signerName?.trim() ?? '',
    },
  };
}

/** The unit's report as a Decree 30 Báo cáo, DOCX or PDF. */
export async function renderReportDocument(
  input: UnitReportDocumentInput,
  format: 'docx' | 'pdf',
): Promise<Buffer> {
  const textLength = input.sections.reduce((n, s) => n + s.html.length, 0);
  if (format === 'pdf' && textLength > REPORT_PDF_WORKER_THRESHOLD_CHARS) {
    try {
      return await renderUnitReportInWorker(input, format);
    } catch (error) {
      if (!(error instanceof DocumentTooLargeError)) throw error;
      throw problem('document_too_large');
    }
  }
  const document = buildUnitReportDocument(input);
  return format === 'pdf' ? renderPdf(document) : renderDocx(document);
}

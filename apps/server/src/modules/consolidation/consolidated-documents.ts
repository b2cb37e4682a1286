import {
  buildConsolidatedDocument,
  type ConsolidatedDocumentInput,
  DocumentTooLargeError,
  renderConsolidatedInWorker,
} from '@tongket/documents/builders';
import {
  type ConsolidatedReport,
  documentReference,
  formatOfficialDate,
  INDICATOR_AGGREGATION_LABELS,
  type IndicatorTotal,
  ROLLUP_RULE,
  vietnamDate,
} from '@tongket/domain';
import type ExcelJS from 'exceljs';
import { problem } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { renderDocx, renderPdf } from '../../lib/renderers.ts';
import { newWorkbook } from '../../lib/workbook.ts';
import type { StoredCampaign } from '../campaigns/index.ts';

export const CONSOLIDATED_FILES = {
  'consolidated.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'consolidated.pdf': 'application/pdf',
  'indicators.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ConsolidatedFile = keyof typeof CONSOLIDATED_FILES;

/**
 * Above this much text (characters of HTML), a consolidated PDF renders on a worker thread:
 * pdfmake lays out a few hundred pages a second and holds them all. The DOCX renders here, streamed
 * (a thousand units' reports in about a second), as a worker would cost more to start than it saves.
 */
export const PDF_WORKER_THRESHOLD_CHARS = 256 * 1024;

/** What of the consolidated report is printed: each section's text under its heading, and the totals. */
export interface PrintedReport {
  sections: Array<Pick<ConsolidatedReport['sections'][number], 'label' | 'title' | 'depth' | 'html'>>;
  /** With their breakdowns: the workbook prints every unit's figures. */
  indicators: IndicatorTotal[];
}

/**
 * What the printed report is made of: the plan's header and signature, the sections' stored text
 * and the indicator totals (the report's length is reckoned on it too).
 */
export function consolidatedDocumentInput(
  campaign: StoredCampaign,
  report: PrintedReport,
  tree: UnitTree,
  issue?: ConsolidatedIssue,
): ConsolidatedDocumentInput {
  const plan = campaign.plan;
  const issuer = tree.byId.get(campaign.issuingUnitId);
  const planReference = plan.docNumber
    ? `Kế hoạch số ${documentReference(plan)}${plan.docDate ? ` ngày ${formatOfficialDate(plan.docDate)}` : ''} của ${issuer?.shortName ?? issuer?.name ?? ''}`
    : `kế hoạch ${campaign.name}`;
  return {
    parentBody: plan.parentBody,
    issuingBody: plan.issuingBody,
    place: plan.place,
    docCode: consolidatedDocCode(campaign),
    // A draft: the records office numbers and dates it when it is released. Its year is the
    // round's, taken from its deadline (a report is written when its round closes).
    docNumber: issue?.docNumber ?? '',
    docDate: issue?.docDate ?? null,
    draft: issue === undefined,
    year: Number(
      (plan.reportDeadline ? vietnamDate(new Date(plan.reportDeadline)) : vietnamDate(clockNow())).slice(
        0,
        4,
      ),
    ),
    summary: campaign.outline.summary || plan.summary.replace(/\s*\n\s*/g, ' '),
    planReference,
    sections: report.sections.map((s) => ({ label: s.label, title: s.title, depth: s.depth, html: s.html })),
    indicators: report.indicators,
    recipients: ['Lưu: VT'],
    signature: {
      lines: [plan.signature.authority, plan.signature.deputy, plan.signature.title].filter(Boolean),
      name: plan.signature.name,
    },
  };
}

/**
 * The report as issued rather than as a working draft (no "DỰ THẢO"): to be signed, its number and
 * date blank ('' and null); once released, with them.
 */
export interface ConsolidatedIssue {
  docNumber: string;
  docDate: string | null;
}

/** The report's notation: the plan's, as a report ("KH-UBND" → "BC-UBND"). */
export function consolidatedDocCode(campaign: StoredCampaign): string {
  return (campaign.plan.docCode || 'KH-UBND').replace(/^KH-/, 'BC-');
}

/** The consolidated report as a Decree 30 report, DOCX or PDF: a draft, or as issued (`issue`). */
export async function renderConsolidated(
  campaign: StoredCampaign,
  report: PrintedReport,
  tree: UnitTree,
  format: 'docx' | 'pdf',
  issue?: ConsolidatedIssue,
): Promise<Buffer> {
  return renderConsolidatedInput(consolidatedDocumentInput(campaign, report, tree, issue), format);
}

/** The consolidated report's document as made (`consolidatedDocumentInput`) or as released, DOCX or PDF. */
export async function renderConsolidatedInput(
  input: ConsolidatedDocumentInput,
  format: 'docx' | 'pdf',
): Promise<Buffer> {
  const textLength = input.sections.reduce((n, s) => n + s.html.length, 0);
  if (format === 'pdf' && textLength > PDF_WORKER_THRESHOLD_CHARS) {
    try {
      return await renderConsolidatedInWorker(input, format);
    } catch (error) {
      if (!(error instanceof DocumentTooLargeError)) throw error;
      throw problem('document_too_large');
    }
  }
  const document = buildConsolidatedDocument(input);
  return format === 'pdf' ? renderPdf(document) : renderDocx(document);
}

/**
 * The indicators as Excel: the round's totals, then one sheet per level of the tree under the
 * issuing unit (each unit's subtree by the indicator's rule), then each reporting unit's figures,
 * and — when a unit and units below it both reported — a note naming the units whose own figure
 * was used for their subtree (ROLLUP_RULE).
 */
export async function indicatorsWorkbook(report: PrintedReport, campaignName: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tổng kết';
  workbook.title = `Số liệu: ${campaignName}`;
  const indicators = report.indicators;
  const header = (sheet: ExcelJS.Worksheet) => {
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  };
  const totals = workbook.addWorksheet('Tổng hợp');
  totals.columns = [
    { header: 'Mục', width: 8 },
    { header: 'Chỉ tiêu', width: 48 },
    { header: 'Đơn vị tính', width: 14 },
    { header: 'Cách tổng hợp', width: 16 },
    { header: 'Số liệu', width: 18 },
    { header: 'Số đơn vị báo cáo', width: 12 },
  ];
  for (const i of indicators) {
    totals.addRow([
      i.sectionLabel,
      i.name,
      i.unit,
      INDICATOR_AGGREGATION_LABELS[i.aggregation].vi,
      i.total,
      i.reported,
    ]);
  }
  header(totals);

  const depths = [...new Set(indicators.flatMap((i) => i.subtrees.map((s) => s.depth)))]
    .filter((d) => d > 0)
    .sort();
  // Lookups by unit, built once: thousands of units times dozens of indicators.
  const subtreeValue = indicators.map((i) => new Map(i.subtrees.map((s) => [s.unitId, s.value])));
  const unitValue = indicators.map((i) => new Map(i.units.map((u) => [u.unitId, u.value])));
  const byUnitColumns = [
    { header: 'Đơn vị', width: 46 },
    ...indicators.map((i) => ({ header: `${i.name} (${i.unit})`, width: 16 })),
  ];
  for (const depth of depths) {
    const sheet = workbook.addWorksheet(`Cấp ${depth}`.slice(0, 31));
    sheet.columns = byUnitColumns;
    const units = new Map<string, string>();
    for (const i of indicators)
      for (const s of i.subtrees) if (s.depth === depth) units.set(s.unitId, s.unitName);
    for (const [unitId, name] of units) {
      sheet.addRow([name, ...subtreeValue.map((m) => m.get(unitId) ?? null)]);
    }
    header(sheet);
  }
  const each = workbook.addWorksheet('Từng đơn vị');
  each.columns = byUnitColumns;
  const units = new Map<string, string>();
  for (const i of indicators) for (const u of i.units) units.set(u.unitId, u.unitName);
  for (const [unitId, name] of units) {
    each.addRow([name, ...unitValue.map((m) => m.get(unitId) ?? null)]);
  }
  header(each);
  if (indicators.some((i) => i.ownFigureUnits.length > 0)) {
    const note = workbook.addWorksheet('Ghi chú');
    note.columns = [
      { header: 'Chỉ tiêu', width: 48 },
      { header: 'Đơn vị dùng số liệu của chính mình', width: 46 },
      { header: 'Số đơn vị cấp dưới không cộng thêm', width: 18 },
    ];
    for (const i of indicators) {
      for (const u of i.ownFigureUnits) note.addRow([i.name, u.unitName, u.replaces]);
    }
    note.addRow([]);
    note.addRow([ROLLUP_RULE]);
    header(note);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

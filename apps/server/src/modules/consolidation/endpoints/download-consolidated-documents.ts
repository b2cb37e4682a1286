import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { fileStorageOf } from '../../../kernel/file-store.ts';
import type { UnitTree } from '../../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../../campaigns/index.ts';
import { consolidatedReport, type FullConsolidatedReport } from '../consolidate.ts';
import {
  CONSOLIDATED_FILES,
  type ConsolidatedFile,
  indicatorsWorkbook,
  renderConsolidated,
  renderConsolidatedInput,
} from '../consolidated-documents.ts';
import { releasedConsolidatedPdf } from '../consolidated-release.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';
import { readReleasedConsolidated, releasedDocumentInput } from '../released-content.ts';

/** What each file of the consolidation is, and the names it is saved under. */
const DOCUMENTS: Record<ConsolidatedFile, { summary: string; name: string; ascii: string }> = {
  'consolidated.docx': {
    summary: 'Báo cáo tổng hợp theo thể thức Nghị định 30 (DOCX)',
    name: 'Báo cáo tổng hợp.docx',
    ascii: 'bao-cao-tong-hop.docx',
  },
  'consolidated.pdf': {
    summary: 'Báo cáo tổng hợp theo thể thức Nghị định 30 (PDF)',
    name: 'Báo cáo tổng hợp.pdf',
    ascii: 'bao-cao-tong-hop.pdf',
  },
  'indicators.xlsx': {
    summary: 'Số liệu các chỉ tiêu: tổng hợp, từng cấp, từng đơn vị (Excel)',
    name: 'Số liệu tổng hợp.xlsx',
    ascii: 'so-lieu-tong-hop.xlsx',
  },
};

/**
 * A file made from the report's data (once released, its data as released); the Word copy of a
 * report released before its content was kept (migration 0022) carries its number and date.
 */
function renderFile(
  file: ConsolidatedFile,
  campaign: StoredCampaign,
  report: FullConsolidatedReport,
  tree: UnitTree,
) {
  if (file === 'indicators.xlsx') return indicatorsWorkbook(report, campaign.name);
  const issue = report.released ? { docNumber: report.docNumber, docDate: report.docDate } : undefined;
  return renderConsolidated(campaign, report, tree, file === 'consolidated.pdf' ? 'pdf' : 'docx', issue);
}

/** One file of the consolidation: the draft report (DOCX, PDF) or the indicators' workbook. */
function downloadConsolidatedDocument(file: ConsolidatedFile) {
  const { summary, name, ascii } = DOCUMENTS[file];
  return defineEndpoint(
    `GET /campaigns/:id/documents/${file}`,
    { tags: ['consolidation'], summary },
    async (ctx, request, reply) => {
      const db = ctx.db.kysely;
      const actor = authorize(request, 'campaigns.read');
      const tree = await ctx.units.current();
      const { campaign, manages } = await consolidatedCampaign(db, tree, actor, request.params.id);
      // Released through digital signing, the signed PDF is the report of record, byte for byte.
      const signed =
        file === 'consolidated.pdf'
          ? await releasedConsolidatedPdf(db, fileStorageOf(ctx.config), campaign.id)
          : undefined;
      // The Word copy of a released report prints what its signed PDF was rendered from.
      const released =
        file === 'consolidated.docx' ? await readReleasedConsolidated(db, campaign.id) : undefined;
      const bytes =
        signed ??
        (released
          ? await renderConsolidatedInput(releasedDocumentInput(released.content, released.issue), 'docx')
          : await renderFile(
              file,
              campaign,
              await consolidatedReport(db, tree, campaign, manages, false),
              tree,
            ));
      // Only the PDF is shown in the app's own preview.
      const inline = request.query.inline === '1' && file === 'consolidated.pdf';
      if (inline) reply.header('content-security-policy', "frame-ancestors 'self'");
      return reply
        .type(CONSOLIDATED_FILES[file])
        .header('cache-control', 'private, no-cache')
        .header('content-disposition', contentDisposition(name, { ascii, inline }))
        .send(bytes);
    },
  );
}

export const downloadConsolidatedDocumentEndpoints = (
  Object.keys(CONSOLIDATED_FILES) as ConsolidatedFile[]
).map(downloadConsolidatedDocument);

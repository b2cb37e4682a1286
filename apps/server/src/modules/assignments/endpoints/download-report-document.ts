import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { renderReportDocument, reportDocumentInput } from '../report-document.ts';

const FILES = {
  'report.docx': {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    format: 'docx',
    summary: 'Báo cáo của đơn vị theo thể thức Nghị định 30 (DOCX), để ký và lưu',
  },
  'report.pdf': {
    type: 'application/pdf',
    format: 'pdf',
    summary: 'Báo cáo của đơn vị theo thể thức Nghị định 30 (PDF), để ký và lưu',
  },
} as const;

/** The unit's report as its own official Báo cáo: the owning unit's users and the round's managers. */
function downloadReportDocument(file: keyof typeof FILES) {
  const { type, format, summary } = FILES[file];
  return defineEndpoint(
    `GET /assignments/:id/documents/${file}`,
    { tags: ['assignments'], summary },
    async (ctx, request, reply) => {
      const db = ctx.db.kysely;
      const actor = authorize(request, 'campaigns.read');
      const tree = await ctx.units.current();
      const found = await readableAssignment(db, tree, actor, request.params.id);
      const { inline: _inline, ...query } = request.query;
      const input = await reportDocumentInput(db, tree, found, query);
      const bytes = await renderReportDocument(input, format);
      const inline = request.query.inline === '1' && format === 'pdf';
      if (inline) reply.header('content-security-policy', "frame-ancestors 'self'");
      const unitCode = tree.byId.get(found.assignment.unit_id)?.code ?? 'don-vi';
      return reply
        .type(type)
        .header('cache-control', 'private, no-cache')
        .header(
          'content-disposition',
          contentDisposition(`Báo cáo - ${input.issuingBody}.${format}`, {
            ascii: `bao-cao-${unitCode.toLowerCase()}.${format}`,
            inline,
          }),
        )
        .send(bytes);
    },
  );
}

export const downloadReportDocumentEndpoints = (Object.keys(FILES) as Array<keyof typeof FILES>).map(
  downloadReportDocument,
);

import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { fileStorageOf } from '../../../kernel/file-store.ts';
import { decisionFile, decisionPdfOfRecord } from '../decision-documents.ts';
import { awardTypeNames, readableDecision } from '../nomination-access.ts';

export const downloadDecisionDocumentEndpoint = defineEndpoint(
  'GET /decisions/:id/documents/:file',
  {
    tags: ['commendation'],
    summary:
      'Quyết định theo thể thức Nghị định 30 (decision.docx, decision.pdf), danh sách (list.xlsx), bằng khen (certificates.pdf, sau khi ban hành)',
  },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const { row, campaign } = await readableDecision(db, tree, actor, request.params.id);
    const names = await awardTypeNames(db);
    // The PDF is the document of record: the released signed one when there is one, unchanged.
    const file =
      request.params.file === 'decision.pdf'
        ? await decisionPdfOfRecord(db, fileStorageOf(ctx.config), tree, campaign, row, names)
        : await decisionFile(db, tree, campaign, row, request.params.file, names);
    // The app's own preview shows a PDF in a frame; anything else is saved.
    const inline = request.query.inline === '1' && file.contentType === 'application/pdf';
    if (inline) reply.header('content-security-policy', "frame-ancestors 'self'");
    return reply
      .type(file.contentType)
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', contentDisposition(file.name, { ascii: file.ascii, inline }))
      .send(file.bytes);
  },
);

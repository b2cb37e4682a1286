import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { notFound } from '../../../http/problem.ts';
import { downloadName, readAttachmentBytes } from '../../../kernel/file-store.ts';
import { readableAssignment } from '../assignment-access.ts';
import { attachmentStorage, selectAttachment } from '../attachment-records.ts';

export const downloadAttachmentEndpoint = defineEndpoint(
  'GET /attachments/:id',
  { tags: ['assignments'], summary: 'Tải tệp đính kèm' },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const row = await selectAttachment(db, request.params.id);
    if (!row) throw notFound('attachment');
    await readableAssignment(db, await ctx.units.current(), actor, row.assignment_id);
    const bytes = await readAttachmentBytes(db, attachmentStorage(ctx.config), row);
    return reply
      .type(row.content_type)
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', contentDisposition(downloadName(row.file_name, row.content_type)))
      .send(bytes);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { notFound } from '../../../http/problem.ts';
import { writableAssignment } from '../assignment-access.ts';
import { removeAttachment, selectAttachment } from '../attachment-records.ts';

export const removeAttachmentEndpoint = defineEndpoint(
  'DELETE /attachments/:id',
  { tags: ['assignments'], summary: 'Gỡ tệp đính kèm khỏi bản nháp' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const row = await selectAttachment(db, request.params.id);
    if (!row || row.deleted_at) throw notFound('attachment');
    await writableAssignment(db, await ctx.units.current(), actor, row.assignment_id);
    await removeAttachment(db, row.id);
  },
);

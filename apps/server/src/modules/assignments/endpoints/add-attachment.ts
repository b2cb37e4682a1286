import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readUpload } from '../../../lib/uploads/read-upload.ts';
import { writableAssignment } from '../assignment-access.ts';
import { addAttachment, attachmentStorage } from '../attachment-records.ts';

export const addAttachmentEndpoint = defineEndpoint(
  'POST /assignments/:id/attachments',
  {
    tags: ['assignments'],
    summary:
      'Đính kèm tệp (PDF, Word, Excel, ảnh; video MP4/MOV/WebM cho nhiệm vụ phóng sự; kiểm tra theo nội dung tệp)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const found = await writableAssignment(db, await ctx.units.current(), actor, request.params.id);
    const file = await readUpload(request, ctx.config.maxUploadBytes, 'attachment');
    return addAttachment(db, attachmentStorage(ctx.config), {
      assignmentId: found.assignment.id,
      fileName: file.name,
      data: file.data,
      actorUsername: actor.username,
      videos: found.assignment.kind === 'media',
    });
  },
);

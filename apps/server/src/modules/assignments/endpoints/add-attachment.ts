import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { checkPdfSignatures, organisationNames } from '../../../kernel/signature-check.ts';
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
    const tree = await ctx.units.current();
    const found = await writableAssignment(db, tree, actor, request.params.id);
    const file = await readUpload(request, ctx.config.maxUploadBytes, 'attachment');
    // A signed PDF must be signed by the unit that sends it: its certificate names the agency.
    const organisation = organisationNames(tree, found.assignment.unit_id);
    return addAttachment(db, attachmentStorage(ctx.config), {
      assignmentId: found.assignment.id,
      fileName: file.name,
      data: file.data,
      actorUsername: actor.username,
      videos: found.assignment.kind === 'media',
      checkSignature: (pdf) => checkPdfSignatures(ctx.config, pdf, organisation, ctx.clock.now()),
    });
  },
);

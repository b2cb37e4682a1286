import { defineEndpoint } from '../../../http/endpoint.ts';
import { notFound } from '../../../http/problem.ts';
import { fileStorageOf } from '../../../kernel/file-store.ts';
import { releasedInvitationPdf } from '../invitation-release.ts';
import { rsvpContext } from '../respond-rsvp.ts';
import { limitRsvp } from '../rsvp-rate-limit.ts';
import { sendDocumentFile } from '../send-document-file.ts';

// Public: a delegate has no account; the token in the link is the only key.
export const getRsvpSignedInvitationEndpoint = defineEndpoint(
  'GET /rsvp/:token/signed-invitation.pdf',
  {
    tags: ['rsvp'],
    summary:
      'Giấy mời đã ký số và phát hành của cơ quan (bản gốc điện tử, nguyên vẹn từng byte) cho đại biểu có đường dẫn',
    onRequest: limitRsvp,
  },
  async (ctx, request, reply) => {
    const { conference } = await rsvpContext(ctx.db.kysely, request.params.token);
    const pdf = await releasedInvitationPdf(ctx.db.kysely, fileStorageOf(ctx.config), conference.id);
    if (!pdf) throw notFound('invitation_not_released');
    return sendDocumentFile(
      reply,
      {
        bytes: pdf,
        contentType: 'application/pdf',
        name: 'Giấy mời (đã ký số).pdf',
        ascii: 'giay-moi-da-ky-so.pdf',
      },
      request.query.inline === '1',
    );
  },
);

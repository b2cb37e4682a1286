import { defineEndpoint } from '../../../http/endpoint.ts';
import { invitationFile } from '../conference-documents.ts';
import { rsvpContext } from '../respond-rsvp.ts';
import { limitRsvp } from '../rsvp-rate-limit.ts';
import { sendDocumentFile } from '../send-document-file.ts';

// Public: a delegate has no account; the token in the link is the only key.
export const getRsvpInvitationEndpoint = defineEndpoint(
  'GET /rsvp/:token/invitation.pdf',
  {
    tags: ['rsvp'],
    summary: 'Giấy mời (PDF, có mã QR điểm danh) của đại biểu có đường dẫn',
    onRequest: limitRsvp,
  },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const { delegate, conference, campaign } = await rsvpContext(db, request.params.token);
    const tree = await ctx.units.current();
    return sendDocumentFile(
      reply,
      await invitationFile(db, campaign, tree, conference, [delegate], 'pdf'),
      request.query.inline === '1',
    );
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { calendarFile, invitationContent } from '../conference-documents.ts';
import { inviterName } from '../conference-store.ts';
import { rsvpContext } from '../respond-rsvp.ts';
import { limitRsvp } from '../rsvp-rate-limit.ts';
import { sendDocumentFile } from '../send-document-file.ts';

// Public: a delegate has no account; the token in the link is the only key.
export const getRsvpCalendarEndpoint = defineEndpoint(
  'GET /rsvp/:token/calendar.ics',
  {
    tags: ['rsvp'],
    summary: 'Lịch hội nghị (.ics) cho đại biểu có đường dẫn',
    onRequest: limitRsvp,
  },
  async (ctx, request, reply) => {
    const { conference, campaign } = await rsvpContext(ctx.db.kysely, request.params.token);
    const tree = await ctx.units.current();
    return sendDocumentFile(
      reply,
      calendarFile(conference, inviterName(campaign, tree), invitationContent(conference)),
    );
  },
);

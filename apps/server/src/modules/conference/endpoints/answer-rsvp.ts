import { defineEndpoint } from '../../../http/endpoint.ts';
import { invitationContent } from '../conference-documents.ts';
import { invitationReleased } from '../invitation-release.ts';
import { answerRsvp, rsvpContext, rsvpView } from '../respond-rsvp.ts';
import { limitRsvp } from '../rsvp-rate-limit.ts';

// Public: a delegate has no account; the token in the link is the only key.
export const answerRsvpEndpoint = defineEndpoint(
  'POST /rsvp/:token',
  {
    tags: ['rsvp'],
    summary: 'Đại biểu xác nhận tham dự hoặc báo vắng qua đường dẫn riêng',
    onRequest: limitRsvp,
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const context = await rsvpContext(db, request.params.token);
    await answerRsvp(db, ctx.events, context, request.body, request.ip);
    const fresh = await rsvpContext(db, request.params.token);
    return rsvpView(
      fresh,
      await ctx.units.current(),
      invitationContent(fresh.conference),
      await invitationReleased(ctx.db.kysely, fresh.conference.id),
    );
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { invitationContent } from '../conference-documents.ts';
import { invitationReleased } from '../invitation-release.ts';
import { rsvpContext, rsvpView } from '../respond-rsvp.ts';
import { limitRsvp } from '../rsvp-rate-limit.ts';

// Public: a delegate has no account; the token in the link is the only key.
export const getRsvpEndpoint = defineEndpoint(
  'GET /rsvp/:token',
  {
    tags: ['rsvp'],
    summary:
      'Giấy mời của một đại biểu theo đường dẫn riêng (không cần đăng nhập); chỉ lộ giấy mời của chính họ',
    onRequest: limitRsvp,
  },
  async (ctx, request) => {
    const context = await rsvpContext(ctx.db.kysely, request.params.token);
    return rsvpView(
      context,
      await ctx.units.current(),
      invitationContent(context.conference),
      await invitationReleased(ctx.db.kysely, context.conference.id),
    );
  },
);

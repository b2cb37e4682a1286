import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { sendInvitations } from '../send-invitations.ts';

export const sendInvitationsEndpoint = defineEndpoint(
  'POST /campaigns/:id/conference/invitations',
  {
    tags: ['conference'],
    summary:
      'Gửi giấy mời: mỗi đại biểu một đường dẫn xác nhận riêng (chỉ hiện một lần), gửi thư khi có địa chỉ; mặc định những người chưa được mời',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    const result = await sendInvitations(
      ctx.db.kysely,
      tree,
      ctx.events,
      actor,
      access,
      request.body.delegateIds,
      { idempotencyKey: request.headers['idempotency-key'] },
    );
    if (result.emailed > 0) void ctx.mailer?.flush().catch(() => {});
    return result;
  },
);

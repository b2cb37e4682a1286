import { defineEndpoint } from '../../../http/endpoint.ts';
import { checkInById, checkinAnswer } from '../check-in.ts';
import { authorizeConferenceChange } from '../conference-access.ts';

export const checkInDelegateEndpoint = defineEndpoint(
  'POST /campaigns/:id/conference/delegates/:delegateId/checkin',
  { tags: ['conference'], summary: 'Điểm danh đại biểu tìm theo tên (không mang giấy mời)' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const { actor, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    return checkinAnswer(
      db,
      access,
      await checkInById(db, ctx.events, actor, access, request.params.delegateId),
    );
  },
);

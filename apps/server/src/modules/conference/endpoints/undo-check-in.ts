import { defineEndpoint } from '../../../http/endpoint.ts';
import { undoCheckIn } from '../check-in.ts';
import { authorizeConferenceChange } from '../conference-access.ts';

export const undoCheckInEndpoint = defineEndpoint(
  'DELETE /campaigns/:id/conference/delegates/:delegateId/checkin',
  { tags: ['conference'], summary: 'Hủy điểm danh nhầm (ghi nhật ký)' },
  async (ctx, request) => {
    const { actor, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    await undoCheckIn(ctx.db.kysely, ctx.events, actor, access, request.params.delegateId);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { checkInByCode, checkinAnswer } from '../check-in.ts';
import { authorizeConferenceChange } from '../conference-access.ts';

export const checkInByCodeEndpoint = defineEndpoint(
  'POST /campaigns/:id/conference/checkin',
  {
    tags: ['conference'],
    summary:
      'Điểm danh bằng mã QR trên giấy mời; mã đã dùng trả 409 kèm giờ đã điểm danh, mã giả hoặc của hội nghị khác bị từ chối',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const { actor, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    return checkinAnswer(db, access, await checkInByCode(db, ctx.events, actor, access, request.body.code));
  },
);

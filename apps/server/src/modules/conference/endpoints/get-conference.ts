import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceRead } from '../conference-access.ts';
import { getConference } from '../get-conference.ts';

export const getConferenceEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference',
  {
    tags: ['conference'],
    summary:
      'Hội nghị của đợt: thời gian (có thể dự kiến), địa điểm, chủ trì, chương trình có giờ từng mục và cảnh báo; chưa lưu thì dựng từ kế hoạch',
  },
  async (ctx, request) => {
    const { tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    return getConference(ctx.db.kysely, tree, access);
  },
);

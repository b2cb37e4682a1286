import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { getConference } from '../get-conference.ts';
import { saveConference } from '../save-conference.ts';

export const saveConferenceEndpoint = defineEndpoint(
  'PUT /campaigns/:id/conference',
  {
    tags: ['conference'],
    summary:
      'Lưu hội nghị và toàn bộ chương trình (kèm version, 0 cho lần đầu); chồng giờ, quá giờ được cảnh báo trong câu trả lời',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    await saveConference(ctx.db.kysely, tree, ctx.events, actor, access, request.body);
    return getConference(ctx.db.kysely, tree, access);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { getConference } from '../get-conference.ts';
import { setCurrentItem } from '../set-current-item.ts';

export const setCurrentItemEndpoint = defineEndpoint(
  'PUT /campaigns/:id/conference/current',
  {
    tags: ['conference'],
    summary: 'Mục chương trình đang diễn ra, cho màn hình hội trường (null: không mục nào)',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    await setCurrentItem(ctx.db.kysely, ctx.events, actor, access, request.body.itemId);
    return getConference(ctx.db.kysely, tree, access);
  },
);

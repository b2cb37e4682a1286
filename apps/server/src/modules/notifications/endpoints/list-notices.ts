import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listNotices } from '../list-notices.ts';

export const listNoticesEndpoint = defineEndpoint(
  'GET /notifications',
  { tags: ['notifications'], summary: 'Thông báo gửi đến đơn vị của người dùng, mới nhất trước' },
  async (ctx, request) => {
    const actor = authorize(request, 'notifications.read');
    const tree = await ctx.units.current();
    return { items: await listNotices(ctx.db.kysely, tree, { ...request.query, unitId: actor.unitId }) };
  },
);

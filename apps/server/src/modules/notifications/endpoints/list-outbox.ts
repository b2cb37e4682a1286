import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { provinceScope } from '../../audit/index.ts';
import { listNotices } from '../list-notices.ts';

export const listOutboxEndpoint = defineEndpoint(
  'GET /outbox',
  {
    tags: ['notifications'],
    summary:
      'Hộp thư đi: các thông báo của tỉnh (mọi tỉnh với quản trị hệ thống), đã gửi thư hay chưa, kèm lỗi gửi',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'outbox.read');
    const tree = await ctx.units.current();
    return {
      items: await listNotices(ctx.db.kysely, tree, { ...request.query, scope: provinceScope(actor, tree) }),
      mailEnabled: ctx.mailer !== null,
    };
  },
);

import { noticeQuerySchema, noticeSchema, outboxSchema } from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { authorize } from '../../http/guard.ts';
import { provinceScope } from '../audit/index.ts';
import { listNotices } from './list-notices.ts';

export function notificationsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  return async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Thông báo gửi đến đơn vị của người dùng, mới nhất trước',
          querystring: noticeQuerySchema,
          response: { 200: z.object({ items: z.array(noticeSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'notifications.read');
        const tree = await ctx.units.current();
        return { items: await listNotices(db, tree, { ...request.query, unitId: actor.unitId }) };
      },
    );

    app.get(
      '/outbox',
      {
        schema: {
          tags: ['notifications'],
          summary:
            'Hộp thư đi: các thông báo của tỉnh (mọi tỉnh với quản trị hệ thống), đã gửi thư hay chưa, kèm lỗi gửi',
          querystring: noticeQuerySchema,
          response: { 200: outboxSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'outbox.read');
        const tree = await ctx.units.current();
        return {
          items: await listNotices(db, tree, { ...request.query, scope: provinceScope(actor, tree) }),
          mailEnabled: ctx.mailer !== null,
        };
      },
    );
  };
}

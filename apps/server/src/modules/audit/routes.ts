import { auditPageSchema, auditQuerySchema } from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { authorize } from '../../http/guard.ts';
import { listAudit } from './list-audit.ts';
import { provinceScope } from './province-scope.ts';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký thay đổi (mới nhất trước)',
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'audit.read');
        return listAudit(ctx.db.kysely, provinceScope(actor, await ctx.units.current()), request.query);
      },
    );
  };
}

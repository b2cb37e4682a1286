import { auditPageSchema, auditQuerySchema } from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { authorize } from '../../http/guard.ts';
import { listAudit } from './list-audit.ts';

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
        authorize(request, 'audit.read');
        return listAudit(ctx.db.kysely, request.query);
      },
    );
  };
}

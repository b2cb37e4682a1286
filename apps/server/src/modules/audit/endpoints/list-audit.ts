import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listAudit } from '../list-audit.ts';
import { provinceScope } from '../province-scope.ts';

export const listAuditEndpoint = defineEndpoint(
  'GET /audit',
  { tags: ['audit'], summary: 'Nhật ký thay đổi (mới nhất trước)' },
  async (ctx, request) => {
    const actor = authorize(request, 'audit.read');
    return listAudit(ctx.db.kysely, provinceScope(actor, await ctx.units.current()), request.query);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listUsers } from '../list-users.ts';

export const listUsersEndpoint = defineEndpoint(
  'GET /users',
  { tags: ['users'], summary: 'Danh sách tài khoản' },
  async (ctx, request) => {
    const actor = authorize(request, 'users.manage');
    return { items: await listUsers(ctx.db.kysely, actor, await ctx.units.current(), request.query) };
  },
);

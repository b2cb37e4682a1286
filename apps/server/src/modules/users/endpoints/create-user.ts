import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { createUser } from '../create-user.ts';

export const createUserEndpoint = defineEndpoint(
  'POST /users',
  { tags: ['users'], summary: 'Tạo tài khoản' },
  async (ctx, request) => {
    const actor = authorize(request, 'users.manage');
    return createUser(ctx.db.kysely, actor, await ctx.units.current(), request.body);
  },
);

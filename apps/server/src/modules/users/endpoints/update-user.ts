import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { updateUser } from '../update-user.ts';

export const updateUserEndpoint = defineEndpoint(
  'PATCH /users/:id',
  { tags: ['users'], summary: 'Sửa, khóa hoặc mở khóa tài khoản' },
  async (ctx, request) => {
    const actor = authorize(request, 'users.manage');
    return updateUser(ctx.db.kysely, actor, await ctx.units.current(), request.params.id, request.body);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { assertCanManageAccount } from '../account-access.ts';
import { findUser } from '../store.ts';

export const getUserEndpoint = defineEndpoint('GET /users/:id', { tags: ['users'] }, async (ctx, request) => {
  const actor = authorize(request, 'users.manage');
  const user = await findUser(ctx.db.kysely, request.params.id);
  assertCanManageAccount(actor, user, await ctx.units.current());
  return user;
});

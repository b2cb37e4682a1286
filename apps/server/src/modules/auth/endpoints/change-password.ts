import { defineEndpoint } from '../../../http/endpoint.ts';
import { requireActor } from '../../../http/guard.ts';
import { changeOwnPassword } from '../change-password.ts';

export const changePasswordEndpoint = defineEndpoint(
  'POST /auth/password',
  { tags: ['auth'], summary: 'Đổi mật khẩu của mình' },
  async (ctx, request) => {
    const actor = requireActor(request);
    const { currentPassword, newPassword } = request.body;
    await changeOwnPassword(ctx.db.kysely, actor, currentPassword, newPassword);
  },
);

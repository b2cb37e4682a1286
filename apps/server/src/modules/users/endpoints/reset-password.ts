import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { resetPassword } from '../reset-password.ts';

export const resetPasswordEndpoint = defineEndpoint(
  'POST /users/:id/reset-password',
  { tags: ['users'], summary: 'Đặt lại mật khẩu (trả về mật khẩu tạm một lần)' },
  async (ctx, request) => {
    const actor = authorize(request, 'users.manage');
    return resetPassword(
      ctx.db.kysely,
      actor,
      await ctx.units.current(),
      request.params.id,
      request.body?.password,
    );
  },
);

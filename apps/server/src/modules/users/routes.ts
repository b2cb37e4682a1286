import {
  passwordAnswerSchema,
  resetPasswordSchema,
  userCreateSchema,
  userPatchSchema,
  userQuerySchema,
  userSchema,
} from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { authorize } from '../../http/guard.ts';
import { assertCanManageAccount } from './account-access.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { findUser } from './queries.ts';
import { resetPassword } from './reset-password.ts';
import { updateUser } from './update-user.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

export function usersRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  return async (app) => {
    app.get(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Danh sách tài khoản',
          querystring: userQuerySchema,
          response: { 200: z.object({ items: z.array(userSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'users.manage');
        return { items: await listUsers(db, actor, await ctx.units.current(), request.query) };
      },
    );

    app.get(
      '/users/:id',
      { schema: { tags: ['users'], params: idParams, response: { 200: userSchema } } },
      async (request) => {
        const actor = authorize(request, 'users.manage');
        const user = await findUser(db, request.params.id);
        assertCanManageAccount(actor, user, await ctx.units.current());
        return user;
      },
    );

    app.post(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Tạo tài khoản',
          body: userCreateSchema,
          response: { 201: userSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'users.manage');
        reply.code(201);
        return createUser(db, actor, await ctx.units.current(), request.body);
      },
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags: ['users'],
          summary: 'Sửa, khóa hoặc mở khóa tài khoản',
          params: idParams,
          body: userPatchSchema,
          response: { 200: userSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'users.manage');
        return updateUser(db, actor, await ctx.units.current(), request.params.id, request.body);
      },
    );

    app.post(
      '/users/:id/reset-password',
      {
        schema: {
          tags: ['users'],
          summary: 'Đặt lại mật khẩu (trả về mật khẩu tạm một lần)',
          params: idParams,
          body: resetPasswordSchema.optional(),
          response: { 200: passwordAnswerSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'users.manage');
        return resetPassword(db, actor, await ctx.units.current(), request.params.id, request.body?.password);
      },
    );
  };
}

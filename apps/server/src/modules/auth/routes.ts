import { changePasswordSchema, loginSchema, sessionAnswerSchema } from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireActor } from '../../http/guard.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { changeOwnPassword } from './change-password.ts';
import { login } from './login.ts';
import { deleteSession, SESSION_COOKIE, sessionUser } from './sessions.ts';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  return async (app) => {
    app.post(
      '/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập',
          body: loginSchema,
          response: { 200: sessionAnswerSchema },
        },
      },
      async (request, reply) => {
        const { token, user } = await login(db, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          sessionTtlHours: ctx.config.sessionTtlHours,
        });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.config.cookieSecure,
          maxAge: ctx.config.sessionTtlHours * 3600,
        });
        return { user };
      },
    );

    app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Đăng xuất' } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        await deleteSession(db, token);
        if (request.actor) {
          await recordAudit(db, request.actor, {
            action: 'auth.logout',
            entityType: 'user',
            entityId: request.actor.userId,
          });
        }
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    });

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Người dùng đang đăng nhập',
          response: { 200: sessionAnswerSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return { user: await sessionUser(db, actor) };
      },
    );

    app.post(
      '/auth/password',
      { schema: { tags: ['auth'], summary: 'Đổi mật khẩu của mình', body: changePasswordSchema } },
      async (request, reply) => {
        const actor = requireActor(request);
        await changeOwnPassword(db, actor, request.body.currentPassword, request.body.newPassword);
        return reply.code(204).send();
      },
    );
  };
}

import { defineEndpoint } from '../../../http/endpoint.ts';
import { login } from '../login.ts';
import { SESSION_COOKIE } from '../sessions.ts';

export const loginEndpoint = defineEndpoint(
  'POST /auth/login',
  { tags: ['auth'], summary: 'Đăng nhập' },
  async (ctx, request, reply) => {
    const { token, user } = await login(ctx.db.kysely, {
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

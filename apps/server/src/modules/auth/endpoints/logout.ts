import { defineEndpoint } from '../../../http/endpoint.ts';
import { recordAudit } from '../../../kernel/record-audit.ts';
import { deleteSession, SESSION_COOKIE } from '../sessions.ts';

export const logoutEndpoint = defineEndpoint(
  'POST /auth/logout',
  { tags: ['auth'], summary: 'Đăng xuất' },
  async (ctx, request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      await deleteSession(ctx.db.kysely, token);
      if (request.actor) {
        await recordAudit(ctx.db.kysely, request.actor, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: request.actor.userId,
        });
      }
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  },
);

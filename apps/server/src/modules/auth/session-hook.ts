import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';

/**
 * Resolves the session cookie on API requests into `request.actor`. Registered right after the
 * guards (http/guard.ts), so a request refused for its origin is refused before its session is read.
 */
export function registerSessionActor(app: FastifyInstance, ctx: AppContext) {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.actor = await resolveSession(ctx.db.kysely, token, ctx.config.sessionTtlHours, request.ip);
    }
  });
}

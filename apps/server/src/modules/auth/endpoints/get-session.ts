import { defineEndpoint } from '../../../http/endpoint.ts';
import { requireActor } from '../../../http/guard.ts';
import { sessionUser } from '../sessions.ts';

export const getSessionEndpoint = defineEndpoint(
  'GET /auth/me',
  { tags: ['auth'], summary: 'Người dùng đang đăng nhập' },
  async (ctx, request) => {
    const actor = requireActor(request);
    return { user: await sessionUser(ctx.db.kysely, actor) };
  },
);

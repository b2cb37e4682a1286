import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { extendDeadline } from '../extend-deadline.ts';
import { getAssignment } from '../get-assignment.ts';

export const extendDeadlineEndpoint = defineEndpoint(
  'PATCH /assignments/:id',
  {
    tags: ['assignments'],
    summary:
      'Gia hạn nhiệm vụ cho một đơn vị (cơ quan thường trực; kèm thời hạn cũ mà người gia hạn đã thấy)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const found = await readableAssignment(db, tree, actor, request.params.id);
    await extendDeadline(db, ctx.events, found, actor, request.body);
    return getAssignment(db, tree, actor, request.params.id);
  },
);

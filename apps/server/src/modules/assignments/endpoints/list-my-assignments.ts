import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listMyAssignments } from '../get-assignment.ts';

export const listMyAssignmentsEndpoint = defineEndpoint(
  'GET /assignments',
  {
    tags: ['assignments'],
    summary: 'Những gì đơn vị của người dùng phải thực hiện, trong mọi đợt đã ban hành',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return { items: await listMyAssignments(ctx.db.kysely, await ctx.units.current(), actor) };
  },
);

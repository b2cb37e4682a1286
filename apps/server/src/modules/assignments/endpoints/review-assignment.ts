import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { getAssignment } from '../get-assignment.ts';
import { reviewAssignment } from '../review-assignment.ts';

export const reviewAssignmentEndpoint = defineEndpoint(
  'POST /assignments/:id/review',
  {
    tags: ['assignments'],
    summary: 'Tiếp nhận hoặc trả lại báo cáo (trả lại phải ghi lý do); đơn vị được thông báo',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const found = await readableAssignment(db, tree, actor, request.params.id);
    await reviewAssignment(db, ctx.events, tree, found, actor, request.body);
    return getAssignment(db, tree, actor, request.params.id);
  },
);

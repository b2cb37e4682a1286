import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { getAssignment } from '../get-assignment.ts';
import { withdrawSubmission } from '../withdraw-submission.ts';

export const withdrawSubmissionEndpoint = defineEndpoint(
  'POST /assignments/:id/withdraw',
  {
    tags: ['assignments'],
    summary:
      'Rút lại báo cáo đã gửi mà cơ quan thường trực chưa tiếp nhận hay trả lại (kèm version); bản nháp giữ nguyên để sửa và gửi lại',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const tree = await ctx.units.current();
    const found = await readableAssignment(db, tree, actor, request.params.id);
    await withdrawSubmission(db, ctx.events, found, actor, request.body);
    return getAssignment(db, tree, actor, request.params.id);
  },
);

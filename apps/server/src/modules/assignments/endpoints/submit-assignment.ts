import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { assignmentState } from '../assignment-store.ts';
import { submitWithState } from '../submit-assignment.ts';

export const submitAssignmentEndpoint = defineEndpoint(
  'POST /assignments/:id/submit',
  {
    tags: ['assignments'],
    summary:
      'Gửi báo cáo (Idempotency-Key: bấm hai lần hay gửi lại vẫn chỉ một lần gửi); có thể kèm nội dung để lưu và gửi một lần',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
    const { summary, state } = await submitWithState(db, ctx.events, found, actor, {
      version: request.body?.version,
      content: request.body?.content,
      idempotencyKey: request.headers['idempotency-key'],
    });
    // A new submission's state comes from the write that recorded it; a replayed one's is read now.
    const now = state ?? (await assignmentState(db, found.assignment.id));
    return { submission: summary, assignment: { ...now, status: now.status as 'submitted' } };
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { getSubmission } from '../get-submission.ts';

export const getSubmissionEndpoint = defineEndpoint(
  'GET /assignments/:id/submissions/:seq',
  { tags: ['assignments'], summary: 'Một lần gửi, kèm những thay đổi so với lần gửi trước' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
    return getSubmission(db, found, request.params.seq);
  },
);

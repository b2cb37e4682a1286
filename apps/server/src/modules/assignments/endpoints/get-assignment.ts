import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getAssignment } from '../get-assignment.ts';

export const getAssignmentEndpoint = defineEndpoint(
  'GET /assignments/:id',
  { tags: ['assignments'], summary: 'Một nhiệm vụ: đề cương, bản nháp, các lần gửi, tệp đính kèm' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return getAssignment(ctx.db.kysely, await ctx.units.current(), actor, request.params.id);
  },
);

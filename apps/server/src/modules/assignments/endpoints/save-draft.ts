import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableAssignment } from '../assignment-access.ts';
import { saveDraft } from '../save-draft.ts';

export const saveDraftEndpoint = defineEndpoint(
  'PUT /assignments/:id/draft',
  {
    tags: ['assignments'],
    summary: 'Lưu bản nháp (kèm version; bản cũ hơn nhận 409 kèm bản hiện tại để gộp)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
    return saveDraft(db, ctx.events, found, actor, request.body.version, request.body.content);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readableNomination } from '../nomination-access.ts';
import { deleteNomination } from '../save-nomination.ts';

export const deleteNominationEndpoint = defineEndpoint(
  'DELETE /nominations/:id',
  { tags: ['commendation'], summary: 'Xóa đề nghị còn là dự thảo' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.write');
    const { campaign } = await readableNomination(db, await ctx.units.current(), actor, request.params.id);
    await deleteNomination(db, actor, campaign, request.params.id);
  },
);

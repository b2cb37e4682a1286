import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { nominationAnswer, readableNomination } from '../nomination-access.ts';
import { updateNomination } from '../save-nomination.ts';

export const updateNominationEndpoint = defineEndpoint(
  'PATCH /nominations/:id',
  { tags: ['commendation'], summary: 'Sửa đề nghị khen thưởng còn là dự thảo (kèm version)' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.write');
    const tree = await ctx.units.current();
    const { campaign } = await readableNomination(db, tree, actor, request.params.id);
    await updateNomination(db, actor, campaign, request.params.id, request.body);
    return nominationAnswer(db, tree, actor, request.params.id);
  },
);

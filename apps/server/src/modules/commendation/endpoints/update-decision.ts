import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { updateDecision } from '../decisions.ts';
import { decisionAnswer, readableDecision } from '../nomination-access.ts';

export const updateDecisionEndpoint = defineEndpoint(
  'PATCH /decisions/:id',
  { tags: ['commendation'], summary: 'Sửa dự thảo quyết định (kèm version)' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.review');
    const tree = await ctx.units.current();
    const { campaign } = await readableDecision(db, tree, actor, request.params.id);
    await updateDecision(db, actor, campaign, request.params.id, request.body);
    return decisionAnswer(db, tree, actor, request.params.id);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { nominationAnswer } from '../nomination-access.ts';
import { createNomination } from '../save-nomination.ts';

export const createNominationEndpoint = defineEndpoint(
  'POST /campaigns/:id/nominations',
  {
    tags: ['commendation'],
    summary:
      'Lập đề nghị khen thưởng (dự thảo) của đơn vị người dùng; cơ quan thường trực có thể nhập thay cho một đơn vị của đợt (unitId)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.write');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
    const id = await createNomination(db, actor, campaign, request.body, tree);
    return nominationAnswer(db, tree, actor, id);
  },
);

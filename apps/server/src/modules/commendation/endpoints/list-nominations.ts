import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { listNominations } from '../nomination-access.ts';

export const listNominationsEndpoint = defineEndpoint(
  'GET /campaigns/:id/nominations',
  {
    tags: ['commendation'],
    summary: 'Đề nghị khen thưởng của đợt (đơn vị chỉ thấy của mình và cấp dưới)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
    return { items: await listNominations(db, tree, actor, campaign, request.query.status) };
  },
);

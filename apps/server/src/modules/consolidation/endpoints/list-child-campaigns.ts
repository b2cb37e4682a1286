import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { listChildCampaigns } from '../consolidation-access.ts';

export const listChildCampaignsEndpoint = defineEndpoint(
  'GET /campaigns/:id/children',
  { tags: ['consolidation'], summary: 'Các đợt cấp dưới của đợt này với tiến độ của từng đợt' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const parent = await getReadableCampaign(db, tree, actor, request.params.id);
    return { items: await listChildCampaigns(db, tree, actor, parent.id) };
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { createCampaign } from '../create-campaign.ts';
import { getCampaign } from '../get-campaign.ts';

export const createCampaignEndpoint = defineEndpoint(
  'POST /campaigns',
  {
    tags: ['campaigns'],
    summary: 'Tạo đợt mới (dự thảo kế hoạch) do đơn vị của người dùng làm cơ quan thường trực',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const id = await createCampaign(ctx.db.kysely, tree, actor, request.body);
    return getCampaign(ctx.db.kysely, tree, actor, id);
  },
);

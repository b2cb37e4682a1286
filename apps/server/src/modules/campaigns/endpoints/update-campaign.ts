import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getCampaign } from '../get-campaign.ts';
import { updateCampaign } from '../update-campaign.ts';

export const updateCampaignEndpoint = defineEndpoint(
  'PATCH /campaigns/:id',
  {
    tags: ['campaigns'],
    summary: 'Sửa dự thảo kế hoạch (kèm version; mỗi danh sách gửi lên thay thế cả danh sách)',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    await updateCampaign(ctx.db.kysely, tree, actor, request.params.id, request.body);
    return getCampaign(ctx.db.kysely, tree, actor, request.params.id);
  },
);

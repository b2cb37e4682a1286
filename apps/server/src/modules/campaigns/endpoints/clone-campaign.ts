import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { cloneCampaign } from '../clone-campaign.ts';
import { getCampaign } from '../get-campaign.ts';

export const cloneCampaignEndpoint = defineEndpoint(
  'POST /campaigns/:id/clone',
  { tags: ['campaigns'], summary: 'Nhân bản thành dự thảo đợt mới (không giữ số, ngày và thời hạn)' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const id = await cloneCampaign(ctx.db.kysely, tree, actor, request.params.id, request.body);
    return getCampaign(ctx.db.kysely, tree, actor, id);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { closeCampaign } from '../close-campaign.ts';
import { getCampaign } from '../get-campaign.ts';

export const closeCampaignEndpoint = defineEndpoint(
  'POST /campaigns/:id/close',
  { tags: ['campaigns'], summary: 'Kết thúc đợt: không nhận thêm báo cáo, không nhắc hạn nữa' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    await closeCampaign(ctx.db.kysely, tree, actor, request.params.id, request.body.version);
    return getCampaign(ctx.db.kysely, tree, actor, request.params.id);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { openCampaign } from '../get-campaign.ts';

export const openCampaignEndpoint = defineEndpoint(
  'GET /campaigns/:id',
  { tags: ['campaigns'], summary: 'Một đợt: kế hoạch, đề cương và những gì còn thiếu để ban hành' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return openCampaign(ctx.db.kysely, await ctx.units.current(), actor, request.params.id);
  },
);

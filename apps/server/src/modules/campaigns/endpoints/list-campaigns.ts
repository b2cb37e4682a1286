import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listCampaigns } from '../list-campaigns.ts';

export const listCampaignsEndpoint = defineEndpoint(
  'GET /campaigns',
  { tags: ['campaigns'], summary: 'Các đợt tổng kết, sơ kết mà người dùng được xem' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return { items: await listCampaigns(ctx.db.kysely, await ctx.units.current(), actor) };
  },
);

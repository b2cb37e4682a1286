import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { listRounds } from '../round-list.ts';

export const listCampaignsEndpoint = defineEndpoint(
  'GET /campaigns',
  {
    tags: ['campaigns'],
    summary: 'Các đợt tổng kết, sơ kết mà người dùng được xem, kèm tiến độ của từng đợt',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return { items: await listRounds(ctx.db.kysely, await ctx.units.current(), actor) };
  },
);

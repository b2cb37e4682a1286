import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { awardStatistics } from '../statistics.ts';

export const getAwardStatisticsEndpoint = defineEndpoint(
  'GET /commendation/statistics',
  { tags: ['commendation'], summary: 'Thống kê khen thưởng theo năm, hình thức, đơn vị và đợt' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return awardStatistics(ctx.db.kysely, await ctx.units.current(), actor, request.query);
  },
);

import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { leaderOverview } from '../leader-overview.ts';

export const getLeaderOverviewEndpoint = defineEndpoint(
  'GET /home/leader',
  {
    tags: ['campaigns'],
    summary:
      'Toàn tỉnh trong nháy mắt cho lãnh đạo: tỷ lệ nộp và đúng hạn theo cấp, theo khối của từng đợt (cả đợt cấp dưới), chỉ tiêu theo khối, theo cấp, khen thưởng theo hình thức và đơn vị',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'overview.read');
    return leaderOverview(ctx.db.kysely, await ctx.units.current(), actor);
  },
);

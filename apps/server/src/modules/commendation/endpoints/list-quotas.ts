import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { awardTypeNames } from '../nomination-access.ts';
import { quotaStatus } from '../quota-status.ts';

export const listQuotasEndpoint = defineEndpoint(
  'GET /campaigns/:id/quotas',
  {
    tags: ['commendation'],
    summary: 'Chỉ tiêu khen thưởng của đợt (mục VI của kế hoạch) và số đã dùng theo từng đơn vị',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
    return { items: await quotaStatus(db, tree, campaign, await awardTypeNames(db)) };
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { indicatorBreakdown } from '../consolidate.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';

export const getConsolidatedIndicatorEndpoint = defineEndpoint(
  'GET /campaigns/:id/consolidated/indicators/:indicatorId',
  {
    tags: ['consolidation'],
    summary:
      'Một chỉ tiêu của báo cáo tổng hợp theo từng cấp: số liệu của từng đơn vị và của cả đơn vị cùng cấp dưới',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    // Read exactly as the consolidated report is: whoever may read it, answered 404 otherwise.
    const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id);
    return indicatorBreakdown(db, tree, campaign, request.params.indicatorId);
  },
);

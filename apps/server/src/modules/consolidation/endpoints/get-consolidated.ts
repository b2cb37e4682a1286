import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { consolidatedReport, reportAnswer } from '../consolidate.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';

export const getConsolidatedEndpoint = defineEndpoint(
  'GET /campaigns/:id/consolidated',
  {
    tags: ['consolidation'],
    summary: 'Báo cáo tổng hợp: nội dung từng mục, ý kiến các đơn vị, số liệu theo cấp, đơn vị còn thiếu',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const { campaign, manages } = await consolidatedCampaign(db, tree, actor, request.params.id);
    return reportAnswer(await consolidatedReport(db, tree, campaign, manages));
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { saveConsolidated } from '../change-consolidated.ts';
import { consolidatedReport, reportAnswer } from '../consolidate.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';

export const saveConsolidatedEndpoint = defineEndpoint(
  'PUT /campaigns/:id/consolidated',
  { tags: ['consolidation'], summary: 'Lưu nội dung tổng hợp của các mục (kèm version)' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id, true);
    await saveConsolidated(db, actor, campaign, request.body);
    return reportAnswer(await consolidatedReport(db, tree, campaign, true));
  },
);

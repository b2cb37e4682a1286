import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';
import { sendUp } from '../send-up.ts';

export const sendUpEndpoint = defineEndpoint(
  'POST /campaigns/:id/consolidated/send-up',
  {
    tags: ['consolidation'],
    summary: 'Đưa kết quả tổng hợp của đợt cấp dưới vào bản nháp báo cáo của đơn vị ở đợt cấp trên',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const tree = await ctx.units.current();
    const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id, true);
    return sendUp(db, tree, actor, campaign);
  },
);

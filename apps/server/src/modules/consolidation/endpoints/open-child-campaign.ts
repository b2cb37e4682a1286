import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getCampaign, openChildCampaign } from '../../campaigns/index.ts';

export const openChildCampaignEndpoint = defineEndpoint(
  'POST /campaigns/:id/children',
  {
    tags: ['consolidation'],
    summary:
      'Mở đợt cấp dưới cho các đơn vị trực thuộc (thời hạn sớm hơn, cùng đề cương); kết quả tổng hợp thành báo cáo gửi lên',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'assignments.work');
    const tree = await ctx.units.current();
    const id = await openChildCampaign(db, tree, actor, request.params.id, request.body);
    return getCampaign(db, tree, actor, id);
  },
);

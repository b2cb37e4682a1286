import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getCampaign, updateCampaign } from '../../campaigns/index.ts';

export const saveQuotasEndpoint = defineEndpoint(
  'PUT /campaigns/:id/quotas',
  { tags: ['commendation'], summary: 'Sửa chỉ tiêu khen thưởng của dự thảo kế hoạch (kèm version)' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const { version, awardGroups } = request.body;
    await updateCampaign(db, tree, actor, request.params.id, { version, plan: { awardGroups } }, '');
    return getCampaign(db, tree, actor, request.params.id);
  },
);

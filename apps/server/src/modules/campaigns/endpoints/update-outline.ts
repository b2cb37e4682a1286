import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getCampaign } from '../get-campaign.ts';
import { updateOutline } from '../update-outline.ts';

export const updateOutlineEndpoint = defineEndpoint(
  'PUT /campaigns/:id/outline',
  { tags: ['campaigns'], summary: 'Thay đề cương báo cáo của dự thảo (kèm version)' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const { version, outline } = request.body;
    await updateOutline(ctx.db.kysely, tree, actor, request.params.id, version, outline);
    return getCampaign(ctx.db.kysely, tree, actor, request.params.id);
  },
);

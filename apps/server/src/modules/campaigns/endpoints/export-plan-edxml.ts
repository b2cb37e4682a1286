import { sendEdxml } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { fileStorageOf } from '../../../kernel/file-store.ts';
import { getReadableCampaign } from '../get-campaign.ts';
import { planEdxml } from '../plan-edxml.ts';

export const exportPlanEdxmlEndpoint = defineEndpoint(
  'GET /campaigns/:id/plan.edxml',
  {
    tags: ['campaigns'],
    summary:
      'Gói edXML (QCVN 102:2016/BTTTT) của kế hoạch đã ban hành, kèm tệp PDF, để hệ thống quản lý văn bản gửi liên thông',
  },
  async (ctx, request, reply) => {
    // Whoever may download the plan may export it.
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(ctx.db.kysely, tree, actor, request.params.id);
    const storage = fileStorageOf(ctx.config);
    return sendEdxml(reply, await planEdxml(ctx.db.kysely, storage, campaign, tree, ctx.clock.now()));
  },
);

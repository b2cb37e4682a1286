import { documentData } from '@tongket/documents/builders';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../get-campaign.ts';
import { recordPlanOpened } from '../plan-distribution.ts';
import { planDocument } from '../render-plan.ts';

export const readPlanDocumentEndpoint = defineEndpoint(
  'GET /campaigns/:id/plan.document',
  {
    tags: ['campaigns'],
    summary: 'Kế hoạch theo mô hình văn bản của bản DOCX/PDF, để đọc ngay trên trang',
  },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(ctx.db.kysely, tree, actor, request.params.id);
    // Reading the plan in the page is taking its document, as a download is.
    await recordPlanOpened(ctx.db.kysely, actor, campaign);
    reply.header('cache-control', 'private, no-cache');
    return documentData(planDocument(campaign, tree));
  },
);

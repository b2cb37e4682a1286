import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { getReadableCampaign } from '../../modules/campaigns/index.ts';
import { listDocumentSignatures } from '../../modules/signing/index.ts';

export const listPlanSignaturesEndpoint = defineEndpoint(
  'GET /campaigns/:id/signatures',
  {
    tags: ['signing'],
    summary: 'Các chữ ký số đã nhận trên kế hoạch: bước, người trình, thời điểm, chứng thư số',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    const campaign = await getReadableCampaign(
      ctx.db.kysely,
      await ctx.units.current(),
      actor,
      request.params.id,
    );
    return { items: await listDocumentSignatures(ctx.db.kysely, 'plan', campaign.id) };
  },
);

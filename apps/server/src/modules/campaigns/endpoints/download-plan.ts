import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { fileStorageOf } from '../../../kernel/file-store.ts';
import { getReadableCampaign } from '../get-campaign.ts';
import { recordPlanOpened } from '../plan-distribution.ts';
import { PLAN_FORMATS, planFileName, planPdfOfRecord, renderPlan } from '../render-plan.ts';

export const downloadPlanEndpoint = defineEndpoint(
  'GET /campaigns/:id/documents/:file',
  {
    tags: ['campaigns'],
    summary:
      'Kế hoạch theo thể thức Nghị định 30: plan.docx hoặc plan.pdf (?inline=1 để xem trong trình duyệt)',
  },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(ctx.db.kysely, tree, actor, request.params.id);
    const format = request.params.file === 'plan.pdf' ? 'pdf' : 'docx';
    // The PDF is the document of record: the released signed one when there is one, unchanged.
    const bytes =
      format === 'pdf'
        ? (await planPdfOfRecord(ctx.db.kysely, fileStorageOf(ctx.config), campaign, tree)).bytes
        : await renderPlan(campaign, tree, format);
    // Whoever of a receiving unit takes the plan's document has opened the plan.
    await recordPlanOpened(ctx.db.kysely, actor, campaign);
    const name = planFileName(campaign, format);
    const inline = request.query.inline === '1' && format === 'pdf';
    // The app's own preview shows the PDF in a frame; everything else keeps frame-ancestors 'none'.
    if (inline) reply.header('content-security-policy', "frame-ancestors 'self'");
    return reply
      .type(PLAN_FORMATS[format])
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', contentDisposition(name.unicode, { ascii: name.ascii, inline }))
      .send(bytes);
  },
);

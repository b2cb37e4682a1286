import {
  campaignCloneSchema,
  campaignCreateSchema,
  campaignListItemSchema,
  campaignPatchSchema,
  campaignSchema,
  outlineInputSchema,
  outlineSaveSchema,
  outlineTemplateSchema,
  versionOnlySchema,
} from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../http/download.ts';
import { authorize } from '../../http/guard.ts';
import { cloneCampaign } from './clone-campaign.ts';
import { closeCampaign } from './close-campaign.ts';
import { createCampaign } from './create-campaign.ts';
import { getCampaign, getReadableCampaign, openCampaign } from './get-campaign.ts';
import { listCampaigns } from './list-campaigns.ts';
import { templatesFor } from './outline-templates.ts';
import { recordPlanOpened } from './plan-distribution.ts';
import { PLAN_FORMATS, planFileName, renderPlan } from './render-plan.ts';
import { updateCampaign } from './update-campaign.ts';
import { updateOutline } from './update-outline.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

export function campaignsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  return async (app) => {
    app.get(
      '/campaigns',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Các đợt tổng kết, sơ kết mà người dùng được xem',
          response: { 200: z.object({ items: z.array(campaignListItemSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return { items: await listCampaigns(db, await ctx.units.current(), actor) };
      },
    );

    app.post(
      '/campaigns',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Tạo đợt mới (dự thảo kế hoạch) do đơn vị của người dùng làm cơ quan thường trực',
          body: campaignCreateSchema,
          response: { 201: campaignSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const id = await createCampaign(db, tree, actor, request.body);
        reply.code(201);
        return getCampaign(db, tree, actor, id);
      },
    );

    app.get(
      '/campaigns/:id',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Một đợt: kế hoạch, đề cương và những gì còn thiếu để ban hành',
          params: idParams,
          response: { 200: campaignSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return openCampaign(db, await ctx.units.current(), actor, request.params.id);
      },
    );

    app.patch(
      '/campaigns/:id',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Sửa dự thảo kế hoạch (kèm version; mỗi danh sách gửi lên thay thế cả danh sách)',
          params: idParams,
          body: campaignPatchSchema,
          response: { 200: campaignSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        await updateCampaign(db, tree, actor, request.params.id, request.body);
        return getCampaign(db, tree, actor, request.params.id);
      },
    );

    app.put(
      '/campaigns/:id/outline',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Thay đề cương báo cáo của dự thảo (kèm version)',
          params: idParams,
          body: outlineSaveSchema,
          response: { 200: campaignSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        await updateOutline(db, tree, actor, request.params.id, request.body.version, request.body.outline);
        return getCampaign(db, tree, actor, request.params.id);
      },
    );

    app.post(
      '/campaigns/:id/close',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Kết thúc đợt: không nhận thêm báo cáo, không nhắc hạn nữa',
          params: idParams,
          body: versionOnlySchema,
          response: { 200: campaignSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        await closeCampaign(db, tree, actor, request.params.id, request.body.version);
        return getCampaign(db, tree, actor, request.params.id);
      },
    );

    app.post(
      '/campaigns/:id/clone',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Nhân bản thành dự thảo đợt mới (không giữ số, ngày và thời hạn)',
          params: idParams,
          body: campaignCloneSchema,
          response: { 201: campaignSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const id = await cloneCampaign(db, tree, actor, request.params.id, request.body);
        reply.code(201);
        return getCampaign(db, tree, actor, id);
      },
    );

    app.get(
      '/campaigns/:id/documents/:file',
      {
        schema: {
          tags: ['campaigns'],
          summary:
            'Kế hoạch theo thể thức Nghị định 30: plan.docx hoặc plan.pdf (?inline=1 để xem trong trình duyệt)',
          params: z.strictObject({ id: z.string().max(64), file: z.enum(['plan.docx', 'plan.pdf']) }),
          querystring: z.strictObject({
            inline: z.enum(['0', '1']).optional(),
            /** Any value: lets a page ask for a fresh copy after a save (the answer is never cached). */
            v: z.string().max(40).optional(),
          }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        const format = request.params.file === 'plan.pdf' ? 'pdf' : 'docx';
        const bytes = await renderPlan(campaign, tree, format);
        // Whoever of a receiving unit takes the plan's document has opened the plan.
        await recordPlanOpened(db, actor, campaign);
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

    app.get(
      '/outline-templates',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Các mẫu đề cương dùng được: của tỉnh người dùng, rồi đề cương trống',
          response: { 200: z.object({ items: z.array(outlineTemplateSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return {
          items: templatesFor(await ctx.units.current(), actor.unitId).map((t) => ({
            id: t.id,
            name: t.name,
            outline: templateOutline(t.outline),
          })),
        };
      },
    );
  };
}

/** A template as an outline answer: ids are positions, replaced by real ids when saved. */
function templateOutline(input: z.input<typeof outlineInputSchema>) {
  const parsed = outlineInputSchema.parse(input);
  let n = 0;
  type S = (typeof parsed.sections)[number];
  const withIds = (sections: S[]): unknown[] =>
    sections.map((s) => ({
      ...s,
      id: `tpl-${++n}`,
      indicators: s.indicators.map((i) => ({ ...i, id: `tpl-${++n}` })),
      children: withIds(s.children as S[]),
    }));
  return { ...parsed, sections: withIds(parsed.sections) } as z.output<
    typeof outlineTemplateSchema
  >['outline'];
}

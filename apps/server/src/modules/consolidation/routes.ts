import {
  campaignSchema,
  childCampaignCreateSchema,
  childCampaignSchema,
  consolidatedReportSchema,
  consolidatedSaveSchema,
  consolidatedSourcesSchema,
  regeneratedSchema,
  regenerateSchema,
  sentUpSchema,
} from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../http/download.ts';
import { authorize } from '../../http/guard.ts';
import { getCampaign, getReadableCampaign, openChildCampaign } from '../campaigns/index.ts';
import { regenerateConsolidated, saveConsolidated } from './change-consolidated.ts';
import { consolidatedReport } from './consolidate.ts';
import {
  CONSOLIDATED_FILES,
  type ConsolidatedFile,
  indicatorsWorkbook,
  renderConsolidated,
} from './consolidated-documents.ts';
import { readConsolidatedSources } from './consolidated-sources.ts';
import { consolidatedCampaign, listChildCampaigns } from './consolidation-access.ts';
import { sendUp } from './send-up.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

export function consolidationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;

  return async (app) => {
    app.get(
      '/campaigns/:id/consolidated',
      {
        schema: {
          tags: ['consolidation'],
          summary:
            'Báo cáo tổng hợp: nội dung từng mục, ý kiến các đơn vị, số liệu theo cấp, đơn vị còn thiếu',
          params: idParams,
          response: { 200: consolidatedReportSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const { campaign, manages } = await consolidatedCampaign(db, tree, actor, request.params.id);
        return consolidatedReport(db, tree, campaign, manages);
      },
    );

    app.get(
      '/campaigns/:id/consolidated/sources',
      {
        schema: {
          tags: ['consolidation'],
          summary:
            'Nguồn của bản tổng hợp: mỗi câu được viết từ câu nào, số liệu nào của đơn vị nào; những gì chưa dùng được',
          params: idParams,
          response: { 200: consolidatedSourcesSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id);
        return readConsolidatedSources(db, campaign);
      },
    );

    app.put(
      '/campaigns/:id/consolidated',
      {
        schema: {
          tags: ['consolidation'],
          summary: 'Lưu nội dung tổng hợp của các mục (kèm version)',
          params: idParams,
          body: consolidatedSaveSchema,
          response: { 200: consolidatedReportSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id, true);
        await saveConsolidated(db, actor, campaign, request.body);
        return consolidatedReport(db, tree, campaign, true);
      },
    );

    app.post(
      '/campaigns/:id/consolidated/regenerate',
      {
        schema: {
          tags: ['consolidation'],
          summary:
            'Tổng hợp lại từ các báo cáo hiện có: mục chưa sửa được viết lại, mục đã sửa giữ nguyên và thêm phần mới',
          params: idParams,
          body: regenerateSchema,
          response: { 200: regeneratedSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id, true);
        const { added } = await regenerateConsolidated(db, tree, actor, campaign, request.body);
        return { ...(await consolidatedReport(db, tree, campaign, true)), added };
      },
    );

    app.post(
      '/campaigns/:id/consolidated/send-up',
      {
        schema: {
          tags: ['consolidation'],
          summary: 'Đưa kết quả tổng hợp của đợt cấp dưới vào bản nháp báo cáo của đơn vị ở đợt cấp trên',
          params: idParams,
          response: { 200: sentUpSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'assignments.work');
        const tree = await ctx.units.current();
        const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id, true);
        return sendUp(db, tree, actor, campaign);
      },
    );

    for (const file of Object.keys(CONSOLIDATED_FILES) as ConsolidatedFile[]) {
      app.get(
        `/campaigns/:id/documents/${file}`,
        {
          schema: {
            tags: ['consolidation'],
            summary:
              file === 'indicators.xlsx'
                ? 'Số liệu các chỉ tiêu: tổng hợp, từng cấp, từng đơn vị (Excel)'
                : `Báo cáo tổng hợp theo thể thức Nghị định 30 (${file.split('.')[1]?.toUpperCase()})`,
            params: idParams,
            querystring: z.strictObject({ inline: z.enum(['0', '1']).optional() }),
          },
        },
        async (request, reply) => {
          const actor = authorize(request, 'campaigns.read');
          const tree = await ctx.units.current();
          const { campaign, manages } = await consolidatedCampaign(db, tree, actor, request.params.id);
          const report = await consolidatedReport(db, tree, campaign, manages, false);
          const bytes =
            file === 'indicators.xlsx'
              ? await indicatorsWorkbook(report, campaign.name)
              : await renderConsolidated(
                  campaign,
                  report,
                  tree,
                  file === 'consolidated.pdf' ? 'pdf' : 'docx',
                );
          const inline = request.query.inline === '1' && file === 'consolidated.pdf';
          if (inline) reply.header('content-security-policy', "frame-ancestors 'self'");
          const unicode =
            file === 'indicators.xlsx' ? 'Số liệu tổng hợp.xlsx' : `Báo cáo tổng hợp.${file.split('.')[1]}`;
          return reply
            .type(CONSOLIDATED_FILES[file])
            .header('cache-control', 'private, no-cache')
            .header(
              'content-disposition',
              contentDisposition(unicode, {
                ascii:
                  file === 'indicators.xlsx'
                    ? 'so-lieu-tong-hop.xlsx'
                    : `bao-cao-tong-hop.${file.split('.')[1]}`,
                inline,
              }),
            )
            .send(bytes);
        },
      );
    }

    app.post(
      '/campaigns/:id/children',
      {
        schema: {
          tags: ['consolidation'],
          summary:
            'Mở đợt cấp dưới cho các đơn vị trực thuộc (thời hạn sớm hơn, cùng đề cương); kết quả tổng hợp thành báo cáo gửi lên',
          params: idParams,
          body: childCampaignCreateSchema,
          response: { 201: campaignSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'assignments.work');
        const tree = await ctx.units.current();
        const id = await openChildCampaign(db, tree, actor, request.params.id, request.body);
        reply.code(201);
        return getCampaign(db, tree, actor, id);
      },
    );

    app.get(
      '/campaigns/:id/children',
      {
        schema: {
          tags: ['consolidation'],
          summary: 'Các đợt cấp dưới của đợt này với tiến độ của từng đợt',
          params: idParams,
          response: { 200: z.object({ items: z.array(childCampaignSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const parent = await getReadableCampaign(db, tree, actor, request.params.id);
        return { items: await listChildCampaigns(db, tree, actor, parent.id) };
      },
    );
  };
}

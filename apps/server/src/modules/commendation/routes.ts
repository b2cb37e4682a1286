import {
  awardGroupSchema,
  awardStatisticsSchema,
  awardTypeCreateSchema,
  awardTypePatchSchema,
  awardTypeSchema,
  campaignSchema,
  decisionInputSchema,
  decisionIssueSchema,
  decisionPatchSchema,
  decisionSchema,
  NOMINEE_KINDS,
  nominationApproveSchema,
  nominationFileSchema,
  nominationImportQuerySchema,
  nominationImportResultSchema,
  nominationInputSchema,
  nominationPatchSchema,
  nominationQuerySchema,
  nominationRejectSchema,
  nominationSchema,
  nominationSubmitSchema,
  quotaStatusSchema,
  statisticsQuerySchema,
  versionOnlySchema,
} from '@tongket/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../http/download.ts';
import { authorize } from '../../http/guard.ts';
import { downloadName } from '../../kernel/file-store.ts';
import { readUpload } from '../../lib/uploads/read-upload.ts';
import { createAwardType, listAwardTypeIds, listAwardTypes, updateAwardType } from '../award-types/index.ts';
import { getCampaign, getReadableCampaign, updateCampaign } from '../campaigns/index.ts';
import { DECISION_FILES, decisionFile } from './decision-documents.ts';
import { createDecision, decisionView, issueDecision, selectDecision, updateDecision } from './decisions.ts';
import { importNominations, nominationTemplate } from './import-nominations.ts';
import {
  awardTypeNames,
  listDecisions,
  listNominations,
  nominationAnswer,
  readableDecision,
  readableNomination,
} from './nomination-access.ts';
import { attachNominationFile, readNominationFile, removeNominationFile } from './nomination-files.ts';
import { quotaFor, quotaStatus, unitsWithQuota } from './quota-status.ts';
import { reviewNomination } from './review-nomination.ts';
import {
  canNominateForUnits,
  createNomination,
  deleteNomination,
  updateNomination,
} from './save-nomination.ts';
import { awardStatistics } from './statistics.ts';
import { submitNomination } from './submit-nomination.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

export function commendationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  const storage = { kind: ctx.config.fileStorage, dataDir: ctx.config.dataDir } as const;
  const uploaded = (request: FastifyRequest) => readUpload(request, ctx.config.maxUploadBytes, 'file');

  return async (app) => {
    app.get(
      '/award-types',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Danh mục hình thức khen thưởng',
          response: { 200: z.object({ items: z.array(awardTypeSchema) }) },
        },
      },
      async (request) => {
        authorize(request, 'campaigns.read');
        return { items: await listAwardTypes(db) };
      },
    );

    app.post(
      '/award-types',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Thêm hình thức khen thưởng vào danh mục',
          body: awardTypeCreateSchema,
          response: { 201: awardTypeSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'awardTypes.manage');
        reply.code(201);
        return createAwardType(db, actor, request.body);
      },
    );

    app.patch(
      '/award-types/:id',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Sửa, ngừng dùng hình thức khen thưởng (kèm version)',
          params: idParams,
          body: awardTypePatchSchema,
          response: { 200: awardTypeSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'awardTypes.manage');
        return updateAwardType(db, actor, request.params.id, request.body);
      },
    );

    app.get(
      '/campaigns/:id/quotas',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Chỉ tiêu khen thưởng của đợt (mục VI của kế hoạch) và số đã dùng theo từng đơn vị',
          params: idParams,
          response: { 200: z.object({ items: z.array(quotaStatusSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        return { items: await quotaStatus(db, tree, campaign, await awardTypeNames(db)) };
      },
    );

    app.put(
      '/campaigns/:id/quotas',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Sửa chỉ tiêu khen thưởng của dự thảo kế hoạch (kèm version)',
          params: idParams,
          body: z.strictObject({ version: z.number().int(), awardGroups: z.array(awardGroupSchema).max(50) }),
          response: { 200: campaignSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        await updateCampaign(
          db,
          tree,
          actor,
          request.params.id,
          { version: request.body.version, plan: { awardGroups: request.body.awardGroups } },
          '',
        );
        return getCampaign(db, tree, actor, request.params.id);
      },
    );

    app.get(
      '/campaigns/:id/nominations',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Đề nghị khen thưởng của đợt (đơn vị chỉ thấy của mình và cấp dưới)',
          params: idParams,
          querystring: nominationQuerySchema,
          response: { 200: z.object({ items: z.array(nominationSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        return { items: await listNominations(db, tree, actor, campaign, request.query.status) };
      },
    );

    app.post(
      '/campaigns/:id/nominations',
      {
        schema: {
          tags: ['commendation'],
          summary:
            'Lập đề nghị khen thưởng (dự thảo) của đơn vị người dùng; cơ quan thường trực có thể nhập thay cho một đơn vị của đợt (unitId)',
          params: idParams,
          body: nominationInputSchema,
          response: { 201: nominationSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'nominations.write');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        const id = await createNomination(db, actor, campaign, request.body, tree);
        reply.code(201);
        return nominationAnswer(db, tree, actor, id);
      },
    );

    app.post(
      '/campaigns/:id/nominations/import',
      {
        schema: {
          tags: ['commendation'],
          summary:
            'Nhập danh sách đề nghị từ Excel: commit=false xem trước, commit=true lưu thành dự thảo (tất cả hoặc không dòng nào)',
          params: idParams,
          querystring: nominationImportQuerySchema,
          consumes: ['multipart/form-data'],
          response: { 200: nominationImportResultSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'nominations.write');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        const file = await uploaded(request);
        return importNominations(
          db,
          tree,
          actor,
          campaign,
          request.query.awardGroupId,
          file.data,
          request.query.commit === 'true',
        );
      },
    );

    app.get(
      '/campaigns/:id/nominations/template.xlsx',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Mẫu danh sách đề nghị khen thưởng (Excel) để điền rồi nhập',
          params: idParams,
          querystring: z.strictObject({ awardGroupId: z.string().max(64).optional() }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        const group = campaign.plan.awardGroups.find((g) => g.id === request.query.awardGroupId);
        const names = await awardTypeNames(db);
        const award = (group?.awardTypeId && names.get(group.awardTypeId)) || 'khen thưởng';
        // The standing agency enters nominations for the units; a unit for itself.
        const units = canNominateForUnits(actor, campaign) ? unitsWithQuota(tree, campaign, group) : null;
        const kinds = NOMINEE_KINDS.filter((kind) =>
          units
            ? group?.quotas.some((q) => q.nomineeKind === kind)
            : group && quotaFor(tree, campaign, group, kind, actor.unitId).row,
        );
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('cache-control', 'private, no-cache')
          .header(
            'content-disposition',
            contentDisposition('Mẫu danh sách đề nghị khen thưởng.xlsx', {
              ascii: 'mau-de-nghi-khen-thuong.xlsx',
            }),
          )
          .send(
            await nominationTemplate({ awardName: award, kinds, units: units?.map((u) => u.name) ?? null }),
          );
      },
    );

    app.get(
      '/nominations/:id',
      { schema: { tags: ['commendation'], params: idParams, response: { 200: nominationSchema } } },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return nominationAnswer(db, await ctx.units.current(), actor, request.params.id);
      },
    );

    app.patch(
      '/nominations/:id',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Sửa đề nghị khen thưởng còn là dự thảo (kèm version)',
          params: idParams,
          body: nominationPatchSchema,
          response: { 200: nominationSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'nominations.write');
        const tree = await ctx.units.current();
        const { campaign } = await readableNomination(db, tree, actor, request.params.id);
        await updateNomination(db, actor, campaign, request.params.id, request.body);
        return nominationAnswer(db, tree, actor, request.params.id);
      },
    );

    app.delete(
      '/nominations/:id',
      { schema: { tags: ['commendation'], summary: 'Xóa đề nghị còn là dự thảo', params: idParams } },
      async (request, reply) => {
        const actor = authorize(request, 'nominations.write');
        const tree = await ctx.units.current();
        const { campaign } = await readableNomination(db, tree, actor, request.params.id);
        await deleteNomination(db, actor, campaign, request.params.id);
        return reply.code(204).send();
      },
    );

    app.post(
      '/nominations/:id/submit',
      {
        schema: {
          tags: ['commendation'],
          summary:
            'Gửi đề nghị (trong chỉ tiêu, trước hạn); cơ quan thường trực có thể gửi vượt chỉ tiêu kèm lý do (ghi nhật ký)',
          params: idParams,
          body: nominationSubmitSchema,
          response: { 200: nominationSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'nominations.write');
        const tree = await ctx.units.current();
        const { campaign } = await readableNomination(db, tree, actor, request.params.id);
        await submitNomination(db, tree, actor, campaign, request.params.id, request.body);
        return nominationAnswer(db, tree, actor, request.params.id);
      },
    );

    const reviewRoute = (
      step: 'forward' | 'approve' | 'reject',
      permission: 'nominations.forward' | 'nominations.review',
      summary: string,
      body: z.ZodType,
    ) =>
      app.post(
        `/nominations/:id/${step}`,
        {
          schema: {
            tags: ['commendation'],
            summary,
            params: idParams,
            body,
            response: { 200: nominationSchema },
          },
        },
        async (request) => {
          const actor = authorize(request, permission);
          const tree = await ctx.units.current();
          const { campaign } = await readableNomination(db, tree, actor, request.params.id);
          await reviewNomination(
            db,
            tree,
            actor,
            campaign,
            request.params.id,
            { step, ...(request.body as object) } as Parameters<typeof reviewNomination>[5],
            await listAwardTypeIds(db),
          );
          return nominationAnswer(db, tree, actor, request.params.id);
        },
      );
    reviewRoute(
      'forward',
      'nominations.forward',
      'Chuyển đề nghị sang Hội đồng thẩm định',
      versionOnlySchema,
    );
    reviewRoute(
      'approve',
      'nominations.review',
      'Đồng ý khen thưởng; có thể đề nghị cấp trên khen thưởng',
      nominationApproveSchema,
    );
    reviewRoute(
      'reject',
      'nominations.review',
      'Không đồng ý khen thưởng (ghi lý do); trả lại chỉ tiêu',
      nominationRejectSchema,
    );

    app.post(
      '/nominations/:id/files',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Đính kèm báo cáo thành tích (PDF, Word, Excel, ảnh; kiểm tra theo nội dung tệp)',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: nominationFileSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'nominations.write');
        const tree = await ctx.units.current();
        const answer = await attachNominationFile(db, tree, storage, actor, request.params.id, () =>
          uploaded(request),
        );
        reply.code(201);
        return answer;
      },
    );

    app.delete(
      '/nomination-files/:id',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Gỡ một tệp hồ sơ khỏi đề nghị (khi chưa chuyển thẩm định)',
          params: idParams,
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'nominations.write');
        await removeNominationFile(db, await ctx.units.current(), actor, request.params.id);
        return reply.code(204).send();
      },
    );

    app.get(
      '/nomination-files/:id',
      { schema: { tags: ['commendation'], summary: 'Tải báo cáo thành tích', params: idParams } },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const { file, bytes } = await readNominationFile(
          db,
          await ctx.units.current(),
          storage,
          actor,
          request.params.id,
        );
        return reply
          .type(file.content_type)
          .header('cache-control', 'private, no-cache')
          .header('content-disposition', contentDisposition(downloadName(file.file_name, file.content_type)))
          .send(bytes);
      },
    );

    app.get(
      '/campaigns/:id/decisions',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Quyết định khen thưởng của đợt',
          params: idParams,
          response: { 200: z.object({ items: z.array(decisionSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        return { items: await listDecisions(db, actor, campaign) };
      },
    );

    app.post(
      '/campaigns/:id/decisions',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Soạn quyết định khen thưởng từ các đề nghị đã được đồng ý',
          params: idParams,
          body: decisionInputSchema,
          response: { 201: decisionSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'nominations.review');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        const id = await createDecision(db, actor, campaign, request.body);
        reply.code(201);
        return decisionView(
          db,
          (await selectDecision(db, id)) as NonNullable<Awaited<ReturnType<typeof selectDecision>>>,
          await awardTypeNames(db),
        );
      },
    );

    app.get(
      '/decisions/:id',
      { schema: { tags: ['commendation'], params: idParams, response: { 200: decisionSchema } } },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const { row } = await readableDecision(db, await ctx.units.current(), actor, request.params.id);
        return decisionView(db, row, await awardTypeNames(db));
      },
    );

    app.patch(
      '/decisions/:id',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Sửa dự thảo quyết định (kèm version)',
          params: idParams,
          body: decisionPatchSchema,
          response: { 200: decisionSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'nominations.review');
        const tree = await ctx.units.current();
        const { campaign } = await readableDecision(db, tree, actor, request.params.id);
        await updateDecision(db, actor, campaign, request.params.id, request.body);
        const { row } = await readableDecision(db, tree, actor, request.params.id);
        return decisionView(db, row, await awardTypeNames(db));
      },
    );

    app.post(
      '/decisions/:id/issue',
      {
        schema: {
          tags: ['commendation'],
          summary:
            'Ban hành quyết định: số, ngày, người ký; các đề nghị trở thành đã khen thưởng; đơn vị được thông báo',
          params: idParams,
          body: decisionIssueSchema,
          response: { 200: decisionSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'nominations.review');
        const tree = await ctx.units.current();
        const { campaign } = await readableDecision(db, tree, actor, request.params.id);
        await issueDecision(db, tree, actor, campaign, request.params.id, request.body);
        void ctx.mailer?.flush().catch(() => {});
        const { row } = await readableDecision(db, tree, actor, request.params.id);
        return decisionView(db, row, await awardTypeNames(db));
      },
    );

    app.get(
      '/decisions/:id/documents/:file',
      {
        schema: {
          tags: ['commendation'],
          summary:
            'Quyết định theo thể thức Nghị định 30 (decision.docx, decision.pdf), danh sách (list.xlsx), bằng khen (certificates.pdf, sau khi ban hành)',
          params: z.strictObject({ id: z.string().max(64), file: z.enum(DECISION_FILES) }),
          querystring: z.strictObject({ inline: z.enum(['0', '1']).optional() }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const { row, campaign } = await readableDecision(db, tree, actor, request.params.id);
        const file = await decisionFile(
          db,
          tree,
          campaign,
          row,
          request.params.file,
          await awardTypeNames(db),
        );
        const inline = request.query.inline === '1' && file.contentType === 'application/pdf';
        if (inline) reply.header('content-security-policy', "frame-ancestors 'self'");
        return reply
          .type(file.contentType)
          .header('cache-control', 'private, no-cache')
          .header('content-disposition', contentDisposition(file.name, { ascii: file.ascii, inline }))
          .send(file.bytes);
      },
    );

    app.get(
      '/commendation/statistics',
      {
        schema: {
          tags: ['commendation'],
          summary: 'Thống kê khen thưởng theo năm, hình thức, đơn vị và đợt',
          querystring: statisticsQuerySchema,
          response: { 200: awardStatisticsSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return awardStatistics(db, await ctx.units.current(), actor, request.query);
      },
    );
  };
}

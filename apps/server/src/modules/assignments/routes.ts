import {
  assignmentDetailSchema,
  assignmentSchema,
  assignmentSubmitAnswerSchema,
  assignmentSubmitSchema,
  attachmentSchema,
  deadlineChangeSchema,
  draftSaveSchema,
  draftSchema,
  idempotencyHeadersSchema,
  myAssignmentSchema,
  progressQuerySchema,
  progressSchema,
  remindAnswerSchema,
  requiredIdempotencyHeadersSchema,
  reviewSchema,
  submissionSchema,
  wordImportSchema,
} from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../http/download.ts';
import { authorize } from '../../http/guard.ts';

import { badRequest, notFound } from '../../http/problem.ts';
import { downloadName, readAttachmentBytes } from '../../kernel/file-store.ts';
import { readUpload } from '../../lib/uploads/read-upload.ts';
import { assertCanManage, getReadableCampaign } from '../campaigns/index.ts';
import { assertOwner, readableAssignment } from './assignment-access.ts';
import { assignmentState } from './assignment-store.ts';
import { addAttachment, removeAttachment, selectAttachment } from './attachment-records.ts';
import { computeProgress } from './compute-progress.ts';
import { extendDeadline } from './extend-deadline.ts';
import { getAssignment, listMyAssignments } from './get-assignment.ts';
import { getSubmission } from './get-submission.ts';
import { listAssignments } from './list-assignments.ts';
import { writeProgressWorkbook } from './progress-workbook.ts';
import { remindLateUnits } from './reminders.ts';
import { reviewAssignment } from './review-assignment.ts';
import { assertEditable, assertOpen, saveDraft } from './save-draft.ts';
import { submitAssignment } from './submit-assignment.ts';
import { importWordReport } from './word-import/import-word-report.ts';

const idParams = z.strictObject({ id: z.string().max(64) });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function assignmentsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  const storage = { kind: ctx.config.fileStorage, dataDir: ctx.config.dataDir } as const;
  return async (app) => {
    app.get(
      '/campaigns/:id/assignments',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Nhiệm vụ của các đơn vị trong đợt (đơn vị chỉ thấy của mình và cấp dưới)',
          params: idParams,
          response: { 200: z.object({ items: z.array(assignmentSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        await getReadableCampaign(db, tree, actor, request.params.id);
        return { items: await listAssignments(db, tree, actor, request.params.id) };
      },
    );

    app.get(
      '/assignments',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Những gì đơn vị của người dùng phải thực hiện, trong mọi đợt đã ban hành',
          response: { 200: z.object({ items: z.array(myAssignmentSchema) }) },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return { items: await listMyAssignments(db, await ctx.units.current(), actor) };
      },
    );

    app.get(
      '/assignments/:id',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Một nhiệm vụ: đề cương, bản nháp, các lần gửi, tệp đính kèm',
          params: idParams,
          response: { 200: assignmentDetailSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        return getAssignment(db, await ctx.units.current(), actor, request.params.id);
      },
    );

    app.patch(
      '/assignments/:id',
      {
        schema: {
          tags: ['assignments'],
          summary:
            'Gia hạn nhiệm vụ cho một đơn vị (cơ quan thường trực; kèm thời hạn cũ mà người gia hạn đã thấy)',
          params: idParams,
          body: deadlineChangeSchema,
          response: { 200: assignmentDetailSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const found = await readableAssignment(db, tree, actor, request.params.id);
        await extendDeadline(db, found, actor, request.body);
        return getAssignment(db, tree, actor, request.params.id);
      },
    );

    app.put(
      '/assignments/:id/draft',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Lưu bản nháp (kèm version; bản cũ hơn nhận 409 kèm bản hiện tại để gộp)',
          params: idParams,
          body: draftSaveSchema,
          response: { 200: draftSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'assignments.work');
        const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
        return saveDraft(db, found, actor, request.body.version, request.body.content);
      },
    );

    app.post(
      '/assignments/:id/import-docx',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Đọc báo cáo Word (.docx) viết theo đề cương: xem trước phần nào vào mục nào (chưa lưu)',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: wordImportSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'assignments.work');
        const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
        assertOwner(found);
        assertOpen(found);
        assertEditable(found);
        if (found.assignment.kind !== 'report') {
          throw badRequest('not_a_report');
        }
        const file = await readUpload(request, ctx.config.maxUploadBytes, 'word_report');
        return importWordReport(file.data, found.campaign.outline, { maxBytes: ctx.config.maxUploadBytes });
      },
    );

    app.post(
      '/assignments/:id/attachments',
      {
        schema: {
          tags: ['assignments'],
          summary:
            'Đính kèm tệp (PDF, Word, Excel, ảnh; video MP4/MOV/WebM cho nhiệm vụ phóng sự; kiểm tra theo nội dung tệp)',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: attachmentSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'assignments.work');
        const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
        assertOwner(found);
        assertOpen(found);
        assertEditable(found);
        const file = await readUpload(request, ctx.config.maxUploadBytes, 'attachment');
        const attachment = await addAttachment(db, storage, {
          assignmentId: found.assignment.id,
          fileName: file.name,
          data: file.data,
          actorUsername: actor.username,
          videos: found.assignment.kind === 'media',
        });
        reply.code(201);
        return attachment;
      },
    );

    app.get(
      '/attachments/:id',
      { schema: { tags: ['assignments'], summary: 'Tải tệp đính kèm', params: idParams } },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const row = await selectAttachment(db, request.params.id);
        if (!row) throw notFound('attachment');
        await readableAssignment(db, await ctx.units.current(), actor, row.assignment_id);
        const bytes = await readAttachmentBytes(db, storage, row);
        return reply
          .type(row.content_type)
          .header('cache-control', 'private, no-cache')
          .header('content-disposition', contentDisposition(downloadName(row.file_name, row.content_type)))
          .send(bytes);
      },
    );

    app.delete(
      '/attachments/:id',
      { schema: { tags: ['assignments'], summary: 'Gỡ tệp đính kèm khỏi bản nháp', params: idParams } },
      async (request, reply) => {
        const actor = authorize(request, 'assignments.work');
        const row = await selectAttachment(db, request.params.id);
        if (!row || row.deleted_at) throw notFound('attachment');
        const found = await readableAssignment(db, await ctx.units.current(), actor, row.assignment_id);
        assertOwner(found);
        assertOpen(found);
        assertEditable(found);
        await removeAttachment(db, row.id);
        return reply.code(204).send();
      },
    );

    app.post(
      '/assignments/:id/submit',
      {
        schema: {
          tags: ['assignments'],
          summary:
            'Gửi báo cáo (Idempotency-Key: bấm hai lần hay gửi lại vẫn chỉ một lần gửi); có thể kèm nội dung để lưu và gửi một lần',
          params: idParams,
          headers: idempotencyHeadersSchema,
          body: assignmentSubmitSchema,
          response: { 200: assignmentSubmitAnswerSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'assignments.work');
        const tree = await ctx.units.current();
        const found = await readableAssignment(db, tree, actor, request.params.id);
        const submission = await submitAssignment(db, ctx.events, found, actor, {
          version: request.body?.version,
          content: request.body?.content,
          idempotencyKey: request.headers['idempotency-key'],
        });
        const now = await assignmentState(db, found.assignment.id);
        return { submission, assignment: { ...now, status: now.status as 'submitted' } };
      },
    );

    app.get(
      '/assignments/:id/submissions/:seq',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Một lần gửi, kèm những thay đổi so với lần gửi trước',
          params: z.strictObject({ id: z.string().max(64), seq: z.coerce.number().int().min(1).max(10_000) }),
          response: { 200: submissionSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const found = await readableAssignment(db, await ctx.units.current(), actor, request.params.id);
        return getSubmission(db, found, request.params.seq);
      },
    );

    app.post(
      '/assignments/:id/review',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Tiếp nhận hoặc trả lại báo cáo (trả lại phải ghi lý do); đơn vị được thông báo',
          params: idParams,
          body: reviewSchema,
          response: { 200: assignmentDetailSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const found = await readableAssignment(db, tree, actor, request.params.id);
        await reviewAssignment(db, ctx.events, tree, found, actor, request.body);
        return getAssignment(db, tree, actor, request.params.id);
      },
    );

    app.get(
      '/campaigns/:id/progress',
      {
        schema: {
          tags: ['assignments'],
          summary:
            'Tiến độ của đợt theo đơn vị, theo cấp và theo loại nhiệm vụ: phải nộp, đã nộp, đúng hạn, quá hạn…',
          params: idParams,
          querystring: progressQuerySchema,
          response: { 200: progressSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        await getReadableCampaign(db, tree, actor, request.params.id);
        return computeProgress(db, tree, actor, request.params.id, request.query);
      },
    );

    app.get(
      '/campaigns/:id/progress.xlsx',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Tiến độ của đợt dạng Excel',
          params: idParams,
          querystring: progressQuerySchema,
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        const progress = await computeProgress(db, tree, actor, campaign.id, request.query);
        const bytes = await writeProgressWorkbook(progress, campaign.name);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', contentDisposition('Tiến độ.xlsx', { ascii: 'tien-do.xlsx' }))
          .send(bytes);
      },
    );

    app.post(
      '/campaigns/:id/remind',
      {
        schema: {
          tags: ['assignments'],
          summary: 'Đôn đốc mọi đơn vị quá hạn chưa gửi (một lần bấm, Idempotency-Key bắt buộc)',
          params: idParams,
          headers: requiredIdempotencyHeadersSchema,
          response: { 200: remindAnswerSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
        assertCanManage(actor, campaign, tree);
        const result = await remindLateUnits(db, tree, actor, campaign, request.headers['idempotency-key']);
        void ctx.mailer?.flush().catch(() => {});
        return result;
      },
    );
  };
}

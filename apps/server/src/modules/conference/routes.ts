import {
  attendanceSchema,
  budgetSaveSchema,
  budgetSchema,
  checkinAnswerSchema,
  checkinSchema,
  conferenceDelegateSchema,
  conferenceInputSchema,
  conferenceSchema,
  currentItemSchema,
  delegateImportResultSchema,
  delegateInputSchema,
  delegatePatchSchema,
  delegateQuerySchema,
  distributionSchema,
  idempotencyHeadersSchema,
  importCommitQuerySchema,
  invitationSendResultSchema,
  invitationSendSchema,
  rsvpAnswerSchema,
  rsvpViewSchema,
} from '@tongket/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../http/download.ts';
import { authorize } from '../../http/guard.ts';

import { forbidden, notFound } from '../../http/problem.ts';
import { readUpload } from '../../lib/uploads/read-upload.ts';
import { distribution, getReadableCampaign, markReceipt } from '../campaigns/index.ts';
import { attendance } from './attendance.ts';
import { budgetWorkbook, getBudget, saveBudget } from './budget.ts';
import { checkInByCode, checkInById, undoCheckIn } from './check-in.ts';
import {
  type ConferenceAccess,
  conferenceAccess,
  conferenceForChange,
  visibleDelegate,
} from './conference-access.ts';
import {
  agendaFile,
  CONFERENCE_FILES,
  type ConferenceFile,
  calendarFile,
  type DocumentFile,
  invitationContent,
  invitationFile,
} from './conference-documents.ts';
import { inviterName, selectConference, selectDelegates } from './conference-store.ts';
import { delegatesWorkbook } from './delegate-workbook.ts';
import { getConference } from './get-conference.ts';
import { importDelegates } from './import-delegates.ts';
import { type DelegateAnswer, listDelegates } from './list-delegates.ts';
import { answerRsvp, rsvpContext, rsvpView } from './respond-rsvp.ts';
import { RsvpRateLimit } from './rsvp-rate-limit.ts';
import { saveConference } from './save-conference.ts';
import { createDelegate, deleteDelegate, updateDelegate } from './save-delegate.ts';
import { sendInvitations } from './send-invitations.ts';
import { setCurrentItem } from './set-current-item.ts';

const idParams = z.strictObject({ id: z.string().max(64) });
const delegateParams = z.strictObject({ id: z.string().max(64), delegateId: z.string().max(64) });
const tokenParams = z.strictObject({ token: z.string().max(200) });

function sendFile(reply: FastifyReply, file: DocumentFile, inline = false) {
  const asInline = inline && file.contentType === 'application/pdf';
  // The app's own preview shows a PDF in a frame; everything else keeps frame-ancestors 'none'.
  if (asInline) reply.header('content-security-policy', "frame-ancestors 'self'");
  return reply
    .type(file.contentType)
    .header('cache-control', 'private, no-cache')
    .header('content-disposition', contentDisposition(file.name, { ascii: file.ascii, inline: asInline }))
    .send(file.bytes);
}

export function conferenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  const rsvpLimit = new RsvpRateLimit();
  const limitRsvp = async (request: FastifyRequest) => rsvpLimit.take(request.ip);

  async function reading(request: FastifyRequest, id: string) {
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    return { actor, tree, access: await conferenceAccess(db, tree, actor, id) };
  }
  async function changing(request: FastifyRequest, id: string) {
    const actor = authorize(request, 'conference.manage');
    const tree = await ctx.units.current();
    return { actor, tree, access: await conferenceForChange(db, tree, actor, id) };
  }
  async function uploaded(request: FastifyRequest) {
    return (await readUpload(request, ctx.config.maxUploadBytes, 'excel')).data;
  }

  return async (app) => {
    app.get(
      '/campaigns/:id/conference',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Hội nghị của đợt: thời gian (có thể dự kiến), địa điểm, chủ trì, chương trình có giờ từng mục và cảnh báo; chưa lưu thì dựng từ kế hoạch',
          params: idParams,
          response: { 200: conferenceSchema },
        },
      },
      async (request) => {
        const { tree, access } = await reading(request, request.params.id);
        return getConference(db, tree, access);
      },
    );

    app.put(
      '/campaigns/:id/conference',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Lưu hội nghị và toàn bộ chương trình (kèm version, 0 cho lần đầu); chồng giờ, quá giờ được cảnh báo trong câu trả lời',
          params: idParams,
          body: conferenceInputSchema,
          response: { 200: conferenceSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        await saveConference(db, tree, ctx.events, actor, access, request.body);
        return getConference(db, tree, access);
      },
    );

    app.put(
      '/campaigns/:id/conference/current',
      {
        schema: {
          tags: ['conference'],
          summary: 'Mục chương trình đang diễn ra, cho màn hình hội trường (null: không mục nào)',
          params: idParams,
          body: currentItemSchema,
          response: { 200: conferenceSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        await setCurrentItem(db, ctx.events, actor, access, request.body.itemId);
        return getConference(db, tree, access);
      },
    );

    app.get(
      '/campaigns/:id/conference/delegates',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Đại biểu của hội nghị (đơn vị chỉ thấy đại biểu của mình); q tìm theo tên, đơn vị, chức vụ, điện thoại không dấu',
          params: idParams,
          querystring: delegateQuerySchema,
          response: { 200: z.object({ items: z.array(conferenceDelegateSchema) }) },
        },
      },
      async (request) => {
        const { actor, tree, access } = await reading(request, request.params.id);
        return { items: await listDelegates(db, tree, actor, access, request.query) };
      },
    );

    app.post(
      '/campaigns/:id/conference/delegates',
      {
        schema: {
          tags: ['conference'],
          summary: 'Thêm đại biểu vào một thành phần của kế hoạch',
          params: idParams,
          body: delegateInputSchema,
          response: { 201: conferenceDelegateSchema },
        },
      },
      async (request, reply) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        const id = await createDelegate(db, tree, ctx.events, actor, access, request.body);
        const [created] = (await listDelegates(db, tree, actor, access)).filter((d) => d.id === id);
        reply.code(201);
        return created as NonNullable<typeof created>;
      },
    );

    app.post(
      '/campaigns/:id/conference/delegates/import',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Nhập danh sách đại biểu từ Excel: commit=false xem trước, commit=true lưu (tất cả hoặc không dòng nào)',
          params: idParams,
          querystring: importCommitQuerySchema,
          consumes: ['multipart/form-data'],
          response: { 200: delegateImportResultSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        const file = await uploaded(request);
        return importDelegates(db, tree, ctx.events, actor, access, file, request.query.commit === 'true');
      },
    );

    app.get(
      '/campaigns/:id/conference/delegates.xlsx',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Danh sách đại biểu (Excel, nhập lại được); template=1 cho tệp mẫu trống kèm các thành phần',
          params: idParams,
          querystring: z.strictObject({ template: z.enum(['0', '1']).optional() }),
        },
      },
      async (request, reply) => {
        const { actor, tree, access } = await reading(request, request.params.id);
        const delegates = request.query.template === '1' ? [] : await listDelegates(db, tree, actor, access);
        const { bytes, contentType } = await delegatesWorkbook(
          delegates,
          access.campaign.plan.delegateGroups,
        );
        const unicode = request.query.template === '1' ? 'Mẫu danh sách đại biểu' : 'Danh sách đại biểu';
        return sendFile(reply, {
          bytes,
          contentType,
          name: `${unicode}.xlsx`,
          ascii: request.query.template === '1' ? 'mau-danh-sach-dai-bieu.xlsx' : 'danh-sach-dai-bieu.xlsx',
        });
      },
    );

    app.patch(
      '/campaigns/:id/conference/delegates/:delegateId',
      {
        schema: {
          tags: ['conference'],
          summary: 'Sửa thông tin đại biểu, hoặc ghi trả lời nhận qua điện thoại (kèm version)',
          params: delegateParams,
          body: delegatePatchSchema,
          response: { 200: conferenceDelegateSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        await updateDelegate(db, tree, ctx.events, actor, access, request.params.delegateId, request.body);
        const [updated] = (await listDelegates(db, tree, actor, access)).filter(
          (d) => d.id === request.params.delegateId,
        );
        return updated as NonNullable<typeof updated>;
      },
    );

    app.delete(
      '/campaigns/:id/conference/delegates/:delegateId',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Bỏ đại biểu khỏi danh sách (đường dẫn xác nhận của họ hết hiệu lực); đã điểm danh thì không bỏ được',
          params: delegateParams,
        },
      },
      async (request, reply) => {
        const { actor, access } = await changing(request, request.params.id);
        await deleteDelegate(db, ctx.events, actor, access, request.params.delegateId);
        return reply.code(204).send();
      },
    );

    app.post(
      '/campaigns/:id/conference/invitations',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Gửi giấy mời: mỗi đại biểu một đường dẫn xác nhận riêng (chỉ hiện một lần), gửi thư khi có địa chỉ; mặc định những người chưa được mời',
          params: idParams,
          headers: idempotencyHeadersSchema,
          body: invitationSendSchema,
          response: { 200: invitationSendResultSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        const result = await sendInvitations(db, tree, ctx.events, actor, access, request.body.delegateIds, {
          idempotencyKey: request.headers['idempotency-key'],
        });
        if (result.emailed > 0) void ctx.mailer?.flush().catch(() => {});
        return result;
      },
    );

    /** The delegate checked in, and the attendance it changed (the door's screen shows both). */
    const checkinAnswer = async (access: ConferenceAccess, delegate: DelegateAnswer) => ({
      delegate,
      attendance: await attendance(db, access),
    });

    app.post(
      '/campaigns/:id/conference/checkin',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Điểm danh bằng mã QR trên giấy mời; mã đã dùng trả 409 kèm giờ đã điểm danh, mã giả hoặc của hội nghị khác bị từ chối',
          params: idParams,
          body: checkinSchema,
          response: { 200: checkinAnswerSchema },
        },
      },
      async (request) => {
        const { actor, access } = await changing(request, request.params.id);
        return checkinAnswer(access, await checkInByCode(db, ctx.events, actor, access, request.body.code));
      },
    );

    app.post(
      '/campaigns/:id/conference/delegates/:delegateId/checkin',
      {
        schema: {
          tags: ['conference'],
          summary: 'Điểm danh đại biểu tìm theo tên (không mang giấy mời)',
          params: delegateParams,
          response: { 200: checkinAnswerSchema },
        },
      },
      async (request) => {
        const { actor, access } = await changing(request, request.params.id);
        return checkinAnswer(
          access,
          await checkInById(db, ctx.events, actor, access, request.params.delegateId),
        );
      },
    );

    app.delete(
      '/campaigns/:id/conference/delegates/:delegateId/checkin',
      {
        schema: {
          tags: ['conference'],
          summary: 'Hủy điểm danh nhầm (ghi nhật ký)',
          params: delegateParams,
        },
      },
      async (request, reply) => {
        const { actor, access } = await changing(request, request.params.id);
        await undoCheckIn(db, ctx.events, actor, access, request.params.delegateId);
        return reply.code(204).send();
      },
    );

    app.get(
      '/campaigns/:id/conference/attendance',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Số đại biểu theo thành phần: dự kiến, trong danh sách, đã mời, nhận lời, từ chối, đã điểm danh',
          params: idParams,
          response: { 200: attendanceSchema },
        },
      },
      async (request) => {
        const { access } = await reading(request, request.params.id);
        return attendance(db, access);
      },
    );

    app.get(
      '/campaigns/:id/conference/calendar.ics',
      {
        schema: {
          tags: ['conference'],
          summary: 'Lịch hội nghị (.ics) để thêm vào lịch điện thoại, máy tính',
          params: idParams,
        },
      },
      async (request, reply) => {
        const { tree, access } = await reading(request, request.params.id);
        const conference = await getConference(db, tree, access);
        const row = await selectConference(db, access.campaign.id);
        if (!row) throw notFound('no_conference');
        const lines = conference.agenda.map(
          (a) => `${a.scheduledStart ? `${a.scheduledStart} ` : ''}${a.title}`,
        );
        return sendFile(
          reply,
          calendarFile(row, inviterName(access.campaign, tree), ['Chương trình:', ...lines]),
        );
      },
    );

    const assertSeesBudget = (seesAll: boolean) => {
      if (!seesAll) {
        throw forbidden('conference_budget');
      }
    };

    app.get(
      '/campaigns/:id/conference/budget',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Kinh phí hội nghị: nội dung chi, nguồn kinh phí, dự toán và thực chi (đồng), tổng cộng và theo nguồn',
          params: idParams,
          response: { 200: budgetSchema },
        },
      },
      async (request) => {
        const { access } = await reading(request, request.params.id);
        assertSeesBudget(access.seesAll);
        return getBudget(db, access);
      },
    );

    app.put(
      '/campaigns/:id/conference/budget',
      {
        schema: {
          tags: ['conference'],
          summary: 'Lưu kinh phí hội nghị, thay toàn bộ các dòng (kèm version của kinh phí)',
          params: idParams,
          body: budgetSaveSchema,
          response: { 200: budgetSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await changing(request, request.params.id);
        await saveBudget(db, tree, ctx.events, actor, access, request.body);
        return getBudget(db, access);
      },
    );

    app.get(
      '/campaigns/:id/conference/budget.xlsx',
      {
        schema: { tags: ['conference'], summary: 'Kinh phí hội nghị (Excel)', params: idParams },
      },
      async (request, reply) => {
        const { tree, access } = await reading(request, request.params.id);
        assertSeesBudget(access.seesAll);
        const title = (await getConference(db, tree, access)).title;
        return sendFile(reply, {
          bytes: await budgetWorkbook(await getBudget(db, access), title),
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          name: 'Kinh phí hội nghị.xlsx',
          ascii: 'kinh-phi-hoi-nghi.xlsx',
        });
      },
    );

    for (const file of Object.keys(CONFERENCE_FILES) as ConferenceFile[]) {
      const invitation = file.startsWith('invitation');
      const format = file.endsWith('.pdf') ? 'pdf' : 'docx';
      app.get(
        `/campaigns/:id/documents/${file}`,
        {
          schema: {
            tags: ['conference'],
            summary: invitation
              ? format === 'pdf'
                ? 'Giấy mời theo thể thức Nghị định 30, mỗi đại biểu một trang có mã QR điểm danh; delegateId: một đại biểu'
                : 'Giấy mời (Word) của một đại biểu (delegateId), hoặc mẫu trống'
              : `Chương trình hội nghị để in (${format.toUpperCase()})`,
            params: idParams,
            querystring: z.strictObject({
              delegateId: z.string().max(64).optional(),
              inline: z.enum(['0', '1']).optional(),
            }),
          },
        },
        async (request, reply) => {
          const { actor, tree, access } = await reading(request, request.params.id);
          const inline = request.query.inline === '1';
          if (!invitation) {
            return sendFile(
              reply,
              await agendaFile(access.campaign, tree, await getConference(db, tree, access), format),
              inline,
            );
          }
          const conference = await selectConference(db, access.campaign.id);
          if (!conference) throw notFound('no_conference');
          const delegates = (await selectDelegates(db, conference.id))
            .filter((d) => visibleDelegate(access, actor, tree, d.unit_id))
            .filter((d) => !request.query.delegateId || d.id === request.query.delegateId);
          if (request.query.delegateId && delegates.length === 0) {
            throw notFound('delegate');
          }
          return sendFile(
            reply,
            await invitationFile(db, access.campaign, tree, conference, delegates, format),
            inline,
          );
        },
      );
    }

    app.get(
      '/campaigns/:id/distribution',
      {
        schema: {
          tags: ['conference'],
          summary:
            'Phát hành kế hoạch: mỗi đơn vị nhận (nơi nhận, đơn vị có nhiệm vụ) đã mở, đã xác nhận chưa; đơn vị chỉ thấy của mình',
          params: idParams,
          response: { 200: distributionSchema },
        },
      },
      async (request) => {
        const { actor, tree, access } = await reading(request, request.params.id);
        return distribution(db, tree, actor, access.campaign, !access.seesAll);
      },
    );

    for (const step of ['open', 'acknowledge'] as const) {
      app.post(
        `/campaigns/:id/distribution/${step}`,
        {
          schema: {
            tags: ['conference'],
            summary:
              step === 'open'
                ? 'Đơn vị của người dùng đã mở kế hoạch (chỉ lần đầu được ghi)'
                : 'Đơn vị của người dùng xác nhận đã nhận kế hoạch',
            params: idParams,
            response: { 200: distributionSchema },
          },
        },
        async (request) => {
          const actor = authorize(request, 'plans.acknowledge');
          const tree = await ctx.units.current();
          const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
          await markReceipt(db, actor, campaign, step);
          return distribution(db, tree, actor, campaign, true);
        },
      );
    }

    // Public: a delegate has no account; the token in the link is the only key.
    const publicSchema = { tags: ['rsvp'], security: [] };

    app.get(
      '/rsvp/:token',
      {
        preHandler: limitRsvp,
        schema: {
          ...publicSchema,
          summary:
            'Giấy mời của một đại biểu theo đường dẫn riêng (không cần đăng nhập); chỉ lộ giấy mời của chính họ',
          params: tokenParams,
          response: { 200: rsvpViewSchema },
        },
      },
      async (request) => {
        const context = await rsvpContext(db, request.params.token);
        return rsvpView(context, await ctx.units.current(), invitationContent(context.conference));
      },
    );

    app.post(
      '/rsvp/:token',
      {
        preHandler: limitRsvp,
        schema: {
          ...publicSchema,
          summary: 'Đại biểu xác nhận tham dự hoặc báo vắng qua đường dẫn riêng',
          params: tokenParams,
          body: rsvpAnswerSchema,
          response: { 200: rsvpViewSchema },
        },
      },
      async (request) => {
        const context = await rsvpContext(db, request.params.token);
        await answerRsvp(db, ctx.events, context, request.body, request.ip);
        const fresh = await rsvpContext(db, request.params.token);
        return rsvpView(fresh, await ctx.units.current(), invitationContent(fresh.conference));
      },
    );

    app.get(
      '/rsvp/:token/invitation.pdf',
      {
        preHandler: limitRsvp,
        schema: {
          ...publicSchema,
          summary: 'Giấy mời (PDF, có mã QR điểm danh) của đại biểu có đường dẫn',
          params: tokenParams,
          querystring: z.strictObject({ inline: z.enum(['0', '1']).optional() }),
        },
      },
      async (request, reply) => {
        const { delegate, conference, campaign } = await rsvpContext(db, request.params.token);
        const tree = await ctx.units.current();
        return sendFile(
          reply,
          await invitationFile(db, campaign, tree, conference, [delegate], 'pdf'),
          request.query.inline === '1',
        );
      },
    );

    app.get(
      '/rsvp/:token/calendar.ics',
      {
        preHandler: limitRsvp,
        schema: {
          ...publicSchema,
          summary: 'Lịch hội nghị (.ics) cho đại biểu có đường dẫn',
          params: tokenParams,
        },
      },
      async (request, reply) => {
        const { conference, campaign } = await rsvpContext(db, request.params.token);
        const tree = await ctx.units.current();
        return sendFile(
          reply,
          calendarFile(conference, inviterName(campaign, tree), invitationContent(conference)),
        );
      },
    );
  };
}

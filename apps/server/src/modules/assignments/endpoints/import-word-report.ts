import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { badRequest } from '../../../http/problem.ts';
import { readUpload } from '../../../lib/uploads/read-upload.ts';
import { writableAssignment } from '../assignment-access.ts';
import { importWordReport } from '../word-import/import-word-report.ts';

export const importWordReportEndpoint = defineEndpoint(
  'POST /assignments/:id/import-docx',
  {
    tags: ['assignments'],
    summary: 'Đọc báo cáo Word (.docx) viết theo đề cương: xem trước phần nào vào mục nào (chưa lưu)',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'assignments.work');
    const found = await writableAssignment(
      ctx.db.kysely,
      await ctx.units.current(),
      actor,
      request.params.id,
    );
    if (found.assignment.kind !== 'report') {
      throw badRequest('not_a_report');
    }
    const file = await readUpload(request, ctx.config.maxUploadBytes, 'word_report');
    return importWordReport(file.data, found.campaign.outline, { maxBytes: ctx.config.maxUploadBytes });
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceRead } from '../conference-access.ts';
import { delegatesWorkbook } from '../delegate-workbook.ts';
import { listDelegates } from '../list-delegates.ts';
import { sendDocumentFile } from '../send-document-file.ts';

export const getDelegatesWorkbookEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/delegates.xlsx',
  {
    tags: ['conference'],
    summary: 'Danh sách đại biểu (Excel, nhập lại được); template=1 cho tệp mẫu trống kèm các thành phần',
  },
  async (ctx, request, reply) => {
    const { actor, tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    const template = request.query.template === '1';
    const delegates = template ? [] : await listDelegates(ctx.db.kysely, tree, actor, access);
    const { bytes, contentType } = await delegatesWorkbook(delegates, access.campaign.plan.delegateGroups);
    return sendDocumentFile(reply, {
      bytes,
      contentType,
      name: `${template ? 'Mẫu danh sách đại biểu' : 'Danh sách đại biểu'}.xlsx`,
      ascii: template ? 'mau-danh-sach-dai-bieu.xlsx' : 'danh-sach-dai-bieu.xlsx',
    });
  },
);

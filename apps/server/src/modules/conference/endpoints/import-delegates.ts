import { defineEndpoint } from '../../../http/endpoint.ts';
import { readUpload } from '../../../lib/uploads/read-upload.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { importDelegates } from '../import-delegates.ts';

export const importDelegatesEndpoint = defineEndpoint(
  'POST /campaigns/:id/conference/delegates/import',
  {
    tags: ['conference'],
    summary:
      'Nhập danh sách đại biểu từ Excel: commit=false xem trước, commit=true lưu (tất cả hoặc không dòng nào)',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    const file = (await readUpload(request, ctx.config.maxUploadBytes, 'excel')).data;
    const commit = request.query.commit === 'true';
    return importDelegates(ctx.db.kysely, tree, ctx.events, actor, access, file, commit);
  },
);

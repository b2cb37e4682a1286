import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readUpload } from '../../../lib/uploads/read-upload.ts';
import { attachNominationFile, dossierStorage } from '../nomination-files.ts';

export const attachNominationFileEndpoint = defineEndpoint(
  'POST /nominations/:id/files',
  {
    tags: ['commendation'],
    summary: 'Đính kèm báo cáo thành tích (PDF, Word, Excel, ảnh; kiểm tra theo nội dung tệp)',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'nominations.write');
    return attachNominationFile(
      ctx.db.kysely,
      await ctx.units.current(),
      dossierStorage(ctx.config),
      actor,
      request.params.id,
      () => readUpload(request, ctx.config.maxUploadBytes, 'file'),
    );
  },
);

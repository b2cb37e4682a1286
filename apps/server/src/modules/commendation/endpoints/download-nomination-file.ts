import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { downloadName } from '../../../kernel/file-store.ts';
import { dossierStorage, readNominationFile } from '../nomination-files.ts';

export const downloadNominationFileEndpoint = defineEndpoint(
  'GET /nomination-files/:id',
  { tags: ['commendation'], summary: 'Tải báo cáo thành tích' },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'campaigns.read');
    const { file, bytes } = await readNominationFile(
      ctx.db.kysely,
      await ctx.units.current(),
      dossierStorage(ctx.config),
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

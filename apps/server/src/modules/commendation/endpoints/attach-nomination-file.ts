import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { checkPdfSignatures, organisationNames } from '../../../kernel/signature-check.ts';
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
    const tree = await ctx.units.current();
    return attachNominationFile(
      ctx.db.kysely,
      tree,
      dossierStorage(ctx.config),
      actor,
      request.params.id,
      () => readUpload(request, ctx.config.maxUploadBytes, 'file'),
      // A signed dossier must be signed by the unit that nominates: its certificate names the agency.
      (pdf, unitId) => checkPdfSignatures(ctx.config, pdf, organisationNames(tree, unitId), ctx.clock.now()),
    );
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readUpload } from '../../../lib/uploads/read-upload.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { importNominations } from '../import-nominations.ts';

export const importNominationsEndpoint = defineEndpoint(
  'POST /campaigns/:id/nominations/import',
  {
    tags: ['commendation'],
    summary:
      'Nhập danh sách đề nghị từ Excel: commit=false xem trước, commit=true lưu thành dự thảo (tất cả hoặc không dòng nào)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.write');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
    const file = await readUpload(request, ctx.config.maxUploadBytes, 'file');
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

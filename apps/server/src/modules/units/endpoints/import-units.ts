import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readUpload } from '../../../lib/uploads/read-upload.ts';
import { importUnits } from '../import-units.ts';

export const importUnitsEndpoint = defineEndpoint(
  'POST /units/import',
  {
    tags: ['units'],
    summary: 'Nhập đơn vị từ Excel: commit=false xem trước, commit=true lưu (tất cả hoặc không dòng nào)',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'units.manage');
    const { data: buffer } = await readUpload(request, ctx.config.maxUploadBytes, 'excel');
    return importUnits(ctx.db.kysely, ctx.units, actor, buffer, request.query.commit === 'true');
  },
);

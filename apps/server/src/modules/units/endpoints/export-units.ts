import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { writeUnitWorkbook } from '../unit-workbook.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const exportUnitsEndpoint = defineEndpoint(
  'GET /units/export.xlsx',
  { tags: ['units'], summary: 'Xuất danh sách đơn vị ra Excel (nhập lại được nguyên vẹn)' },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'units.read');
    const tree = await ctx.units.current();
    const buffer = await writeUnitWorkbook(tree.viewFor(actor).items, (id) => tree.byId.get(id)?.code);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', contentDisposition('don-vi.xlsx'))
      .send(buffer);
  },
);

import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { computeProgress } from '../compute-progress.ts';
import { writeProgressWorkbook } from '../progress-workbook.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const downloadProgressEndpoint = defineEndpoint(
  'GET /campaigns/:id/progress.xlsx',
  { tags: ['assignments'], summary: 'Tiến độ của đợt dạng Excel' },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
    const progress = await computeProgress(db, tree, actor, campaign.id, request.query);
    const bytes = await writeProgressWorkbook(progress, campaign.name);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', contentDisposition('Tiến độ.xlsx', { ascii: 'tien-do.xlsx' }))
      .send(bytes);
  },
);

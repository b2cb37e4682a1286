import { contentDisposition } from '../../../http/download.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { nominationTemplateFor } from '../import-nominations.ts';

export const downloadNominationTemplateEndpoint = defineEndpoint(
  'GET /campaigns/:id/nominations/template.xlsx',
  { tags: ['commendation'], summary: 'Mẫu danh sách đề nghị khen thưởng (Excel) để điền rồi nhập' },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
    const workbook = await nominationTemplateFor(db, tree, actor, campaign, request.query.awardGroupId);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('cache-control', 'private, no-cache')
      .header(
        'content-disposition',
        contentDisposition('Mẫu danh sách đề nghị khen thưởng.xlsx', {
          ascii: 'mau-de-nghi-khen-thuong.xlsx',
        }),
      )
      .send(workbook);
  },
);

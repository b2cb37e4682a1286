import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { readConsolidatedSources } from '../consolidated-sources.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';

export const getConsolidatedSourcesEndpoint = defineEndpoint(
  'GET /campaigns/:id/consolidated/sources',
  {
    tags: ['consolidation'],
    summary:
      'Nguồn của bản tổng hợp: mỗi câu được viết từ câu nào, số liệu nào của đơn vị nào; những gì chưa dùng được',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const { campaign } = await consolidatedCampaign(db, await ctx.units.current(), actor, request.params.id);
    return readConsolidatedSources(db, campaign);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { contributionsPage } from '../consolidate.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';

export const listContributionsEndpoint = defineEndpoint(
  'GET /campaigns/:id/consolidated/sections/:sectionId/contributions',
  {
    tags: ['consolidation'],
    summary:
      'Ý kiến của các đơn vị cho một mục của báo cáo tổng hợp, từng trang theo thứ tự cây đơn vị; tìm theo tên đơn vị, lọc ý kiến mới',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    // Read exactly as the consolidated report is: whoever may read it, answered 404 otherwise.
    const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id);
    const { offset, limit, q, onlyNew } = request.query;
    return contributionsPage(db, tree, campaign, request.params.sectionId, {
      offset,
      limit,
      q,
      onlyNew: onlyNew === '1',
    });
  },
);

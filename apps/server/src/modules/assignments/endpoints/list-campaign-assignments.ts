import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { listAssignments } from '../list-assignments.ts';

export const listCampaignAssignmentsEndpoint = defineEndpoint(
  'GET /campaigns/:id/assignments',
  {
    tags: ['assignments'],
    summary: 'Nhiệm vụ của các đơn vị trong đợt (đơn vị chỉ thấy của mình và cấp dưới)',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    await getReadableCampaign(ctx.db.kysely, tree, actor, request.params.id);
    return { items: await listAssignments(ctx.db.kysely, tree, actor, request.params.id) };
  },
);

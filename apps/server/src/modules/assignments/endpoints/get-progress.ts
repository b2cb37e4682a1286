import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { computeProgress } from '../compute-progress.ts';

export const getProgressEndpoint = defineEndpoint(
  'GET /campaigns/:id/progress',
  {
    tags: ['assignments'],
    summary:
      'Tiến độ của đợt theo đơn vị, theo cấp và theo loại nhiệm vụ: phải nộp, đã nộp, đúng hạn, quá hạn…',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    await getReadableCampaign(db, tree, actor, request.params.id);
    return computeProgress(db, tree, actor, request.params.id, request.query);
  },
);

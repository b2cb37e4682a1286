import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { listDecisions } from '../nomination-access.ts';

export const listDecisionsEndpoint = defineEndpoint(
  'GET /campaigns/:id/decisions',
  { tags: ['commendation'], summary: 'Quyết định khen thưởng của đợt' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const campaign = await getReadableCampaign(db, await ctx.units.current(), actor, request.params.id);
    return { items: await listDecisions(db, actor, campaign) };
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { decisionAnswer } from '../nomination-access.ts';

export const getDecisionEndpoint = defineEndpoint(
  'GET /decisions/:id',
  { tags: ['commendation'] },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return decisionAnswer(ctx.db.kysely, await ctx.units.current(), actor, request.params.id);
  },
);

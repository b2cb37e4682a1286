import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { nominationAnswer } from '../nomination-access.ts';

export const getNominationEndpoint = defineEndpoint(
  'GET /nominations/:id',
  { tags: ['commendation'] },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return nominationAnswer(ctx.db.kysely, await ctx.units.current(), actor, request.params.id);
  },
);

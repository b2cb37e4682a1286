import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { selectDecision } from '../decision-store.ts';
import { createDecision, decisionView } from '../decisions.ts';
import { awardTypeNames } from '../nomination-access.ts';

export const createDecisionEndpoint = defineEndpoint(
  'POST /campaigns/:id/decisions',
  { tags: ['commendation'], summary: 'Soạn quyết định khen thưởng từ các đề nghị đã được đồng ý' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.review');
    const campaign = await getReadableCampaign(db, await ctx.units.current(), actor, request.params.id);
    const id = await createDecision(db, actor, campaign, request.body);
    return decisionView(
      db,
      (await selectDecision(db, id)) as NonNullable<Awaited<ReturnType<typeof selectDecision>>>,
      await awardTypeNames(db),
    );
  },
);

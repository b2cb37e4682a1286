import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { issueDecision } from '../decisions.ts';
import { decisionAnswer, readableDecision } from '../nomination-access.ts';

export const issueDecisionEndpoint = defineEndpoint(
  'POST /decisions/:id/issue',
  {
    tags: ['commendation'],
    summary:
      'Ban hành quyết định: số, ngày, người ký; các đề nghị trở thành đã khen thưởng; đơn vị được thông báo',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.review');
    const tree = await ctx.units.current();
    const { campaign } = await readableDecision(db, tree, actor, request.params.id);
    await issueDecision(db, tree, actor, campaign, request.params.id, request.body);
    // The units' notices were queued with the decision; send them now rather than at the next tick.
    void ctx.mailer?.flush().catch(() => {});
    return decisionAnswer(db, tree, actor, request.params.id);
  },
);

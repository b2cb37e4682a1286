import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { distribution, getReadableCampaign, markReceipt } from '../../campaigns/index.ts';

/** The caller's unit records a step of its receipt of the plan, and reads its own distribution. */
const distributionReceiptEndpoint = (step: 'open' | 'acknowledge', summary: string) =>
  defineEndpoint(
    `POST /campaigns/:id/distribution/${step}`,
    { tags: ['conference'], summary },
    async (ctx, request) => {
      const db = ctx.db.kysely;
      const actor = authorize(request, 'plans.acknowledge');
      const tree = await ctx.units.current();
      const campaign = await getReadableCampaign(db, tree, actor, request.params.id);
      await markReceipt(db, actor, campaign, step);
      return distribution(db, tree, actor, campaign, true);
    },
  );

export const markDistributionReceiptEndpoints = [
  distributionReceiptEndpoint('open', 'Đơn vị của người dùng đã mở kế hoạch (chỉ lần đầu được ghi)'),
  distributionReceiptEndpoint('acknowledge', 'Đơn vị của người dùng xác nhận đã nhận kế hoạch'),
];

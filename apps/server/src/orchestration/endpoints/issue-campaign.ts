import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { getCampaign } from '../../modules/campaigns/index.ts';
import { issueCampaign } from '../issue-campaign.ts';

export const issueCampaignEndpoint = defineEndpoint(
  'POST /campaigns/:id/issue',
  {
    tags: ['campaigns'],
    summary: 'Ban hành kế hoạch: kiểm tra đủ nội dung, cố định số và ngày, giao nhiệm vụ, gửi thông báo',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    await issueCampaign(db, tree, actor, request.params.id, request.body);
    // The notices are committed; mail them now rather than at the next pass.
    void ctx.mailer?.flush().catch(() => {});
    return getCampaign(db, tree, actor, request.params.id);
  },
);

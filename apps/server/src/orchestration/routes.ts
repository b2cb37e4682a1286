import { campaignIssueSchema, campaignSchema } from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { authorize } from '../http/guard.ts';
import { getCampaign } from '../modules/campaigns/index.ts';
import { issueCampaign } from './issue-campaign.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

/** The routes of operations that span modules: issuing a round (assignments, notices, distribution). */
export function roundRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  return async (app) => {
    app.post(
      '/campaigns/:id/issue',
      {
        schema: {
          tags: ['campaigns'],
          summary:
            'Ban hành kế hoạch: kiểm tra đủ nội dung, cố định số và ngày, giao nhiệm vụ, gửi thông báo',
          params: idParams,
          body: campaignIssueSchema,
          response: { 200: campaignSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'campaigns.manage');
        const tree = await ctx.units.current();
        await issueCampaign(db, tree, actor, request.params.id, request.body);
        // The notices are committed; mail them now rather than at the next pass.
        void ctx.mailer?.flush().catch(() => {});
        return getCampaign(db, tree, actor, request.params.id);
      },
    );
  };
}

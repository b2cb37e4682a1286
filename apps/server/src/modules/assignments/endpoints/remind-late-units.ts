import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { assertCanManage, getReadableCampaign } from '../../campaigns/index.ts';
import { remindLateUnits } from '../reminders.ts';

export const remindLateUnitsEndpoint = defineEndpoint(
  'POST /campaigns/:id/remind',
  {
    tags: ['assignments'],
    summary: 'Đôn đốc mọi đơn vị quá hạn chưa gửi (một lần bấm, Idempotency-Key bắt buộc)',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(ctx.db.kysely, tree, actor, request.params.id);
    assertCanManage(actor, campaign, tree);
    const key = request.headers['idempotency-key'];
    const result = await remindLateUnits(ctx.db.kysely, tree, actor, campaign, key);
    void ctx.mailer?.flush().catch(() => {});
    return result;
  },
);

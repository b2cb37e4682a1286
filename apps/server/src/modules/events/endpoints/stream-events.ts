import { followsUnit } from '@tongket/domain';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import type { CampaignEvent } from '../../../kernel/event-bus.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { streamCampaignEvents } from '../event-streams.ts';

export const streamEventsEndpoint = defineEndpoint(
  'GET /events',
  {
    tags: ['events'],
    summary:
      'Sự kiện trực tiếp của một đợt (server-sent events): "assignment" mỗi khi một nhiệm vụ được bắt đầu soạn, gửi, tiếp nhận, trả lại, rút lại hoặc gia hạn; "conference" khi chương trình, danh sách đại biểu hoặc điểm danh của hội nghị thay đổi',
  },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const campaign = await getReadableCampaign(ctx.db.kysely, tree, actor, request.query.campaignId);
    // A unit officer follows the units in their own subtree only; conference events name no one.
    const visible = (event: CampaignEvent) =>
      event.type !== 'assignment.changed' || followsUnit(actor, event.unitId, tree);
    return streamCampaignEvents(ctx, request, reply, campaign.id, visible);
  },
);

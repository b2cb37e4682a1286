import { defineEndpoint } from '../../../http/endpoint.ts';
import { distribution } from '../../campaigns/index.ts';
import { authorizeConferenceRead } from '../conference-access.ts';

export const getDistributionEndpoint = defineEndpoint(
  'GET /campaigns/:id/distribution',
  {
    tags: ['conference'],
    summary:
      'Phát hành kế hoạch: mỗi đơn vị nhận (nơi nhận, đơn vị có nhiệm vụ) đã mở, đã xác nhận chưa; đơn vị chỉ thấy của mình',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    return distribution(ctx.db.kysely, tree, actor, access.campaign, !access.seesAll);
  },
);

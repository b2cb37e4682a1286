import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { createAwardType } from '../../award-types/index.ts';

export const createAwardTypeEndpoint = defineEndpoint(
  'POST /award-types',
  { tags: ['commendation'], summary: 'Thêm hình thức khen thưởng vào danh mục' },
  async (ctx, request) => {
    const actor = authorize(request, 'awardTypes.manage');
    return createAwardType(ctx.db.kysely, actor, request.body);
  },
);

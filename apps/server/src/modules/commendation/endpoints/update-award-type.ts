import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { updateAwardType } from '../../award-types/index.ts';

export const updateAwardTypeEndpoint = defineEndpoint(
  'PATCH /award-types/:id',
  { tags: ['commendation'], summary: 'Sửa, ngừng dùng hình thức khen thưởng (kèm version)' },
  async (ctx, request) => {
    const actor = authorize(request, 'awardTypes.manage');
    return updateAwardType(ctx.db.kysely, actor, request.params.id, request.body);
  },
);

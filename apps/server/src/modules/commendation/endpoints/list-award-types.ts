import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listAwardTypes } from '../../award-types/index.ts';

export const listAwardTypesEndpoint = defineEndpoint(
  'GET /award-types',
  { tags: ['commendation'], summary: 'Danh mục hình thức khen thưởng' },
  async (ctx, request) => {
    authorize(request, 'campaigns.read');
    return { items: await listAwardTypes(ctx.db.kysely) };
  },
);

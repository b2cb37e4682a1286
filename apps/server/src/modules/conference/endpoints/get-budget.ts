import { defineEndpoint } from '../../../http/endpoint.ts';
import { getBudget } from '../budget.ts';
import { assertSeesBudget, authorizeConferenceRead } from '../conference-access.ts';

export const getBudgetEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/budget',
  {
    tags: ['conference'],
    summary:
      'Kinh phí hội nghị: nội dung chi, nguồn kinh phí, dự toán và thực chi (đồng), tổng cộng và theo nguồn',
  },
  async (ctx, request) => {
    const { access } = await authorizeConferenceRead(ctx, request, request.params.id);
    assertSeesBudget(access);
    return getBudget(ctx.db.kysely, access);
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { getBudget, saveBudget } from '../budget.ts';
import { authorizeConferenceChange } from '../conference-access.ts';

export const saveBudgetEndpoint = defineEndpoint(
  'PUT /campaigns/:id/conference/budget',
  {
    tags: ['conference'],
    summary: 'Lưu kinh phí hội nghị, thay toàn bộ các dòng (kèm version của kinh phí)',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    await saveBudget(ctx.db.kysely, tree, ctx.events, actor, access, request.body);
    return getBudget(ctx.db.kysely, access);
  },
);

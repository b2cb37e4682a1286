import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { nominationAnswer, readableNomination } from '../nomination-access.ts';
import { submitNomination } from '../submit-nomination.ts';

export const submitNominationEndpoint = defineEndpoint(
  'POST /nominations/:id/submit',
  {
    tags: ['commendation'],
    summary:
      'Gửi đề nghị (trong chỉ tiêu, trước hạn); cơ quan thường trực có thể gửi vượt chỉ tiêu kèm lý do (ghi nhật ký)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'nominations.write');
    const tree = await ctx.units.current();
    const { campaign } = await readableNomination(db, tree, actor, request.params.id);
    await submitNomination(db, tree, actor, campaign, request.params.id, request.body);
    return nominationAnswer(db, tree, actor, request.params.id);
  },
);

import type { Permission } from '@tongket/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { listAwardTypeIds } from '../../award-types/index.ts';
import { nominationAnswer, readableNomination } from '../nomination-access.ts';
import { type ReviewStep, reviewNomination } from '../review-nomination.ts';

/*
 * The review of a sent nomination, one endpoint per step: the standing agency forwards it to the
 * commendation board, the board approves or rejects it. Each answers the nomination as it now stands.
 */

async function reviewAndAnswer(
  ctx: AppContext,
  request: FastifyRequest & { params: { id: string } },
  permission: Permission,
  step: ReviewStep,
) {
  const db = ctx.db.kysely;
  const actor = authorize(request, permission);
  const tree = await ctx.units.current();
  const { campaign } = await readableNomination(db, tree, actor, request.params.id);
  await reviewNomination(db, tree, actor, campaign, request.params.id, step, await listAwardTypeIds(db));
  return nominationAnswer(db, tree, actor, request.params.id);
}

export const forwardNominationEndpoint = defineEndpoint(
  'POST /nominations/:id/forward',
  { tags: ['commendation'], summary: 'Chuyển đề nghị sang Hội đồng thẩm định' },
  (ctx, request) =>
    reviewAndAnswer(ctx, request, 'nominations.forward', { step: 'forward', ...request.body }),
);

export const approveNominationEndpoint = defineEndpoint(
  'POST /nominations/:id/approve',
  { tags: ['commendation'], summary: 'Đồng ý khen thưởng; có thể đề nghị cấp trên khen thưởng' },
  (ctx, request) => reviewAndAnswer(ctx, request, 'nominations.review', { step: 'approve', ...request.body }),
);

export const rejectNominationEndpoint = defineEndpoint(
  'POST /nominations/:id/reject',
  { tags: ['commendation'], summary: 'Không đồng ý khen thưởng (ghi lý do); trả lại chỉ tiêu' },
  (ctx, request) => reviewAndAnswer(ctx, request, 'nominations.review', { step: 'reject', ...request.body }),
);

import { provinceOf } from '@tongket/domain';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { getReadableCampaign } from '../../campaigns/index.ts';
import { computeProgress } from '../compute-progress.ts';
import { progressReadsOf } from '../progress-reads.ts';

export const getProgressEndpoint = defineEndpoint(
  'GET /campaigns/:id/progress',
  {
    tags: ['assignments'],
    summary:
      'Tiến độ của đợt theo đơn vị, theo cấp và theo loại nhiệm vụ: phải nộp, đã nộp, đúng hạn, quá hạn… Khi nhiều đơn vị cùng nộp, có thể chậm tối đa 1 giây (behind: true)',
  },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const id = request.params.id;
    await getReadableCampaign(db, tree, actor, id);
    const { kind, unitKind, under } = request.query;
    // Who reads decides what is counted: the province, and a unit officer's own subtree.
    const scope =
      actor.role === 'unit' ? `unit:${actor.unitId}` : `province:${provinceOf(tree, actor.unitId)}`;
    const view = `${scope}|${kind ?? ''}|${unitKind ?? ''}|${under ?? ''}`;
    const { answer, behind } = await progressReadsOf(ctx).read(id, view, tree, actor.userId, () =>
      computeProgress(db, tree, actor, id, request.query),
    );
    const { bytes, gzip } = answer.body(behind, /\bgzip\b/.test(request.headers['accept-encoding'] ?? ''));
    reply.type('application/json; charset=utf-8').header('cache-control', 'private, no-cache');
    reply.header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(bytes);
  },
);

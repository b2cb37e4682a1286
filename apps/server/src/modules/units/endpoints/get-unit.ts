import { canSeeUnit } from '@tongket/domain';
import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { notFound } from '../../../http/problem.ts';

export const getUnitEndpoint = defineEndpoint('GET /units/:id', { tags: ['units'] }, async (ctx, request) => {
  const actor = authorize(request, 'units.read');
  const tree = await ctx.units.current();
  const unit = tree.byId.get(request.params.id);
  // Another province's unit answers as if it did not exist.
  if (!unit || !canSeeUnit(actor, unit.id, tree)) throw notFound('unit');
  return { ...unit, path: tree.path(unit.id), childCount: tree.childCount(unit.id) };
});

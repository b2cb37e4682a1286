import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { updateUnit } from '../update-unit.ts';

export const updateUnitEndpoint = defineEndpoint(
  'PATCH /units/:id',
  { tags: ['units'], summary: 'Sửa đơn vị (kèm version)' },
  async (ctx, request) => {
    const actor = authorize(request, 'units.manage');
    const unit = await updateUnit(
      ctx.db.kysely,
      actor,
      await ctx.units.current(),
      request.params.id,
      request.body,
    );
    const tree = await ctx.units.current();
    return tree.byId.get(unit.id) ?? unit;
  },
);

import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { createUnit } from '../create-unit.ts';

export const createUnitEndpoint = defineEndpoint(
  'POST /units',
  { tags: ['units'], summary: 'Thêm đơn vị' },
  async (ctx, request) => {
    const actor = authorize(request, 'units.manage');
    const unit = await createUnit(ctx.db.kysely, actor, await ctx.units.current(), request.body);
    const tree = await ctx.units.current();
    return tree.byId.get(unit.id) ?? unit;
  },
);

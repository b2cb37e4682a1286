import type { Unit, UnitCreate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict } from '../../http/problem.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { auditView, bumpUnitsVersion, toUnit } from './queries.ts';

export const codeTaken = (code: string) =>
  conflict('unit_code_taken', `Mã đơn vị "${code}" đã được dùng cho đơn vị khác.`);
export const parentMissing = () =>
  badRequest('parent_not_found', 'Đơn vị cấp trên không tồn tại.', [
    { field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' },
  ]);

export async function createUnit(db: Kysely<Database>, actor: Actor, input: UnitCreate): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await trx.selectFrom('units').select('id').where('id', '=', parentId).executeTakeFirst();
      if (!parent) throw parentMissing();
    }
    const taken = await trx
      .selectFrom('units')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken) throw codeTaken(input.code);
    const now = nowIso();
    const row = {
      id: newId(),
      code: input.code,
      name: input.name,
      short_name: input.shortName ?? null,
      kind: input.kind,
      parent_id: parentId,
      email: input.email ?? null,
      active: input.active === false ? 0 : 1,
      sort_order: input.order ?? 0,
      version: 1,
    };
    await trx
      .insertInto('units')
      .values({ ...row, created_at: now, updated_at: now })
      .execute();
    await bumpUnitsVersion(trx);
    const unit = toUnit(row, 0);
    await recordAudit(trx, actor, {
      action: 'unit.created',
      entityType: 'unit',
      entityId: unit.id,
      after: auditView(unit),
    });
    return unit;
  });
}

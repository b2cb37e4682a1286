import type { AwardType, awardTypeCreateSchema, awardTypePatchSchema } from '@tongket/domain';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { AwardTypesTable, Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, notFound, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';

const toAwardType = (r: Selectable<AwardTypesTable>): AwardType => ({
  id: r.id,
  code: r.code,
  name: r.name,
  active: r.active === 1,
  order: r.sort_order,
  version: r.version,
});

/** The award catalogue in display order. */
export async function listAwardTypes(db: Kysely<Database>): Promise<AwardType[]> {
  const rows = await db.selectFrom('award_types').selectAll().orderBy('sort_order').orderBy('name').execute();
  return rows.map(toAwardType);
}

export async function listAwardTypeIds(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('award_types').select('id').execute();
  return new Set(rows.map((r) => r.id));
}

export async function createAwardType(
  db: Kysely<Database>,
  actor: Actor,
  input: z.output<typeof awardTypeCreateSchema>,
): Promise<AwardType> {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('award_types')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken) throw conflict('code_taken', { code: input.code });
    const max = await trx
      .selectFrom('award_types')
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .executeTakeFirst();
    const row = {
      id: `award-${input.code.toLowerCase()}`,
      code: input.code,
      name: input.name,
      active: 1,
      sort_order: input.order ?? Number(max?.m ?? 0) + 1,
      created_at: nowIso(),
      version: 1,
    };
    await trx.insertInto('award_types').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'award_type.created',
      entityType: 'award_type',
      entityId: row.id,
      after: row,
    });
    return toAwardType(row);
  });
}

export async function updateAwardType(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: z.output<typeof awardTypePatchSchema>,
): Promise<AwardType> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('award_types').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('award_type');
    if (row.version !== patch.version) throw versionConflict('award_type');
    const next = {
      ...row,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      ...(patch.order !== undefined && { sort_order: patch.order }),
      version: row.version + 1,
    };
    await trx.updateTable('award_types').set(next).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'award_type.updated',
      entityType: 'award_type',
      entityId: id,
      before: toAwardType(row),
      after: toAwardType(next),
    });
    return toAwardType(next);
  });
}

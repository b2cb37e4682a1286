import { canManageUnitAt, canSeeUnit, provinceOf, type Unit, type UnitCreate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, conflict, forbidden } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { auditView, claimUnitTree, toUnit } from '../../kernel/unit-queries.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { insertUnitRow, unitCodeTaken, unitExists, unitsWithAgencyCode } from './store.ts';

export const codeTaken = (code: string) => conflict('unit_code_taken', { code });
export const parentMissing = () =>
  badRequest('parent_not_found', undefined, [
    {
      field: 'parentId',
      message: { vi: 'Đơn vị cấp trên không tồn tại', en: 'The parent unit does not exist' },
    },
  ]);
export const rootReserved = () =>
  badRequest('parent_required', undefined, [
    { field: 'parentId', message: { vi: 'Hãy chọn đơn vị cấp trên', en: 'Choose a parent unit' } },
  ]);

/**
 * Refuses an agency code another unit of the same province already carries (409, naming it).
 * Called inside the transaction that claimed `tree`, so the tree is the database's and no other
 * change of units lands before this one commits: the check holds under parallel requests.
 */
export async function assertAgencyCodeFree(
  db: Kysely<Database>,
  tree: UnitTree,
  agencyCode: string,
  provinceId: string | undefined,
  exceptId?: string,
): Promise<void> {
  if (provinceId === undefined) return;
  for (const holder of await unitsWithAgencyCode(db, agencyCode)) {
    if (holder.id === exceptId) continue;
    if (provinceOf(tree, holder.id) === provinceId) {
      throw conflict('agency_code_taken', { agencyCode, unit: holder.name });
    }
  }
}

/**
 * Whether `actor` may put a unit under `parentId` (`null`: at the top, as a province of its own),
 * by the tenancy policy on the current tree. Another province's unit is, to a province's
 * administrator, no unit at all: it is refused as a missing parent, revealing nothing of it.
 */
export function assertMayPlaceUnder(actor: Actor, parentId: string | null, tree: UnitTree): void {
  if (parentId === null) {
    if (!canManageUnitAt(actor, null, tree)) throw rootReserved();
    return;
  }
  if (!canSeeUnit(actor, parentId, tree)) throw parentMissing();
  if (!canManageUnitAt(actor, parentId, tree)) throw forbidden();
}

export async function createUnit(
  db: Kysely<Database>,
  actor: Actor,
  tree: UnitTree,
  input: UnitCreate,
): Promise<Unit> {
  const parentId = input.parentId ?? null;
  assertMayPlaceUnder(actor, parentId, tree);
  return db.transaction().execute(async (trx) => {
    // First: where it may be placed was checked on this tree; no other change of it may land meanwhile.
    await claimUnitTree(trx, tree.version, 'unit');
    if (parentId && !(await unitExists(trx, parentId))) throw parentMissing();
    if (await unitCodeTaken(trx, input.code)) throw codeTaken(input.code);
    // A new unit at the top is a province of its own: no other unit is in it yet.
    if (input.agencyCode && parentId) {
      await assertAgencyCodeFree(trx, tree, input.agencyCode, provinceOf(tree, parentId));
    }
    const now = nowIso();
    const row = {
      id: newId(),
      code: input.code,
      name: input.name,
      short_name: input.shortName ?? null,
      kind: input.kind,
      parent_id: parentId,
      email: input.email ?? null,
      agency_code: input.agencyCode ?? null,
      active: input.active === false ? 0 : 1,
      sort_order: input.order ?? 0,
      version: 1,
    };
    await insertUnitRow(trx, row, now);
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

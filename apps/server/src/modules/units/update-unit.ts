import { canManageUnitAt, canSeeUnit, provinceOf, type Unit, type UnitPatch } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, forbidden, notFound, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { auditView, claimUnitTree, toUnit } from '../../kernel/unit-queries.ts';
import { nowIso } from '../../lib/ids.ts';
import { assertAgencyCodeFree, assertMayPlaceUnder, codeTaken, parentMissing } from './create-unit.ts';
import { parentIdOf, readUnitRow, unitCodeTaken, updateUnitRow } from './store.ts';

export async function updateUnit(
  db: Kysely<Database>,
  actor: Actor,
  tree: UnitTree,
  id: string,
  patch: UnitPatch,
): Promise<Unit> {
  // Another province's unit answers as if it did not exist.
  if (!canSeeUnit(actor, id, tree)) throw notFound('unit');
  if (!canManageUnitAt(actor, id, tree)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    // First: the rules above were checked on this tree; no other change of it may land meanwhile.
    await claimUnitTree(trx, tree.version, 'unit');
    const row = await readUnitRow(trx, id);
    if (!row) throw notFound('unit');
    // A move stays within what the caller manages: not under another province, not to the top.
    if (patch.parentId !== undefined && patch.parentId !== row.parent_id) {
      assertMayPlaceUnder(actor, patch.parentId, tree);
    }
    if (row.version !== patch.version) throw versionConflict('unit');
    if (patch.code !== undefined && patch.code !== row.code) {
      if (await unitCodeTaken(trx, patch.code)) throw codeTaken(patch.code);
    }
    if (patch.parentId !== undefined && patch.parentId !== null && patch.parentId !== row.parent_id) {
      await assertNoCycle(trx, id, patch.parentId);
    }
    const agencyCode = patch.agencyCode !== undefined ? patch.agencyCode : row.agency_code;
    const parentId = patch.parentId !== undefined ? patch.parentId : row.parent_id;
    // Checked when the code changes or the unit moves (possibly into another province).
    if (agencyCode && (agencyCode !== row.agency_code || parentId !== row.parent_id)) {
      await assertAgencyCodeFree(trx, tree, agencyCode, parentId ? provinceOf(tree, parentId) : id, id);
    }
    const next = {
      ...row,
      ...(patch.code !== undefined && { code: patch.code }),
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shortName !== undefined && { short_name: patch.shortName }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.parentId !== undefined && { parent_id: patch.parentId ?? null }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.agencyCode !== undefined && { agency_code: patch.agencyCode }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      ...(patch.order !== undefined && { sort_order: patch.order }),
      version: row.version + 1,
    };
    if (!(await updateUnitRow(trx, next, nowIso(), patch.version))) throw versionConflict('unit');
    const before = toUnit(row, 0);
    const after = toUnit(next, 0);
    await recordAudit(trx, actor, {
      action: 'unit.updated',
      entityType: 'unit',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/** A unit cannot be moved under itself or under one of its own descendants. */
async function assertNoCycle(db: Kysely<Database>, id: string, parentId: string) {
  let current: string | null = parentId;
  const seen = new Set<string>();
  while (current) {
    if (current === id) {
      throw badRequest('parent_cycle', undefined, [
        {
          field: 'parentId',
          message: { vi: 'Đơn vị cấp trên tạo thành vòng lặp', en: 'The parent unit makes a loop' },
        },
      ]);
    }
    if (seen.has(current)) break;
    seen.add(current);
    const parent: string | null | undefined = await parentIdOf(db, current);
    if (parent === undefined) {
      if (current === parentId) throw parentMissing();
      break;
    }
    current = parent;
  }
}

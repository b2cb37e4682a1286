import { sameProvince, type User, type UserPatch } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { deleteUserSessions } from '../auth/index.ts';
import { assertCanGrantAccount, assertCanManageAccount } from './account-access.ts';
import { auditView, findUser, otherActiveHolders, updateUserRow } from './store.ts';

export async function updateUser(
  db: Kysely<Database>,
  actor: Actor,
  tree: UnitTree,
  id: string,
  patch: UserPatch,
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const before = await findUser(trx, id);
    assertCanManageAccount(actor, before, tree);
    if (before.version !== patch.version) throw versionConflict('account');
    assertCanGrantAccount(
      actor,
      { role: patch.role ?? before.role, unitId: patch.unitId ?? before.unitId },
      tree,
    );
    await assertKeepsAnAdministrator(trx, tree, before, patch);
    if (!(await updateUserRow(trx, id, patch.version, patch))) throw versionConflict('account');
    // A disabled account or a changed role must not keep acting through sessions opened before.
    if (patch.active === false || (patch.role !== undefined && patch.role !== before.role)) {
      await deleteUserSessions(trx, id);
    }
    const after = (await findUser(trx, id)) as User;
    await recordAudit(trx, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/**
 * A province keeps at least one active administrator, and the installation one active system
 * administrator: the last may not be disabled, given another role or moved to another province.
 */
async function assertKeepsAnAdministrator(
  trx: Kysely<Database>,
  tree: UnitTree,
  before: User,
  patch: UserPatch,
) {
  if (!before.active || (before.role !== 'admin' && before.role !== 'sysadmin')) return;
  const stays =
    (patch.active ?? before.active) &&
    (patch.role ?? before.role) === before.role &&
    (before.role === 'sysadmin' || sameProvince(tree, before.unitId, patch.unitId ?? before.unitId));
  if (stays) return;
  const others = await otherActiveHolders(trx, before.role, before.id);
  const left =
    before.role === 'sysadmin' ? others : others.filter((o) => sameProvince(tree, o.unit_id, before.unitId));
  if (left.length === 0) {
    throw conflict('last_admin', { case: before.role === 'sysadmin' ? 'sysadmin' : 'province_admin' });
  }
}

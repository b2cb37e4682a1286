import { canGrantAccount, canManageAccount, provinceOf, type Role, type User } from '@tongket/domain';
import type { Actor } from '../../http/actor.ts';
import { badRequest, forbidden, notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';

export const accountNotFound = () => notFound('account');

/** An account the actor may not manage (another province's, a system administrator's) is answered as missing. */
export function assertCanManageAccount(
  actor: Actor,
  account: User | undefined,
  tree: UnitTree,
): asserts account {
  if (!account || !canManageAccount(actor, account, tree)) throw accountNotFound();
}

/**
 * What an account becomes (created or changed) must still be one the actor manages: a unit that
 * exists, in the actor's own province unless they are the system administrator; the system
 * administrator's role given only by another.
 */
export function assertCanGrantAccount(actor: Actor, account: { role: Role; unitId: string }, tree: UnitTree) {
  if (provinceOf(tree, account.unitId) === undefined) {
    throw badRequest('unit_not_found', undefined, [
      { field: 'unitId', message: { vi: 'Đơn vị không tồn tại', en: 'The unit does not exist' } },
    ]);
  }
  if (account.role === 'sysadmin' && actor.role !== 'sysadmin') {
    throw forbidden('sysadmin_accounts');
  }
  if (!canGrantAccount(actor, account, tree)) {
    throw badRequest('unit_outside_province', undefined, [
      {
        field: 'unitId',
        message: {
          vi: 'Đơn vị không thuộc tỉnh bạn quản trị',
          en: 'The unit is not in the province you administer',
        },
      },
    ]);
  }
}

import {
  canManageAccount,
  compareVi,
  matchesTokens,
  queryTokens,
  type Role,
  searchKey,
  type User,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { accountsThrottledUntil } from '../auth/index.ts';
import { selectUsers, toUser } from './store.ts';

/** The accounts the actor manages (their own province's; every one for a system administrator), filtered. */
export async function listUsers(
  db: Kysely<Database>,
  actor: Actor,
  tree: UnitTree,
  filter: { q?: string; role?: Role; unitId?: string },
): Promise<User[]> {
  let query = selectUsers(db);
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.unitId) query = query.where('users.unit_id', '=', filter.unitId);
  const rows = await query.execute();
  const locked = await accountsThrottledUntil(db, Date.now());
  let users = rows
    .map((r) => toUser(r, locked.get(r.username) ?? null))
    .filter((u) => canManageAccount(actor, u, tree));
  const tokens = queryTokens(filter.q ?? '');
  if (tokens.length > 0) {
    users = users.filter((u) =>
      matchesTokens(searchKey(u.username, u.fullName, u.unitName, u.email), tokens),
    );
  }
  return users.sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.fullName, b.fullName));
}

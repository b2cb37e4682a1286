import type { Role, User } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { accountsThrottledUntil } from '../auth/index.ts';

export function selectUsers(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select([
      'users.id',
      'users.username',
      'users.full_name',
      'users.email',
      'users.role',
      'users.unit_id',
      'units.name as unit_name',
      'users.active',
      'users.last_login_at',
      'users.created_at',
      'users.version',
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

/** A user as the API shows it; `lockedUntil` is when the account stops refusing unknown addresses. */
export function toUser(row: UserRow, lockedUntil: string | null = null): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    email: row.email,
    role: row.role as Role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    active: row.active === 1,
    lockedUntil,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    version: row.version,
  };
}

/** What the audit log keeps of a user: never the password hash. */
export function auditView(user: User) {
  const { lastLoginAt: _l, lockedUntil: _u, ...rest } = user;
  return rest;
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const locked = await accountsThrottledUntil(db, Date.now());
  return toUser(row, locked.get(row.username) ?? null);
}

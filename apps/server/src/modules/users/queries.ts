import type { Role, User } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

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
      'users.locked_until',
      'users.last_login_at',
      'users.created_at',
      'users.version',
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    email: row.email,
    role: row.role as Role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    active: row.active === 1,
    lockedUntil: row.locked_until && Date.parse(row.locked_until) > Date.now() ? row.locked_until : null,
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
  return row ? toUser(row) : undefined;
}

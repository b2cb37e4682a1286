import type { Role, User, UserPatch } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { accountsThrottledUntil } from '../auth/index.ts';

/*
 * The accounts' store: the only file that reads or writes the `users` table. The operations beside
 * it decide who may do what; these functions only read and write rows.
 */

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

/** Whether an account already has that user name (names are unique in the installation). */
export async function usernameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

/** Writes a patch if the account is still at `version`; false when someone changed it first. */
export async function updateUserRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Omit<UserPatch, 'version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({
      ...(patch.fullName !== undefined && { full_name: patch.fullName }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.unitId !== undefined && { unit_id: patch.unitId }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      version: version + 1,
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets an account's password hash, moving it past `version`. */
export async function setPasswordHash(
  db: Kysely<Database>,
  id: string,
  version: number,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

/** The units of the other active accounts holding `role`. */
export async function otherActiveHolders(
  db: Kysely<Database>,
  role: Role,
  exceptId: string,
): Promise<Array<{ unit_id: string }>> {
  return db
    .selectFrom('users')
    .select('unit_id')
    .where('role', '=', role)
    .where('active', '=', 1)
    .where('id', '!=', exceptId)
    .execute();
}

/** What a caller decides about a new account; the rest of the row is the same for every account. */
export interface NewUser {
  username: string;
  fullName: string;
  email?: string | null;
  role: Role;
  unitId: string;
  passwordHash: string;
}

/** A new account's row: active, at version 1, never signed in, created and updated `now`. */
function userRow(user: NewUser, now: string): UsersTable {
  return {
    id: newId(),
    username: user.username,
    full_name: user.fullName,
    email: user.email ?? null,
    role: user.role,
    unit_id: user.unitId,
    password_hash: user.passwordHash,
    active: 1,
    last_login_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Writes one account and answers its id. The caller checks first (who may grant it, whether the
 * name is free) and writes its own audit entry; `now` lets it share one timestamp with the rows
 * it writes beside.
 */
export async function insertUser(
  db: Kysely<Database>,
  user: NewUser,
  options: { now?: string } = {},
): Promise<string> {
  const row = userRow(user, options.now ?? nowIso());
  await db.insertInto('users').values(row).execute();
  return row.id;
}

/** Many accounts in one statement (a benchmark's thousand units), with the same row defaults. */
export async function insertUsers(db: Kysely<Database>, users: NewUser[], now = nowIso()): Promise<void> {
  if (users.length === 0) return;
  await db
    .insertInto('users')
    .values(users.map((user) => userRow(user, now)))
    .execute();
}

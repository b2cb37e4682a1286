import type { Role } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.ts';
import { newId, nowIso } from '../../lib/ids.ts';

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

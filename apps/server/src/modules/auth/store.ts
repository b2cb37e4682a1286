import type { Insertable, Kysely } from 'kysely';
import { preparedQuery } from '../../db/prepared-query.ts';
import type { Database, SessionsTable } from '../../db/schema.ts';

/*
 * The rows sign-in reads and writes: sessions (by the hash of their token), the addresses each
 * account signed in from, and the account's own password and last sign-in. The users table is the
 * users module's; signing in and changing one's own password touch only these columns of it. The
 * throttle's counters (login_throttle) are login-attempts.ts's: their upserts are the throttle.
 */

export async function insertSession(db: Kysely<Database>, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** Runs on every API request, so it is compiled once. */
const findSession = preparedQuery((db) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.username',
      'users.full_name',
      'users.role',
      'users.unit_id',
      'users.active',
    ])
    .where('sessions.id', '=', ''),
);

/** The session with its user, by the session's id (the token's hash). */
export async function sessionWithUser(db: Kysely<Database>, id: string) {
  const [row] = await findSession(db, id);
  return row;
}

/** Slides the session's expiry on from its last use. */
export async function touchSession(
  db: Kysely<Database>,
  id: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSessionById(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteSessionsExpiredBefore(db: Kysely<Database>, at: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', at).execute();
}

/** What the session's actor lacks for the app's header: the e-mail and the unit's name. */
export async function userContact(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select(['users.email', 'units.name as unit_name'])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
}

export async function userByName(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Whether the account signed in from this address before (it then passes the account's throttle). */
export async function isKnownAddress(db: Kysely<Database>, userId: string, ip: string): Promise<boolean> {
  const row = await db
    .selectFrom('login_known_addresses')
    .select('ip')
    .where('user_id', '=', userId)
    .where('ip', '=', ip)
    .executeTakeFirst();
  return row !== undefined;
}

export async function rememberAddress(
  db: Kysely<Database>,
  userId: string,
  ip: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('login_known_addresses')
    .values({ user_id: userId, ip, last_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'ip']).doUpdateSet({ last_at: at }))
    .execute();
}

export async function unitName(db: Kysely<Database>, unitId: string): Promise<string | undefined> {
  const row = await db.selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirst();
  return row?.name;
}

export async function setLastLogin(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}

export async function passwordOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('users')
    .select(['password_hash', 'version'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The account's new password, moving it to its next version (`version` is the one read). */
export async function setPassword(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  version: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, version: version + 1, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

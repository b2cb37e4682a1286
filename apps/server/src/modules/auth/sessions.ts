import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@tongket/domain';
import type { Kysely } from 'kysely';
import { preparedQuery } from '../../db/prepared-query.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';

export const SESSION_COOKIE = 'tongket_session';
// Sessions live on the system time, never the app clock: a clock pinned by a test or the demo seed
// must not lengthen or cut short anyone's sign-in. Login lockout and rate limits do the same.
/** Sliding expiry is written at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** Only a hash of the token is stored: a copy of the database does not let anyone sign in. */
function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  ttlHours: number,
  ip: string | null,
  userAgent: string | null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ttlHours * 3600_000).toISOString(),
      last_seen_at: now.toISOString(),
      ip,
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
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

/** The actor behind a session cookie, or null when it is unknown, expired or the user is disabled. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  ttlHours: number,
  ip: string | null,
): Promise<Actor | null> {
  const id = sessionId(token);
  const [row] = await findSession(db, id);
  if (row === undefined) return null;
  if (row.active !== 1) return null;
  const now = Date.now();
  if (Date.parse(row.expires_at) <= now) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: new Date(now).toISOString(),
        expires_at: new Date(now + ttlHours * 3600_000).toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
  return {
    userId: row.user_id,
    username: row.username,
    fullName: row.full_name,
    role: row.role as Role,
    unitId: row.unit_id,
    ip,
  };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId(token)).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function purgeExpiredSessions(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date().toISOString()).execute();
}

/** The signed-in person as the app shows them: the session's actor with their e-mail and unit's name. */
export async function sessionUser(db: Kysely<Database>, actor: Actor) {
  const row = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select(['users.email', 'units.name as unit_name'])
    .where('users.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  return {
    id: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    email: row.email,
    role: actor.role,
    unitId: actor.unitId,
    unitName: row.unit_name,
  };
}

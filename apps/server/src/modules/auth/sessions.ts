import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  deleteSessionById,
  deleteSessionsExpiredBefore,
  deleteSessionsOfUser,
  insertSession,
  sessionWithUser,
  touchSession,
  userContact,
} from './store.ts';

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
  await insertSession(db, {
    id: sessionId(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ttlHours * 3600_000).toISOString(),
    last_seen_at: now.toISOString(),
    ip,
    user_agent: userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** The actor behind a session cookie, or null when it is unknown, expired or the user is disabled. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  ttlHours: number,
  ip: string | null,
): Promise<Actor | null> {
  const id = sessionId(token);
  const row = await sessionWithUser(db, id);
  if (row === undefined) return null;
  if (row.active !== 1) return null;
  const now = Date.now();
  if (Date.parse(row.expires_at) <= now) {
    await deleteSessionById(db, id);
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await touchSession(
      db,
      id,
      new Date(now).toISOString(),
      new Date(now + ttlHours * 3600_000).toISOString(),
    );
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
  await deleteSessionById(db, sessionId(token));
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
}

export async function purgeExpiredSessions(db: Kysely<Database>): Promise<void> {
  await deleteSessionsExpiredBefore(db, new Date().toISOString());
}

/** The signed-in person as the app shows them: the session's actor with their e-mail and unit's name. */
export async function sessionUser(db: Kysely<Database>, actor: Actor) {
  const row = await userContact(db, actor.userId);
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

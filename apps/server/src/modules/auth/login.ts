import { formatTimeVn, type Me } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { type HttpProblem, problem } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import {
  ACCOUNT_ATTEMPTS,
  ADDRESS_ATTEMPTS,
  accountKey,
  addressKey,
  countAttempt,
  forget,
  giveBack,
  PAIR_ATTEMPTS,
  pairKey,
} from './login-attempts.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { isKnownAddress, rememberAddress, setLastLogin, unitName, userByName } from './store.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  sessionTtlHours: number;
  /** The time of the attempt (tests set it). */
  now?: number;
}

const invalid = () => problem('invalid_credentials');

/** The same answer whether the name exists or not: it says when to try again, never why. */
function throttled(until: number, now: number): HttpProblem {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  return problem(
    'login_throttled',
    { until: formatTimeVn(new Date(until).toISOString()), minutes: Math.ceil(seconds / 60) },
    { headers: { 'retry-after': String(seconds) } },
  );
}

export async function login(db: Kysely<Database>, input: LoginInput): Promise<{ token: string; user: Me }> {
  const now = input.now ?? Date.now();
  const user = await userByName(db, input.username);
  const ip = input.ip ?? 'unknown';
  // Counted before the password is checked: parallel guesses each take a number.
  const known = user !== undefined && (await isKnownAddress(db, user.id, ip));
  const pair = await countAttempt(db, pairKey(input.username, ip), now);
  const address = await countAttempt(db, addressKey(ip), now);
  const account = known ? null : await countAttempt(db, accountKey(input.username), now);
  const over = [
    pair.attempts > PAIR_ATTEMPTS ? pair.until : 0,
    address.attempts > ADDRESS_ATTEMPTS ? address.until : 0,
    account && account.attempts > ACCOUNT_ATTEMPTS ? account.until : 0,
  ];
  if (Math.max(...over) > 0) throw throttled(Math.max(...over), now);

  let ok = false;
  if (user) ok = await verifyPassword(user.password_hash, input.password);
  else await verifyAgainstDummy(input.password);
  if (!user || !ok) {
    await recordAudit(
      db,
      user
        ? {
            userId: '',
            username: user.username,
            fullName: user.full_name,
            role: user.role as Actor['role'],
            unitId: user.unit_id,
            ip: input.ip,
          }
        : null,
      {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: user
          ? { attempts: pair.attempts }
          : { username: input.username, ip: input.ip, reason: 'unknown_user' },
      },
    );
    throw invalid();
  }
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    fullName: user.full_name,
    role: user.role as Actor['role'],
    unitId: user.unit_id,
    ip: input.ip,
  };
  if (user.active !== 1) {
    throw problem('account_disabled');
  }
  const unit = await unitName(db, user.unit_id);
  const token = await db.transaction().execute(async (trx) => {
    await setLastLogin(trx, user.id, nowIso());
    await forget(trx, [pairKey(input.username, ip)]);
    await giveBack(trx, addressKey(ip));
    if (!known) await giveBack(trx, accountKey(input.username));
    await rememberAddress(trx, user.id, ip, new Date(now).toISOString());
    await recordAudit(trx, actor, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return createSession(trx, user.id, input.sessionTtlHours, input.ip, input.userAgent);
  });
  return {
    token,
    user: {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      email: user.email,
      role: actor.role,
      unitId: user.unit_id,
      unitName: unit ?? '',
    },
  };
}

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Sign-in throttling, after the OWASP authentication guidance. Every attempt is counted before its
 * password is checked, by one atomic upsert per counter, so parallel guesses cannot outrun it; the
 * counters live in the database, so they hold across instances. Three counters, each over a
 * WINDOW_MS window that starts with its first attempt:
 *
 * - per account and address pair: PAIR_ATTEMPTS wrong passwords, then that pair waits for the
 *   window to end. Someone guessing from elsewhere never locks the owner out of their own desk.
 * - per account, from addresses it has never signed in from: ACCOUNT_ATTEMPTS, then such addresses
 *   wait. The owner, from an address they signed in from before, still passes (with the pair rule);
 *   an administrator's reset or unlock clears it at once.
 * - per address, over all accounts: ADDRESS_ATTEMPTS failures (a password sprayed over many
 *   accounts); a successful sign-in gives its attempt back, so an office behind one address that
 *   signs in every morning is never blocked.
 *
 * Counters are keyed by the name as typed, whether or not such an account exists, so the answers
 * (and their timing: a dummy hash is checked) are the same for a name that does not exist.
 */
export const PAIR_ATTEMPTS = 5;
export const ACCOUNT_ATTEMPTS = 20;
export const ADDRESS_ATTEMPTS = 100;
export const WINDOW_MS = 15 * 60 * 1000;

export const pairKey = (username: string, ip: string) => `pair:${username}|${ip}`;
export const accountKey = (username: string) => `account:${username}`;
export const addressKey = (ip: string) => `address:${ip}`;

export interface Count {
  /** Attempts in the current window, this one included. */
  attempts: number;
  /** When the current window ends. */
  until: number;
}

/**
 * Counts one attempt on a key and returns the count. One statement: of parallel attempts each gets
 * its own number. A window that has ended starts again at this attempt.
 */
export async function countAttempt(db: Kysely<Database>, key: string, now: number): Promise<Count> {
  const at = new Date(now).toISOString();
  const expired = new Date(now - WINDOW_MS).toISOString();
  const row = await db
    .insertInto('login_throttle')
    .values({ key, attempts: 1, window_started_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql<number>`case when login_throttle.window_started_at <= ${expired} then 1 else login_throttle.attempts + 1 end`,
        window_started_at: sql<string>`case when login_throttle.window_started_at <= ${expired} then ${at} else login_throttle.window_started_at end`,
      }),
    )
    .returning(['attempts', 'window_started_at'])
    .executeTakeFirstOrThrow();
  return { attempts: Number(row.attempts), until: Date.parse(row.window_started_at) + WINDOW_MS };
}

/** A successful sign-in gives its attempt back to a shared counter. */
export async function giveBack(db: Kysely<Database>, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set({ attempts: sql<number>`attempts - 1` })
    .where('key', '=', key)
    .where('attempts', '>', 0)
    .execute();
}

export async function forget(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('login_throttle').where('key', 'in', keys).execute();
}

/** An administrator's reset or unlock: every counter of the account, from every address. */
export async function forgetAccount(db: Kysely<Database>, username: string): Promise<void> {
  await db
    .deleteFrom('login_throttle')
    .where((eb) =>
      eb.or([eb('key', '=', accountKey(username)), eb('key', 'like', `${pairKey(username, '')}%`)]),
    )
    .execute();
}

/** Until when each throttled account refuses addresses it does not know, by user name (for the users list). */
export async function accountsThrottledUntil(
  db: Kysely<Database>,
  now: number,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('login_throttle')
    .select(['key', 'window_started_at'])
    .where('key', 'like', `${accountKey('')}%`)
    .where('attempts', '>', ACCOUNT_ATTEMPTS)
    .where('window_started_at', '>', new Date(now - WINDOW_MS).toISOString())
    .execute();
  return new Map(
    rows.map((r) => [
      r.key.slice(accountKey('').length),
      new Date(Date.parse(r.window_started_at) + WINDOW_MS).toISOString(),
    ]),
  );
}

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { keepCheckinSecret } from './conference-store.ts';

/**
 * Check-in codes and RSVP tokens.
 *
 * A check-in code is "<delegate number>-<10 characters>": the characters are the first 50 bits of
 * an HMAC-SHA256, under a secret only the server holds, of the conference and the delegate. It can
 * be printed again at any time (nothing is stored), nobody can make one without the secret, and a
 * code of another conference — or of another delegate with the same number — does not verify.
 * 50 bits against a few hundred delegates leaves a guesser one chance in 10^12 per try.
 *
 * An RSVP token is 256 random bits in the link; only its SHA-256 is stored, so the database alone
 * does not give anyone a delegate's link.
 */

const secrets = new WeakMap<Kysely<Database>, Promise<Buffer>>();

/**
 * The server's check-in secret: made once, at random, and kept in the database so every instance
 * and every restart prints and checks the same codes. Two instances making it at once keep one.
 */
export function checkinSecret(db: Kysely<Database>): Promise<Buffer> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = keepCheckinSecret(db, randomBytes(32).toString('hex')).then((hex) => Buffer.from(hex, 'hex'));
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Buffer, chars: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= chars) break;
  }
  return out;
}

function mac(secret: Buffer, conferenceId: string, delegateId: string, number: number): string {
  const digest = createHmac('sha256', secret)
    .update(`tongket-checkin:v1:${conferenceId}:${delegateId}:${number}`)
    .digest();
  return base32(digest, 10);
}

export function checkinCode(secret: Buffer, conferenceId: string, delegate: { id: string; number: number }) {
  return `${delegate.number}-${mac(secret, conferenceId, delegate.id, delegate.number)}`;
}

/** True when `given` is this delegate's code, compared in constant time. */
export function verifyCheckinMac(
  secret: Buffer,
  conferenceId: string,
  delegate: { id: string; number: number },
  given: string,
): boolean {
  const expected = Buffer.from(mac(secret, conferenceId, delegate.id, delegate.number));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A new RSVP token (for the link) and the hash that is stored. */
export function newRsvpToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRsvpToken(token) };
}

export function hashRsvpToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The shape of a token as issued: 43 base64url characters. Anything else is not looked up. */
export function isRsvpToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

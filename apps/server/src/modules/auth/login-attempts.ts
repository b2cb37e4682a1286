/**
 * Login throttling rules. Per account: after MAX_FAILED_LOGINS wrong passwords in a row the
 * account is locked for LOCK_MINUTES (stored in the database, so it holds across instances).
 * Per client address: at most IP_MAX_ATTEMPTS attempts per IP_WINDOW_MS (per instance).
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const IP_MAX_ATTEMPTS = 30;
export const IP_WINDOW_MS = 5 * 60 * 1000;

export class IpAttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly max = IP_MAX_ATTEMPTS,
    private readonly windowMs = IP_WINDOW_MS,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(ip: string, now = Date.now()): number {
    const recent = (this.attempts.get(ip) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(ip, recent);
      return Math.ceil(((recent[0] ?? now) + this.windowMs - now) / 1000);
    }
    recent.push(now);
    this.attempts.set(ip, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number) {
    for (const [ip, times] of this.attempts) {
      if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(ip);
    }
  }
}

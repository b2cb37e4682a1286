/**
 * Login throttling rules. Per account: after MAX_FAILED_LOGINS wrong passwords in a row the
 * account is locked for LOCK_MINUTES (stored in the database, so it holds across instances).
 * Per client address: after IP_MAX_FAILURES failed attempts within IP_WINDOW_MS, further attempts
 * wait (per instance). Only failures count: a whole department signing in from behind one
 * address in the morning is not an attack.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const IP_MAX_FAILURES = 30;
export const IP_WINDOW_MS = 5 * 60 * 1000;

export class IpFailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max = IP_MAX_FAILURES,
    private readonly windowMs = IP_WINDOW_MS,
  ) {}

  /** Seconds this address must wait before trying again, 0 when it may try now. */
  wait(ip: string, now = Date.now()): number {
    const recent = this.recent(ip, now);
    if (recent.length < this.max) return 0;
    return Math.ceil(((recent[0] ?? now) + this.windowMs - now) / 1000);
  }

  recordFailure(ip: string, now = Date.now()): void {
    const recent = this.recent(ip, now);
    recent.push(now);
    this.failures.set(ip, recent);
    if (this.failures.size > 10_000) this.prune(now);
  }

  private recent(ip: string, now: number): number[] {
    return (this.failures.get(ip) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number) {
    for (const [ip, times] of this.failures) {
      if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(ip);
    }
  }
}

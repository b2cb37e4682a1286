import type { FastifyRequest } from 'fastify';
import { type AppContext, perServer } from '../context.ts';
import { problem } from './problem.ts';

/** Which public links a limit guards: the case of the 429 the person reads. */
export type PublicLinkKind = 'rsvp_link' | 'signing_link';

/**
 * A per-address limit on routes without a session, whose only key is a token in the link (a
 * delegate's RSVP page, a signing program's one-time links). A token has 256 bits, so guessing is
 * hopeless anyway; the limit keeps anyone from hammering the lookups. Counts live in this
 * instance's memory (each instance limits on its own), in fixed windows.
 */
export class PublicLinkRateLimit {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly kind: PublicLinkKind,
    private readonly limit = 60,
    private readonly windowMs = 60_000,
    private readonly now = () => Date.now(),
  ) {}

  /** Counts one request from `address`; throws 429 past the limit of the current window. */
  take(address: string): void {
    const now = this.now();
    if (this.hits.size > 10_000) this.sweep(now);
    const entry = this.hits.get(address);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      this.hits.set(address, { windowStart: now, count: 1 });
      return;
    }
    entry.count++;
    if (entry.count > this.limit) {
      const retry = Math.ceil((entry.windowStart + this.windowMs - now) / 1000);
      throw problem(
        'rate_limited',
        { case: this.kind },
        { headers: { 'retry-after': String(Math.max(1, retry)) } },
      );
    }
  }

  private sweep(now: number) {
    for (const [key, entry] of this.hits) {
      if (now - entry.windowStart >= this.windowMs) this.hits.delete(key);
    }
  }
}

/**
 * The onRequest hook of one kind of public link: one limit per server and kind (a test process runs
 * several servers), shared by every route of that kind.
 */
export function publicLinkLimiter(kind: PublicLinkKind, limit = 60, windowMs = 60_000) {
  const limitOf = perServer(() => new PublicLinkRateLimit(kind, limit, windowMs));
  return async (ctx: AppContext, request: FastifyRequest) => limitOf(ctx).take(request.ip);
}

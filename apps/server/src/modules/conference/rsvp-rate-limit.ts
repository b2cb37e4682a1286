import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '../../http/problem.ts';

/**
 * A per-address limit on the public RSVP routes, the only ones without a session. A token has 256
 * bits, so guessing is hopeless anyway; the limit keeps anyone from hammering the lookups. Counts
 * live in this instance's memory (each instance limits on its own), in fixed windows.
 */
export class RsvpRateLimit {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
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
        { case: 'rsvp_link' },
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

/** One limit per server that serves the RSVP endpoints (a test process runs several servers). */
const limits = new WeakMap<FastifyInstance, RsvpRateLimit>();

/** The RSVP endpoints' preHandler: counts the request against its address's limit. */
export async function limitRsvp(request: FastifyRequest) {
  let limit = limits.get(request.server);
  if (!limit) {
    limit = new RsvpRateLimit();
    limits.set(request.server, limit);
  }
  limit.take(request.ip);
}

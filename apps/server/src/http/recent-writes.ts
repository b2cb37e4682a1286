import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';

/** Forgotten after this long: a cache that may be this far behind is never older than this. */
const KEEP_MS = 10_000;

/**
 * When each person last changed something through this instance: answers that may be served
 * slightly behind during a burst of writes (a round's progress, see
 * assignments/progress-reads.ts) are recomputed for whoever wrote since, so that a coordinator who
 * just accepted a report sees it counted.
 */
export class RecentWrites {
  private readonly last = new Map<string, number>();
  private sweptAt = 0;

  constructor(private readonly nowMs: () => number = () => performance.now()) {}

  note(userId: string): void {
    const now = this.nowMs();
    this.last.set(userId, now);
    if (now - this.sweptAt > KEEP_MS) {
      this.sweptAt = now;
      for (const [id, at] of this.last) if (now - at > KEEP_MS) this.last.delete(id);
    }
  }

  /** Whether `userId` changed something at or after `sinceMs` (this instance's clock). */
  wroteSince(userId: string, sinceMs: number): boolean {
    const at = this.last.get(userId);
    return at !== undefined && at >= sinceMs;
  }

  now(): number {
    return this.nowMs();
  }
}

const byServer = new WeakMap<AppContext, RecentWrites>();

/** This server's record of recent writes (one per server: a test process runs several). */
export function recentWritesOf(ctx: AppContext): RecentWrites {
  let writes = byServer.get(ctx);
  if (!writes) {
    writes = new RecentWrites();
    byServer.set(ctx, writes);
  }
  return writes;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Notes every successful change a signed-in person makes, as its answer is about to be sent: the
 * client's next request, which it sends only once it has that answer, finds it noted.
 */
export function registerRecentWrites(app: FastifyInstance, ctx: AppContext): void {
  const writes = recentWritesOf(ctx);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.actor && !SAFE_METHODS.has(request.method) && reply.statusCode < 400) {
      writes.note(request.actor.userId);
    }
    return payload;
  });
}

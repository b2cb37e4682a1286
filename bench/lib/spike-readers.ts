import { type LoadRequest, type LoadResult, quantile, runLoad } from './load-runner.ts';

/**
 * Readers that load pages while the deadline spike runs: a second closed-loop load generator in
 * the benchmark's process, with connections of its own, that takes turns between a few kinds of
 * read until it is told to stop (when the spike's last answer has arrived). Every answer that is not
 * 2xx counts as a failure; a 304 would too, so the readers send no If-None-Match.
 */

export interface ReadKind {
  /** The figure's name: `read_<name>`. */
  name: string;
  request: LoadRequest;
}

export interface ReadFigures {
  name: string;
  count: number;
  p50: number;
  p99: number;
  maxMs: number;
  /** The answers' mean size as sent (gzip where the server compressed it), bytes. */
  meanBytes: number;
  failed: number;
}

export interface RunningReaders {
  /** Stops handing out reads, waits for those in flight, and returns the figures of each kind. */
  stop(): Promise<ReadFigures[]>;
}

/** More reads than any spike on this machine lasts for (50,000 a second for 10 s). */
const MAX_READS = 500_000;

export function startReaders(
  origin: string,
  kinds: readonly ReadKind[],
  options: { connections: number; timeoutMs: number; progress: (message: string) => void },
): RunningReaders {
  const requests = Array.from({ length: MAX_READS }, (_, i) => (kinds[i % kinds.length] as ReadKind).request);
  let stopped = false;
  const load = runLoad(origin, requests, {
    connections: options.connections,
    timeoutMs: options.timeoutMs,
    stopped: () => stopped,
  });
  return {
    async stop() {
      stopped = true;
      const run = await load;
      if (run.notSent === 0) {
        throw new Error(`the readers ran out of their ${MAX_READS} reads before the spike ended`);
      }
      const sent = run.results.filter((r): r is LoadResult => r !== undefined);
      return kinds.map((kind, k) => {
        const mine = sent.filter((r) => r.index % kinds.length === k);
        const failures = mine.filter((r) => r.status < 200 || r.status >= 300);
        for (const failure of failures.slice(0, 3)) {
          options.progress(
            `read ${kind.name} failed: #${failure.index} HTTP ${failure.status} ${failure.error ?? ''} ${failure.failureBody ?? ''}`,
          );
        }
        const latencies = mine.map((r) => r.latencyMs);
        return {
          name: kind.name,
          count: mine.length,
          p50: quantile(latencies, 0.5),
          p99: quantile(latencies, 0.99),
          maxMs: latencies.length > 0 ? latencies.reduce((a, b) => Math.max(a, b)) : Number.NaN,
          meanBytes: mine.reduce((n, r) => n + r.bytes, 0) / Math.max(1, mine.length),
          failed: failures.length,
        };
      });
    },
  };
}

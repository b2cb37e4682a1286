// autocannon 8 ships no type declarations; these cover the programmatic API the benchmarks use.
declare module 'autocannon' {
  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  /**
   * The per-connection client autocannon hands to `setupClient`. Only the internal the benchmarks
   * touch is declared: the queue that keeps each response body as a string.
   */
  interface AutocannonClient {
    pipelinedRequests: { addBody(data: Buffer): void };
  }

  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: AutocannonRequest[];
    title?: string;
    setupClient?: (client: AutocannonClient) => void;
  }

  /** A histogram summary; latency is in milliseconds, requests per second, throughput in bytes per second. */
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
    p999?: number;
  }

  interface AutocannonResult {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    mismatches: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
  }

  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;

  export type { AutocannonClient, AutocannonOptions, AutocannonRequest, AutocannonResult, Histogram };
  export default autocannon;
}

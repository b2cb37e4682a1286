import http from 'node:http';

/**
 * A closed-loop load generator for requests that each carry their own URL, cookie and body
 * (autocannon replays one list from every connection, so 50 connections would all start with
 * the same unit). `connections` workers share one keep-alive agent with as many sockets; each takes
 * the next request as soon as its previous answer has fully arrived. Bodies are prepared before
 * the clock starts, answers are counted but not kept (except a little of the failed ones).
 */

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface LoadResult {
  index: number;
  /** HTTP status; 0 when no answer came (refused, reset, timed out). */
  status: number;
  /** From the request being handed to the socket pool to the last byte of the answer. */
  latencyMs: number;
  /** The start of the request, ms after the run started. */
  startMs: number;
  bytes: number;
  error?: string;
  /** The first 500 characters of a non-2xx answer, for the progress log. */
  failureBody?: string;
}

export interface LoadRun {
  results: Array<LoadResult | undefined>;
  wallMs: number;
  /** Requests never sent because the run was stopped. */
  notSent: number;
}

export interface LoadOptions {
  connections: number;
  timeoutMs: number;
  /** Called as each answer (or failure) arrives. */
  onResult?: (result: LoadResult) => void;
  /** Checked before each request is sent: true stops handing out new requests. */
  stopped?: () => boolean;
}

export const is2xx = (r: LoadResult | undefined) => r !== undefined && r.status >= 200 && r.status < 300;

export async function runLoad(
  origin: string,
  requests: LoadRequest[],
  options: LoadOptions,
): Promise<LoadRun> {
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const results = new Array<LoadResult | undefined>(requests.length);
  const t0 = performance.now();
  let next = 0;
  let notSent = 0;

  const send = (index: number): Promise<LoadResult> =>
    new Promise((resolve) => {
      const request = requests[index] as LoadRequest;
      const started = performance.now();
      let settled = false;
      const finish = (status: number, bytes: number, extra: Partial<LoadResult> = {}) => {
        if (settled) return;
        settled = true;
        resolve({
          index,
          status,
          latencyMs: performance.now() - started,
          startMs: started - t0,
          bytes,
          ...extra,
        });
      };
      const headers: Record<string, string | number> = { ...request.headers };
      if (request.body) headers['content-length'] = request.body.length;
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: request.method,
          path: request.path,
          headers,
          agent,
        },
        (response) => {
          const status = response.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          const kept: Buffer[] = [];
          let bytes = 0;
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (!ok && bytes < 4000) kept.push(chunk);
          });
          response.on('error', (err) => finish(0, bytes, { error: err.message }));
          response.on('aborted', () => finish(0, bytes, { error: 'answer aborted' }));
          response.on('end', () =>
            finish(
              status,
              bytes,
              ok ? {} : { failureBody: Buffer.concat(kept).toString('utf8').slice(0, 500) },
            ),
          );
        },
      );
      req.setTimeout(options.timeoutMs, () =>
        req.destroy(new Error(`timed out after ${options.timeoutMs} ms`)),
      );
      req.on('error', (err: NodeJS.ErrnoException) => finish(0, 0, { error: err.code ?? err.message }));
      req.end(request.body);
    });

  const worker = async () => {
    while (next < requests.length) {
      if (options.stopped?.()) {
        notSent = requests.length - next;
        next = requests.length;
        return;
      }
      const index = next++;
      const result = await send(index);
      results[index] = result;
      options.onResult?.(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.connections, requests.length) }, worker));
  } finally {
    agent.destroy();
  }
  return { results, wallMs: performance.now() - t0, notSent };
}

/** The q-th quantile (0–1) of a list of numbers, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

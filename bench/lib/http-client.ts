import http from 'node:http';
import { gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it crossed the wire (still gzip when the server compressed it). */
  wire: Buffer;
  /** The body after undoing any content encoding. */
  body: Buffer;
}

/**
 * One GET with node:http rather than fetch: fetch decompresses silently, and the benchmark
 * reports what the server actually sends.
 */
export function getRaw(
  url: string,
  headers: Record<string, string>,
  timeoutMs = 10_000,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const wire = Buffer.concat(chunks);
        try {
          const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, wire, body });
        } catch (err) {
          reject(err);
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/** Logs in through the API the way the web client does and returns the session cookie pair. */
export async function login(origin: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    // State-changing requests must come from the app's own origin (the CSRF guard).
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status !== 200) {
    throw new Error(`login as ${username} failed: HTTP ${response.status} ${await response.text()}`);
  }
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('tongket_session='));
  if (!session) throw new Error('login answered 200 but set no tongket_session cookie');
  return session;
}

export interface JsonResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the benchmarks read whatever JSON came back
  json: any;
  text: string;
}

/**
 * One API call as the web client makes it: JSON in and out, the session cookie, and the app's own
 * Origin on state-changing requests (the CSRF guard).
 */
export async function requestJson(
  origin: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  pathname: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (method !== 'GET') headers.origin = origin;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${origin}${pathname}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

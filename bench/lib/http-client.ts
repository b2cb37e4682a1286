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

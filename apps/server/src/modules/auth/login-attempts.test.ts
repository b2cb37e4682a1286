import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';
import { countAttempt, WINDOW_MS } from './login-attempts.ts';

describe.each(DIALECTS)('sign-in attempt counters (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { demo: false });
  });
  afterAll(() => server.close());

  it('gives each of many parallel attempts its own number, and starts again when the window ends', async () => {
    const db = server.db.kysely;
    const t0 = Date.parse('2026-06-01T08:00:00Z');
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => countAttempt(db, 'pair:x|1.2.3.4', t0)),
    );
    expect(counts.map((c) => c.attempts).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(new Set(counts.map((c) => c.until))).toEqual(new Set([t0 + WINDOW_MS]));
    expect((await countAttempt(db, 'pair:x|1.2.3.4', t0 + WINDOW_MS - 1)).attempts).toBe(21);
    const next = await countAttempt(db, 'pair:x|1.2.3.4', t0 + WINDOW_MS);
    expect(next).toEqual({ attempts: 1, until: t0 + 2 * WINDOW_MS });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions, redactUrl } from '../src/http/logging.ts';
import { createTestServer, DIALECTS, type TestServer } from './harness.ts';

describe('no secret reaches the logs', () => {
  it('replaces an RSVP token and secret query values in a path', () => {
    expect(redactUrl('/api/v1/rsvp/AbC_123-xyz/invitation.pdf?inline=1')).toBe(
      '/api/v1/rsvp/[redacted]/invitation.pdf?inline=1',
    );
    expect(redactUrl('/rsvp/AbC_123-xyz')).toBe('/rsvp/[redacted]');
    expect(redactUrl('/x?a=1&token=abc&code=9')).toBe('/x?a=1&token=[redacted]&code=[redacted]');
  });
});

describe.each(DIALECTS)('request logs at info level (%s)', (dialect) => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    server = await createTestServer(dialect, {
      logger: loggerOptions('info', { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(() => server.close());

  it('log each request without the RSVP token, the password or the session id', async () => {
    const token = 'Tk9aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-ab';
    await server.anon.get(`/api/v1/rsvp/${token}`);
    await server.anon.get(`/api/v1/rsvp/${token}/calendar.ics`);
    const password = 'mat-khau-rat-bi-mat-42';
    await server.anon.post('/api/v1/auth/login', { username: 'syt', password });
    const syt = await server.login('syt');
    const session = (syt.cookie as string).split('=')[1] as string;
    await syt.get('/api/v1/auth/me');
    const log = lines.join('');
    expect(log).toContain('/api/v1/rsvp/[redacted]');
    expect(log).toContain('/api/v1/auth/me');
    expect(log).not.toContain(token);
    expect(log).not.toContain(password);
    expect(log).not.toContain(session);
  });
});

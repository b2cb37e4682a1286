import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';
import { ACCOUNT_ATTEMPTS, PAIR_ATTEMPTS } from './login-attempts.ts';

describe.each(DIALECTS)('accounts and sessions (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(() => server.close());

  it('signs in with the demo password and sets an httpOnly SameSite=Lax cookie', async () => {
    const res = await server.anon.post('/api/v1/auth/login', { username: 'SYT', password: 'tongket-demo' });
    expect(res.status).toBe(200);
    expect(res.json.user).toMatchObject({ username: 'syt', role: 'coordinator', unitName: 'Sở Y tế' });
    const cookie = [res.headers['set-cookie']].flat()[0] as string;
    expect(cookie).toMatch(/^tongket_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const client = new Client(server.app, cookie.split(';')[0] as string);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.json.user.fullName).toBe('Phạm Văn Y');
  });

  it('answers a wrong password and an unknown user with the same Vietnamese problem', async () => {
    const wrong = await server.anon.post('/api/v1/auth/login', {
      username: 'bchqs',
      password: 'sai-mat-khau',
    });
    const unknown = await server.anon.post('/api/v1/auth/login', {
      username: 'khongco',
      password: 'sai-mat-khau',
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json).toMatchObject({
        code: 'invalid_credentials',
        detail: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
    }
  });

  /** A sign-in from a given address (the test server trusts the socket's address). */
  async function attempt(username: string, password: string, ip: string) {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      headers: { host: 'tongket.test', origin: 'http://tongket.test', 'content-type': 'application/json' },
      payload: JSON.stringify({ username, password }),
    });
    return { status: res.statusCode, json: res.json(), headers: res.headers };
  }

  it('makes one account and address pair wait after five wrong passwords, the same way for a name that does not exist', async () => {
    expect((await attempt('huonghoa', 'tongket-demo', '10.1.0.1')).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      expect((await attempt('huonghoa', `sai-${i}-xxxx`, '10.1.0.2')).status).toBe(401);
      expect((await attempt('khongcoai', `sai-${i}-xxxx`, '10.1.0.2')).status).toBe(401);
    }
    const right = await attempt('huonghoa', 'tongket-demo', '10.1.0.2');
    const nobody = await attempt('khongcoai', 'tongket-demo', '10.1.0.2');
    for (const res of [right, nobody]) {
      expect(res.status).toBe(429);
      expect(res.json.code).toBe('login_throttled');
      expect(res.json.detail).toMatch(
        /^Đăng nhập không thành công quá nhiều lần\. Vui lòng thử lại sau \d\d:\d\d/,
      );
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(800);
    }
    // Whoever guessed at 10.1.0.2 does not lock the owner out of their own desk.
    expect((await attempt('huonghoa', 'tongket-demo', '10.1.0.1')).status).toBe(200);
  });

  it('counts each attempt before checking its password: of 20 parallel guesses, five are checked', async () => {
    const id = await server.userId('binhchuan');
    const audited = async () =>
      (
        await server.db.kysely
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'auth.login_failed')
          .where('entity_id', '=', id)
          .execute()
      ).length;
    const before = await audited();
    // 20, not more: the account's own counter (ACCOUNT_ATTEMPTS, from addresses it never signed in
    // from) would refuse some of the first five pair numbers too, in whatever order the database
    // happened to count them.
    const answers = await Promise.all(
      Array.from({ length: ACCOUNT_ATTEMPTS }, (_, i) => attempt('binhchuan', `doan-${i}-xxxx`, '10.2.0.1')),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR_ATTEMPTS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(ACCOUNT_ATTEMPTS - PAIR_ATTEMPTS);
    expect((await audited()) - before).toBe(PAIR_ATTEMPTS);
    const row = await server.db.kysely
      .selectFrom('login_throttle')
      .select('attempts')
      .where('key', '=', 'pair:binhchuan|10.2.0.1')
      .executeTakeFirstOrThrow();
    expect(Number(row.attempts)).toBe(ACCOUNT_ATTEMPTS);
  });

  it('holds an account against guesses from many addresses, lets its owner in from a known one, and an admin reset lifts it', async () => {
    expect((await attempt('thuanan', 'tongket-demo', '10.3.0.1')).status).toBe(200);
    for (let i = 0; i < 20; i++) {
      expect((await attempt('thuanan', `sai-${i}-xxxx`, `10.4.0.${i + 1}`)).status).toBe(401);
    }
    // A fresh address now waits, even with the right password; so would one for a name that does not exist.
    expect((await attempt('thuanan', 'tongket-demo', '10.4.1.1')).json.code).toBe('login_throttled');
    for (let i = 0; i < 21; i++) await attempt('khongcoai2', 'sai-mat-khau', `10.5.0.${i + 1}`);
    expect((await attempt('khongcoai2', 'tongket-demo', '10.5.1.1')).json.code).toBe('login_throttled');
    // The owner, from where they signed in before, passes.
    expect((await attempt('thuanan', 'tongket-demo', '10.3.0.1')).status).toBe(200);

    // Thuận An is Bình Dương's: its province's administrator sees and resets it.
    const admin = await server.login('bd-admin');
    const users = await admin.get('/api/v1/users?q=thuanan');
    expect(users.json.items[0].lockedUntil).not.toBeNull();
    const id = await server.userId('thuanan');
    expect(
      (await admin.post(`/api/v1/users/${id}/reset-password`, { password: 'mat-khau-moi-1' })).status,
    ).toBe(200);
    expect((await admin.get('/api/v1/users?q=thuanan')).json.items[0].lockedUntil).toBeNull();
    expect((await attempt('thuanan', 'mat-khau-moi-1', '10.4.1.1')).status).toBe(200);
  });

  it('ends the session on logout', async () => {
    const client = await server.login('lanhdao');
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    const out = await client.post('/api/v1/auth/logout');
    expect(out.status).toBe(204);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(401);
    expect(me.json.code).toBe('unauthenticated');
  });

  it('refuses state changes without the app’s own Origin (CSRF guard)', async () => {
    const client = await server.login('admin');
    const foreign = await client.post('/api/v1/auth/logout', undefined, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.json.code).toBe('origin_rejected');
    const none = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { host: 'tongket.test', cookie: client.cookie as string },
    });
    expect(none.statusCode).toBe(403);
    const viaReferer = await client.post('/api/v1/auth/logout', undefined, {
      origin: '',
      referer: 'http://tongket.test/units',
    });
    expect(viaReferer.status).toBe(204);
  });

  it('changes one’s own password only with the current one', async () => {
    const client = await server.login('tdkt');
    const bad = await client.post('/api/v1/auth/password', {
      currentPassword: 'khong-dung',
      newPassword: 'mat-khau-2026',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('currentPassword');
    const short = await client.post('/api/v1/auth/password', {
      currentPassword: 'tongket-demo',
      newPassword: 'ngan',
    });
    expect(short.status).toBe(400);
    expect(short.json.errors[0]).toMatchObject({ field: 'newPassword' });
    const ok = await client.post('/api/v1/auth/password', {
      currentPassword: 'tongket-demo',
      newPassword: 'mat-khau-2026',
    });
    expect(ok.status).toBe(204);
    await expect(server.login('tdkt', 'mat-khau-2026')).resolves.toBeInstanceOf(Client);
  });

  it('stores only an argon2id hash of each password', async () => {
    const row = await server.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('tongket-demo');
  });

  it('never throttles an office signing in from one address; does throttle one that sprays passwords', async () => {
    for (let i = 0; i < 40; i++) {
      const res = await attempt(i % 2 ? 'bd-syt' : 'syt', 'tongket-demo', '10.6.0.1');
      expect(res.status).toBe(200);
    }
    const sprayed = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt(`khongco${i}`, 'sai-mat-khau', '10.6.0.1')),
    );
    expect(sprayed.every((r) => r.status === 401)).toBe(true);
    const blocked = await attempt('bd-syt', 'tongket-demo', '10.6.0.1');
    expect(blocked.status).toBe(429);
    expect(blocked.json.code).toBe('login_throttled');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';

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

  it('locks an account after five wrong passwords, even against the right one, until an admin resets it', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await server.anon.post('/api/v1/auth/login', {
        username: 'huonghoa',
        password: `sai-${i}-xxxx`,
      });
      expect(res.status).toBe(401);
    }
    const fifth = await server.anon.post('/api/v1/auth/login', {
      username: 'huonghoa',
      password: 'sai-5-xxxx',
    });
    expect(fifth.status).toBe(429);
    expect(fifth.json.code).toBe('login_locked');
    expect(fifth.json.detail).toContain('tạm khóa');
    const right = await server.anon.post('/api/v1/auth/login', {
      username: 'huonghoa',
      password: 'tongket-demo',
    });
    expect(right.status).toBe(429);
    expect(right.headers['retry-after']).toBeDefined();

    const admin = await server.login('admin');
    const id = await server.userId('huonghoa');
    const users = await admin.get('/api/v1/users?q=huonghoa');
    expect(users.json.items[0].lockedUntil).not.toBeNull();
    const reset = await admin.post(`/api/v1/users/${id}/reset-password`, { password: 'mat-khau-moi-1' });
    expect(reset.status).toBe(200);
    const after = await server.anon.post('/api/v1/auth/login', {
      username: 'huonghoa',
      password: 'mat-khau-moi-1',
    });
    expect(after.status).toBe(200);
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

  // Last: the address stays throttled for the rest of this server's life.
  it('does not throttle an office signing in from one address; does throttle one that keeps failing', async () => {
    for (let i = 0; i < 31; i++) {
      const res = await server.anon.post('/api/v1/auth/login', {
        username: 'bd-syt',
        password: 'tongket-demo',
      });
      expect(res.status).toBe(200);
    }
    let last = 0;
    for (let i = 0; i < 31; i++) {
      last = (
        await server.anon.post('/api/v1/auth/login', { username: `khongco${i}`, password: 'sai-mat-khau' })
      ).status;
    }
    expect(last).toBe(429);
    const blocked = await server.anon.post('/api/v1/auth/login', {
      username: 'bd-syt',
      password: 'tongket-demo',
    });
    expect(blocked.status).toBe(429);
    expect(blocked.json.code).toBe('login_rate_limited');
  });
});

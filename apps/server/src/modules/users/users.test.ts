import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestServer } from '../../../test/harness.ts';
import { insertUser } from './store.ts';

describe.each(DIALECTS)('user administration (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('creates an account that can sign in, and audits it without the password', async () => {
    const unitId = await suite.server.unitId('QT-CA');
    const res = await suite.admin.post('/api/v1/users', {
      username: 'Congan.QT',
      fullName: 'Trần Văn An',
      email: 'an@congan.gov.vn',
      role: 'unit',
      unitId,
      password: 'mat-khau-an-1',
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      username: 'congan.qt',
      unitName: 'Công an tỉnh',
      role: 'unit',
      active: true,
    });
    const client = await suite.server.login('congan.qt', 'mat-khau-an-1');
    expect((await client.get('/api/v1/auth/me')).json.user.unitId).toBe(unitId);
    const audit = await suite.admin.get(`/api/v1/audit?action=user.created&entityId=${res.json.id}`);
    expect(audit.json.items).toHaveLength(1);
    expect(JSON.stringify(audit.json.items[0])).not.toContain('mat-khau-an-1');
    expect(JSON.stringify(audit.json.items[0])).not.toContain('argon2');
  });

  it('refuses a taken username (409), an unknown unit and a bad role (400)', async () => {
    const unitId = await suite.server.unitId('QT-CA');
    const dup = await suite.admin.post('/api/v1/users', {
      username: 'syt',
      fullName: 'X',
      role: 'unit',
      unitId,
      password: 'mat-khau-123',
    });
    expect(dup.status).toBe(409);
    expect(dup.json.code).toBe('username_taken');
    const unit = await suite.admin.post('/api/v1/users', {
      username: 'moi1',
      fullName: 'X',
      role: 'unit',
      unitId: 'khong-co',
      password: 'mat-khau-123',
    });
    expect(unit.status).toBe(400);
    expect(unit.json.errors[0].field).toBe('unitId');
    const role = await suite.admin.post('/api/v1/users', {
      username: 'moi2',
      fullName: 'X',
      role: 'superuser',
      unitId,
      password: 'mat-khau-123',
    });
    expect(role.status).toBe(400);
    expect(role.json.errors[0].field).toBe('role');
  });

  it('disables an account: its open session stops working and it cannot sign in', async () => {
    const viewer = await suite.server.login('lanhdao');
    const id = await suite.server.userId('lanhdao');
    const current = (await suite.admin.get(`/api/v1/users/${id}`)).json;
    const res = await suite.admin.patch(`/api/v1/users/${id}`, { version: current.version, active: false });
    expect(res.status).toBe(200);
    expect(res.json.active).toBe(false);
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(401);
    const login = await suite.server.anon.post('/api/v1/auth/login', {
      username: 'lanhdao',
      password: 'tongket-demo',
    });
    expect(login.status).toBe(403);
    expect(login.json.code).toBe('account_disabled');
    const enable = await suite.admin.patch(`/api/v1/users/${id}`, {
      version: res.json.version,
      active: true,
    });
    expect(enable.status).toBe(200);
    await expect(suite.server.login('lanhdao')).resolves.toBeTruthy();
  });

  it('keeps at least one active administrator', async () => {
    const id = await suite.server.userId('admin');
    const current = (await suite.admin.get(`/api/v1/users/${id}`)).json;
    const res = await suite.admin.patch(`/api/v1/users/${id}`, { version: current.version, active: false });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('last_admin');
  });

  it('resets a password to a generated one, shown once, that works', async () => {
    const id = await suite.server.userId('bchqs');
    const res = await suite.admin.post(`/api/v1/users/${id}/reset-password`, {});
    expect(res.status).toBe(200);
    expect(res.json.password).toMatch(/^[A-Za-z0-9]{12}$/);
    await expect(suite.server.login('bchqs', res.json.password)).resolves.toBeTruthy();
    const old = await suite.server.anon.post('/api/v1/auth/login', {
      username: 'bchqs',
      password: 'tongket-demo',
    });
    expect(old.status).toBe(401);
  });

  it('filters the list by text without diacritics and by role', async () => {
    const res = await suite.admin.get(`/api/v1/users?q=${encodeURIComponent('pham van y')}`);
    expect(res.json.items.map((u: { username: string }) => u.username)).toEqual(['syt']);
    // Bình Dương's coordinator is another province's account: not listed.
    const coordinators = await suite.admin.get('/api/v1/users?role=coordinator');
    expect(coordinators.json.items.map((u: { username: string }) => u.username).sort()).toEqual(['syt']);
  });
});

describe.each(DIALECTS)('accounts stay within their province (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  const names = (res: { json: { items: Array<{ username: string }> } }) =>
    res.json.items.map((u) => u.username).sort();

  it('a province administrator lists, reads and changes only their own province’s accounts', async () => {
    const qt = names(await suite.admin.get('/api/v1/users'));
    expect(qt).toContain('syt');
    expect(qt).not.toContain('bd-syt');
    expect(qt).not.toContain('bd-admin');
    // The installation's administrator is nobody's to manage in a province.
    expect(qt).not.toContain('hethong');
    const bdAdmin = await suite.server.login('bd-admin');
    const bd = names(await bdAdmin.get('/api/v1/users'));
    expect(bd).toEqual(['bd-admin', 'bd-syt', 'binhchuan', 'thuanan']);

    const bdSyt = await suite.server.userId('bd-syt');
    const before = await suite.server.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', bdSyt)
      .execute();
    expect((await suite.admin.get(`/api/v1/users/${bdSyt}`)).status).toBe(404);
    const patch = await suite.admin.patch(`/api/v1/users/${bdSyt}`, { version: 1, active: false });
    expect(patch.status).toBe(404);
    const reset = await suite.admin.post(`/api/v1/users/${bdSyt}/reset-password`, {});
    expect(reset.status).toBe(404);
    const sysadmin = await suite.server.userId('hethong');
    expect((await suite.admin.get(`/api/v1/users/${sysadmin}`)).status).toBe(404);
    expect((await suite.admin.post(`/api/v1/users/${sysadmin}/reset-password`, {})).status).toBe(404);
    const after = await suite.server.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', bdSyt)
      .execute();
    expect(after).toEqual(before);
    await expect(suite.server.login('bd-syt')).resolves.toBeTruthy();
  });

  it('refuses an account in another province’s unit, naming unitId, and saves nothing', async () => {
    const bdSytUnit = await suite.server.unitId('BD-SYT');
    const created = await suite.admin.post('/api/v1/users', {
      username: 'dieuphoi.bd',
      fullName: 'Người ngoài tỉnh',
      role: 'coordinator',
      unitId: bdSytUnit,
      password: 'mat-khau-123',
    });
    expect(created.status).toBe(400);
    expect(created.json.code).toBe('unit_outside_province');
    expect(created.json.errors).toEqual([{ field: 'unitId', message: expect.stringContaining('tỉnh') }]);
    const row = await suite.server.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'dieuphoi.bd')
      .executeTakeFirst();
    expect(row).toBeUndefined();

    const id = await suite.server.userId('huonghoa');
    const current = (await suite.admin.get(`/api/v1/users/${id}`)).json;
    const moved = await suite.admin.patch(`/api/v1/users/${id}`, {
      version: current.version,
      unitId: bdSytUnit,
    });
    expect(moved.status).toBe(400);
    expect(moved.json.errors[0].field).toBe('unitId');
    expect((await suite.admin.get(`/api/v1/users/${id}`)).json).toEqual(current);
  });

  it('only a system administrator gives or changes the system administrator’s role', async () => {
    const unitId = await suite.server.unitId('QT-VP');
    const made = await suite.admin.post('/api/v1/users', {
      username: 'tu-phong',
      fullName: 'Tự phong',
      role: 'sysadmin',
      unitId,
      password: 'mat-khau-123',
    });
    expect(made.status).toBe(403);
    const id = await suite.server.userId('syt');
    const current = (await suite.admin.get(`/api/v1/users/${id}`)).json;
    const raised = await suite.admin.patch(`/api/v1/users/${id}`, {
      version: current.version,
      role: 'sysadmin',
    });
    expect(raised.status).toBe(403);
    expect((await suite.admin.get(`/api/v1/users/${id}`)).json.role).toBe('coordinator');
  });

  it('the system administrator manages every province and keeps each one an administrator', async () => {
    const sysadmin = await suite.server.login('hethong');
    const all = names(await sysadmin.get('/api/v1/users'));
    expect(all).toEqual(expect.arrayContaining(['admin', 'bd-admin', 'bd-syt', 'syt', 'hethong']));
    const made = await sysadmin.post('/api/v1/users', {
      username: 'quantri2.bd',
      fullName: 'Quản trị thứ hai',
      role: 'admin',
      unitId: await suite.server.unitId('BD-SYT'),
      password: 'mat-khau-123',
    });
    expect(made.status).toBe(201);
    const second = await suite.server.login('quantri2.bd', 'mat-khau-123');
    expect(names(await second.get('/api/v1/users'))).toContain('bd-syt');
    // With two, one may be disabled; the last one left cannot be disabled nor moved to another
    // province, though Quảng Trị's administrator is still active (it does not count for Bình Dương).
    const bdAdmin = await suite.server.userId('bd-admin');
    const off = await sysadmin.patch(`/api/v1/users/${made.json.id}`, {
      version: made.json.version,
      active: false,
    });
    expect(off.status).toBe(200);
    const current = (await sysadmin.get(`/api/v1/users/${bdAdmin}`)).json;
    const last = await sysadmin.patch(`/api/v1/users/${bdAdmin}`, {
      version: current.version,
      active: false,
    });
    expect(last.status).toBe(409);
    expect(last.json.code).toBe('last_admin');
    const away = await sysadmin.patch(`/api/v1/users/${bdAdmin}`, {
      version: current.version,
      unitId: await suite.server.unitId('QT-SYT'),
    });
    expect(away.status).toBe(409);
    const hethong = await suite.server.userId('hethong');
    const self = (await sysadmin.get(`/api/v1/users/${hethong}`)).json;
    const lastSys = await sysadmin.patch(`/api/v1/users/${hethong}`, {
      version: self.version,
      role: 'admin',
    });
    expect(lastSys.status).toBe(409);
  });

  it('writes every new account the same way: active, version 1, never signed in, no e-mail unless given', async () => {
    const db = suite.server.db.kysely;
    const unitId = await suite.server.unitId('QT-CA');
    const now = '2030-01-02T03:04:05.000Z';
    const id = await insertUser(
      db,
      { username: 'moi.qt', fullName: 'Lê Thị Mới', role: 'unit', unitId, passwordHash: 'hash' },
      { now },
    );
    expect(await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()).toEqual({
      id,
      username: 'moi.qt',
      full_name: 'Lê Thị Mới',
      email: null,
      role: 'unit',
      unit_id: unitId,
      password_hash: 'hash',
      active: 1,
      last_login_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await expect(
      insertUser(db, { username: 'moi.qt', fullName: 'X', role: 'unit', unitId, passwordHash: 'x' }),
    ).rejects.toThrow();
    await db.deleteFrom('users').where('id', '=', id).execute();
  });
});

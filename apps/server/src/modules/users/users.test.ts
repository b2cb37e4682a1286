import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestServer } from '../../../test/harness.ts';

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
    const coordinators = await suite.admin.get('/api/v1/users?role=coordinator');
    expect(coordinators.json.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'bd-syt',
      'syt',
    ]);
  });
});

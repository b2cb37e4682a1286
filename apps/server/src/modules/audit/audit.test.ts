import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestServer } from '../../../test/harness.ts';

describe.each(DIALECTS)('audit log (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('records who changed what, when, with before and after', async () => {
    const id = await suite.server.unitId('QT-SCT');
    const unit = (await suite.admin.get(`/api/v1/units/${id}`)).json;
    await suite.admin.patch(`/api/v1/units/${id}`, {
      version: unit.version,
      name: 'Sở Công Thương tỉnh Quảng Trị',
    });
    const res = await suite.admin.get(`/api/v1/audit?entityType=unit&entityId=${id}`);
    const entry = res.json.items[0];
    expect(entry).toMatchObject({
      action: 'unit.updated',
      actorUsername: 'admin',
      entityType: 'unit',
      entityId: id,
    });
    expect(entry.before.name).toBe('Sở Công Thương');
    expect(entry.after.name).toBe('Sở Công Thương tỉnh Quảng Trị');
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
  });

  it('filters by actor and action and pages newest first', async () => {
    const syt = await suite.server.login('syt');
    await syt.post('/api/v1/auth/logout');
    await suite.server.login('syt');
    const logins = await suite.admin.get('/api/v1/audit?action=auth.login&limit=2');
    expect(logins.json.items).toHaveLength(2);
    expect(logins.json.items[0].actorUsername).toBe('syt');
    const page2 = await suite.admin.get(
      `/api/v1/audit?action=auth.login&limit=2&cursor=${logins.json.nextCursor}`,
    );
    expect(page2.json.items.length).toBeGreaterThan(0);
    expect(page2.json.items[0].id < logins.json.items[1].id).toBe(true);
    const badCursor = await suite.admin.get('/api/v1/audit?cursor=null');
    expect(badCursor.status).toBe(400);
    const bySyt = await suite.admin.get('/api/v1/audit?actor=SYT');
    expect(new Set(bySyt.json.items.map((e: { actorUsername: string }) => e.actorUsername))).toEqual(
      new Set(['syt']),
    );
    const range = await suite.admin.get(
      `/api/v1/audit?from=${encodeURIComponent('2000-01-01T00:00:00Z')}&to=${encodeURIComponent('2000-12-31T00:00:00Z')}`,
    );
    expect(range.json.items).toEqual([]);
  });

  it('is append-only in the database itself', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(suite.server.db.kysely)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(suite.server.db.kysely)).rejects.toThrow(/append-only/);
  });

  it('leaves no trace of a change that failed half-way', async () => {
    const before = (await suite.admin.get('/api/v1/audit?entityType=unit')).json.items.length;
    const res = await suite.admin.post('/api/v1/units', {
      code: 'QT-SYT',
      name: 'Trùng',
      kind: 'other',
      parentId: await suite.server.unitId('QT'),
    });
    expect(res.status).toBe(409);
    expect((await suite.admin.get('/api/v1/audit?entityType=unit')).json.items.length).toBe(before);
  });
});

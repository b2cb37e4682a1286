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

  it('shows a province’s administrator only their province’s entries, the system administrator all', async () => {
    const { server, admin } = suite;
    const bdAdmin = await server.login('bd-admin');
    const sysadmin = await server.login('hethong');
    // Each province changes one of its units; Bình Dương's coordinator signs in.
    for (const [client, code] of [
      [admin, 'QT-SNV'],
      [bdAdmin, 'BD-SNV'],
    ] as const) {
      const id = await server.unitId(code);
      const unit = (await client.get(`/api/v1/units/${id}`)).json;
      const changed = await client.patch(`/api/v1/units/${id}`, {
        version: unit.version,
        email: 'snv@example.vn',
      });
      expect(changed.status, changed.body).toBe(200);
    }
    await server.login('bd-syt');
    const qtUnit = await server.unitId('QT-SNV');
    const bdUnit = await server.unitId('BD-SNV');
    const bdRound = (
      await server.db.kysely
        .selectFrom('campaigns')
        .select('id')
        .where('issuing_unit_id', '=', await server.unitId('BD'))
        .executeTakeFirstOrThrow()
    ).id;
    type Entry = { actorUsername: string | null; entityId: string | null; action: string };
    const all = async (client: typeof admin, filter = '') => {
      const items: Entry[] = [];
      let cursor = '';
      do {
        const page = await client.get(`/api/v1/audit?limit=200${filter}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status, page.body).toBe(200);
        items.push(...page.json.items);
        cursor = page.json.nextCursor ?? '';
      } while (cursor);
      return items;
    };
    const qt = await all(admin);
    const bd = await all(bdAdmin);
    const everything = await all(sysadmin);
    // Each administrator sees their own province's change and sign-ins, and nothing of the other's:
    // not its units' changes, its people's sign-ins, nor what happened to its rounds.
    expect(qt.some((e) => e.entityId === qtUnit)).toBe(true);
    expect(qt.some((e) => e.entityId === bdUnit || e.entityId === bdRound)).toBe(false);
    expect(qt.some((e) => ['bd-syt', 'bd-admin', 'thuanan'].includes(e.actorUsername ?? ''))).toBe(false);
    expect(bd.some((e) => e.entityId === bdUnit)).toBe(true);
    expect(bd.some((e) => e.entityId === bdRound)).toBe(true);
    expect(bd.some((e) => e.actorUsername === 'bd-syt' && e.action === 'auth.login')).toBe(true);
    expect(bd.some((e) => e.entityId === qtUnit || ['admin', 'syt'].includes(e.actorUsername ?? ''))).toBe(
      false,
    );
    // A filter naming the other province finds nothing, and the pages hold every entry of one's own.
    expect(await all(admin, `&entityId=${bdRound}`)).toEqual([]);
    expect(await all(admin, '&actor=bd-syt')).toEqual([]);
    // The system administrator sees both, and entries of no province (the demo being seeded).
    expect(everything.length).toBeGreaterThanOrEqual(qt.length + bd.length);
    expect(everything.some((e) => e.entityId === qtUnit)).toBe(true);
    expect(everything.some((e) => e.entityId === bdUnit)).toBe(true);
    expect(everything.some((e) => e.action === 'demo.seeded')).toBe(true);
    expect(qt.some((e) => e.action === 'demo.seeded')).toBe(false);
  });
});

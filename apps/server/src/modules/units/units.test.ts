import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';

describe.each(DIALECTS)('unit tree (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let unit: Client;
  beforeAll(async () => {
    unit = await suite.server.login('bchqs');
  });

  it('lists its province’s tree in display order with depth: Quảng Trị first, children under their parent', async () => {
    const res = await unit.get('/api/v1/units');
    expect(res.status).toBe(200);
    const items = res.json.items as Array<{
      code: string;
      depth: number;
      parentId: string | null;
      id: string;
    }>;
    expect(res.json.total).toBe(items.length);
    expect(items[0]).toMatchObject({ code: 'QT', depth: 0 });
    const index = new Map(items.map((u, i) => [u.id, i]));
    for (const u of items) {
      if (u.parentId) {
        expect(index.get(u.parentId)).toBeLessThan(index.get(u.id) as number);
        expect(items[index.get(u.parentId) as number]?.depth).toBe(u.depth - 1);
      }
    }
    const codes = items.map((u) => u.code);
    expect(codes.indexOf('QT-BVLP')).toBe(codes.indexOf('QT-SYT') + 1);
    for (const code of ['QT-CONCO', 'QT-HUONGHOA', 'QT-GIOLINH', 'QT-DAKRONG', 'QT-SD968', 'QT-BHXH']) {
      expect(codes).toContain(code);
    }
    // Bình Dương is another province: none of its units is listed.
    expect(codes.filter((c) => !c.startsWith('QT'))).toEqual([]);
    expect(
      items.filter((u) => u.code.startsWith('QT-') && (u as unknown as { kind: string }).kind === 'district'),
    ).toHaveLength(10);
  });

  it('finds units of its province ignoring diacritics and case, with their ancestors for context', async () => {
    const res = await unit.get(`/api/v1/units?q=${encodeURIComponent('so y te')}`);
    const matched = res.json.items.filter((u: { matched: boolean }) => u.matched);
    expect(matched.map((u: { code: string }) => u.code)).toEqual(['QT-SYT']);
    expect(res.json.items.map((u: { code: string }) => u.code)).toEqual(['QT', 'QT-SYT']);
    expect(res.json.total).toBe(1);

    const bch = await unit.get(`/api/v1/units?q=${encodeURIComponent('bch quan su')}`);
    const bchCodes = bch.json.items
      .filter((u: { matched: boolean }) => u.matched)
      .map((u: { code: string }) => u.code);
    expect(bchCodes).toEqual(['QT-BCHQS']);

    const upper = await unit.get(`/api/v1/units?q=${encodeURIComponent('ĐAKRÔNG')}`);
    expect(
      upper.json.items.filter((u: { matched: boolean }) => u.matched).map((u: { code: string }) => u.code),
    ).toEqual(['QT-DAKRONG']);
    const none = await unit.get(`/api/v1/units?q=${encodeURIComponent('không có đơn vị này')}`);
    expect(none.json).toEqual({ items: [], total: 0, truncated: false });
  });

  it('serves the full tree with an ETag, a 304 when unchanged, and gzip when asked', async () => {
    const first = await unit.get('/api/v1/units');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^"units-\\d+-${await suite.server.unitId('QT')}"$`));
    const again = await unit.get('/api/v1/units', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const zipped = await unit.get('/api/v1/units', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.raw).toString('utf8'))).toEqual(first.json);
  });

  it('creates a unit under a parent; the tree, its ETag and the audit log follow', async () => {
    const before = await unit.get('/api/v1/units');
    const parentId = await suite.server.unitId('QT-HUONGHOA');
    const res = await suite.admin.post('/api/v1/units', {
      code: 'qt-hh-huongphung',
      name: 'UBND xã Hướng Phùng',
      kind: 'commune',
      parentId,
      email: 'HuongPhung@QuangTri.gov.vn',
      order: 4,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      code: 'QT-HH-HUONGPHUNG',
      depth: 2,
      email: 'huongphung@quangtri.gov.vn',
      active: true,
    });
    const after = await unit.get('/api/v1/units');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json.total).toBe(before.json.total + 1);
    const detail = await unit.get(`/api/v1/units/${res.json.id}`);
    expect(detail.json.path).toEqual(['UBND tỉnh Quảng Trị', 'UBND huyện Hướng Hóa']);
    const audit = await suite.admin.get(`/api/v1/audit?entityType=unit&entityId=${res.json.id}`);
    expect(audit.json.items[0]).toMatchObject({ action: 'unit.created', actorUsername: 'admin' });
    expect(audit.json.items[0].after.name).toBe('UBND xã Hướng Phùng');
  });

  it('refuses a duplicate code with 409 and an unknown parent with 400 naming the field', async () => {
    const dup = await suite.admin.post('/api/v1/units', {
      code: 'QT-SYT',
      name: 'Sở Y tế 2',
      kind: 'department',
      parentId: await suite.server.unitId('QT'),
    });
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ code: 'unit_code_taken' });
    expect(dup.json.detail).toContain('QT-SYT');
    const orphan = await suite.admin.post('/api/v1/units', {
      code: 'QT-X',
      name: 'X',
      kind: 'other',
      parentId: 'khong-co',
    });
    expect(orphan.status).toBe(400);
    expect(orphan.json.errors).toEqual([{ field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' }]);
  });

  it('edits with a version: a stale save gets 409 and changes nothing', async () => {
    const id = await suite.server.unitId('QT-DPTTH');
    const current = (await unit.get(`/api/v1/units/${id}`)).json;
    const ok = await suite.admin.patch(`/api/v1/units/${id}`, {
      version: current.version,
      shortName: 'Đài PT-TH Quảng Trị',
    });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(current.version + 1);
    const stale = await suite.admin.patch(`/api/v1/units/${id}`, {
      version: current.version,
      shortName: 'Bản cũ',
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('version_conflict');
    expect((await unit.get(`/api/v1/units/${id}`)).json.shortName).toBe('Đài PT-TH Quảng Trị');
  });

  it('refuses to move a unit under its own descendant', async () => {
    const district = await suite.server.unitId('QT-GIOLINH');
    const commune = await suite.server.unitId('QT-GL-CUAVIET');
    const current = (await unit.get(`/api/v1/units/${district}`)).json;
    const res = await suite.admin.patch(`/api/v1/units/${district}`, {
      version: current.version,
      parentId: commune,
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('parent_cycle');
    const self = await suite.admin.patch(`/api/v1/units/${district}`, {
      version: current.version,
      parentId: district,
    });
    expect(self.status).toBe(400);
  });

  it('answers an unknown id with 404 problem+json', async () => {
    const res = await unit.get('/api/v1/units/01234567-0000-7000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: 'not_found', detail: 'Không tìm thấy đơn vị.' });
  });

  it('rejects wrong types, unknown fields and over-long values, naming each field', async () => {
    const res = await suite.admin.post('/api/v1/units', {
      code: 'QT-Y',
      name: 'x'.repeat(300),
      kind: 'other',
      order: 'một',
      color: 'đỏ',
    });
    expect(res.status).toBe(400);
    const fields = res.json.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['color', 'name', 'order']);
    const ids = await suite.server.db.kysely
      .selectFrom('units')
      .select('id')
      .where('code', '=', 'QT-Y')
      .execute();
    expect(ids).toHaveLength(0);
  });
});

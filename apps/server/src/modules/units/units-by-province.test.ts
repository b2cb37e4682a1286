import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type TestServer, useTestServer } from '../../../test/harness.ts';

interface Item {
  id: string;
  code: string;
  depth: number;
  matched?: boolean;
}

async function exportedCodes(client: Client): Promise<string[]> {
  const res = await client.get('/api/v1/units/export.xlsx');
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Đơn vị');
  const codes: string[] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) codes.push(String(row.getCell(1).value));
  });
  return codes;
}

async function unitRow(server: TestServer, code: string) {
  return server.db.kysely
    .selectFrom('units')
    .select(['id', 'parent_id', 'version', 'name'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

const codesOf = (items: Item[]) => items.map((u) => u.code);
const isBinhDuong = (code: string) => code.startsWith('BD');

describe.each(DIALECTS)('the unit directory by province (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let bchqs: Client;
  let huonghoa: Client;
  let lanhdao: Client;
  let thuanan: Client;
  let sysadmin: Client;
  let unitCount: number;
  beforeAll(async () => {
    bchqs = await suite.server.login('bchqs');
    huonghoa = await suite.server.login('huonghoa');
    lanhdao = await suite.server.login('lanhdao');
    thuanan = await suite.server.login('thuanan');
    sysadmin = await suite.server.login('hethong');
    const row = await suite.server.db.kysely
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    unitCount = Number(row.n);
  });

  it('lists to each person only the units of their own province', async () => {
    for (const client of [bchqs, huonghoa, lanhdao, suite.admin]) {
      const res = await client.get('/api/v1/units');
      const codes = codesOf(res.json.items);
      expect(codes[0]).toBe('QT');
      expect(codes).toContain('QT-HUONGHOA');
      expect(codes.filter(isBinhDuong)).toEqual([]);
      expect(res.json.total).toBe(codes.length);
    }
    const bd = await thuanan.get('/api/v1/units', { 'accept-encoding': 'gzip' });
    expect(bd.headers['content-encoding']).toBe('gzip');
    const bdCodes = codesOf((await thuanan.get('/api/v1/units')).json.items);
    expect(bdCodes[0]).toBe('BD');
    expect(bdCodes).toContain('BD-THUANAN-03');
    expect(bdCodes.every(isBinhDuong)).toBe(true);
  });

  it('searches within the province, counting its own matches only', async () => {
    const qt = await huonghoa.get(`/api/v1/units?q=${encodeURIComponent('sở y tế')}`);
    expect(codesOf(qt.json.items)).toEqual(['QT', 'QT-SYT']);
    expect(qt.json.total).toBe(1);
    const thuan = await bchqs.get(`/api/v1/units?q=${encodeURIComponent('thuan an')}`);
    expect(thuan.json).toEqual({ items: [], total: 0, truncated: false });
    const bd = await thuanan.get(`/api/v1/units?q=${encodeURIComponent('so y te')}`);
    expect(codesOf(bd.json.items)).toEqual(['BD', 'BD-SYT']);
    const byCode = await bchqs.get('/api/v1/units?q=bd');
    expect(codesOf(byCode.json.items).filter(isBinhDuong)).toEqual([]);
  });

  it('exports only the province’s units', async () => {
    const qt = await exportedCodes(bchqs);
    expect(qt).toContain('QT-BCHQS');
    expect(qt.filter(isBinhDuong)).toEqual([]);
    expect(qt).toHaveLength((await bchqs.get('/api/v1/units')).json.total);
    const bd = await exportedCodes(thuanan);
    expect(bd.length).toBeGreaterThan(0);
    expect(bd.every(isBinhDuong)).toBe(true);
  });

  it('answers another province’s unit as missing', async () => {
    const bdSyt = await suite.server.unitId('BD-SYT');
    for (const client of [bchqs, lanhdao, suite.admin]) {
      const res = await client.get(`/api/v1/units/${bdSyt}`);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ code: 'not_found', detail: 'Không tìm thấy đơn vị.' });
    }
    expect((await thuanan.get(`/api/v1/units/${bdSyt}`)).json.code).toBe('BD-SYT');
    const qtSyt = await suite.server.unitId('QT-SYT');
    expect((await thuanan.get(`/api/v1/units/${qtSyt}`)).status).toBe(404);
  });

  it('gives each province its own ETag: a cached copy of one never gets a 304 from another', async () => {
    const qt = await bchqs.get('/api/v1/units');
    const bd = await thuanan.get('/api/v1/units');
    const qtTag = qt.headers.etag as string;
    const bdTag = bd.headers.etag as string;
    expect(qtTag).not.toBe(bdTag);
    expect((await bchqs.get('/api/v1/units', { 'if-none-match': qtTag })).status).toBe(304);
    const crossed = await bchqs.get('/api/v1/units', { 'if-none-match': bdTag });
    expect(crossed.status).toBe(200);
    expect(crossed.headers.etag).toBe(qtTag);
    expect(crossed.json).toEqual(qt.json);
    const back = await thuanan.get('/api/v1/units', { 'if-none-match': qtTag });
    expect(back.status).toBe(200);
    expect(back.json).toEqual(bd.json);
    const all = await sysadmin.get('/api/v1/units', { 'if-none-match': qtTag });
    expect(all.status).toBe(200);
    expect([qtTag, bdTag]).not.toContain(all.headers.etag);
  });

  it('lets a province administrator create only under a unit of their province', async () => {
    const foreign = await suite.admin.post('/api/v1/units', {
      code: 'QT-NGOAI',
      name: 'Đơn vị đặt nhầm tỉnh',
      kind: 'other',
      parentId: await suite.server.unitId('BD-SYT'),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.errors).toEqual([{ field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' }]);
    // As for a parent that does not exist: nothing tells the other province's unit apart.
    const missing = await suite.admin.post('/api/v1/units', {
      code: 'QT-NGOAI',
      name: 'Đơn vị đặt nhầm tỉnh',
      kind: 'other',
      parentId: '01234567-0000-7000-8000-000000000000',
    });
    expect(missing.json).toEqual(foreign.json);

    const root = await suite.admin.post('/api/v1/units', {
      code: 'QT-TINHMOI',
      name: 'UBND tỉnh mới',
      kind: 'province',
    });
    expect(root.status).toBe(400);
    expect(root.json.code).toBe('parent_required');
    expect(root.json.errors.map((e: { field: string }) => e.field)).toEqual(['parentId']);
    const saved = await suite.server.db.kysely
      .selectFrom('units')
      .select('id')
      .where('code', 'in', ['QT-NGOAI', 'QT-TINHMOI'])
      .execute();
    expect(saved).toEqual([]);
  });

  it('lets a province administrator edit and move only within their province', async () => {
    const bdSyt = await unitRow(suite.server, 'BD-SYT');
    const other = await suite.admin.patch(`/api/v1/units/${bdSyt.id}`, {
      version: bdSyt.version,
      name: 'Đổi tên từ tỉnh khác',
    });
    expect(other.status).toBe(404);
    expect(other.json.detail).toBe('Không tìm thấy đơn vị.');

    const moved = await unitRow(suite.server, 'QT-BHXH');
    const away = await suite.admin.patch(`/api/v1/units/${moved.id}`, {
      version: moved.version,
      parentId: await suite.server.unitId('BD'),
    });
    expect(away.status).toBe(400);
    expect(away.json.errors).toEqual([{ field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' }]);
    const lifted = await suite.admin.patch(`/api/v1/units/${moved.id}`, {
      version: moved.version,
      parentId: null,
    });
    expect(lifted.status).toBe(400);
    expect(lifted.json.code).toBe('parent_required');
    expect(lifted.json.errors.map((e: { field: string }) => e.field)).toEqual(['parentId']);
    expect(await unitRow(suite.server, 'BD-SYT')).toEqual(bdSyt);
    expect(await unitRow(suite.server, 'QT-BHXH')).toEqual(moved);

    // The province itself stays at the top when edited, and a move within it is the admin's.
    const qt = await unitRow(suite.server, 'QT');
    const renamed = await suite.admin.patch(`/api/v1/units/${qt.id}`, {
      version: qt.version,
      parentId: null,
      shortName: 'UBND tỉnh',
    });
    expect(renamed.status).toBe(200);
    const within = await suite.admin.patch(`/api/v1/units/${moved.id}`, {
      version: moved.version,
      parentId: await suite.server.unitId('QT-SYT'),
    });
    expect(within.status).toBe(200);
    expect(within.json.depth).toBe(2);
  });

  it('shows the system administrator every province and lets them add one', async () => {
    const list = await sysadmin.get('/api/v1/units');
    const codes = codesOf(list.json.items);
    expect(list.json.total).toBe(unitCount);
    expect(codes).toEqual(expect.arrayContaining(['QT', 'QT-SYT', 'BD', 'BD-SYT']));
    const search = await sysadmin.get(`/api/v1/units?q=${encodeURIComponent('so y te')}`);
    expect(
      codesOf(search.json.items.filter((u: Item) => u.matched))
        .slice()
        .sort(),
    ).toEqual(['BD-SYT', 'QT-SYT']);
    expect((await sysadmin.get(`/api/v1/units/${await suite.server.unitId('BD-SYT')}`)).status).toBe(200);
    const exported = await exportedCodes(sysadmin);
    expect(exported).toEqual(expect.arrayContaining(['QT-BCHQS', 'BD-THUANAN-03']));
    // Their export, every province with its top, imports back as it is.
    const file = (await sysadmin.get('/api/v1/units/export.xlsx')).raw;
    const preview = await sysadmin.upload('/api/v1/units/import?commit=false', file);
    expect(preview.json.summary).toEqual({ create: 0, update: 0, unchanged: unitCount, error: 0 });

    const province = await sysadmin.post('/api/v1/units', {
      code: 'HUE',
      name: 'UBND thành phố Huế',
      kind: 'province',
      order: 3,
    });
    expect(province.status).toBe(201);
    expect(province.json).toMatchObject({ code: 'HUE', parentId: null, depth: 0 });
    const department = await sysadmin.post('/api/v1/units', {
      code: 'HUE-SYT',
      name: 'Sở Y tế thành phố Huế',
      kind: 'department',
      parentId: province.json.id,
    });
    expect(department.status).toBe(201);
    // The new province is its own: neither Quảng Trị nor Bình Dương sees it.
    for (const client of [bchqs, thuanan]) {
      const seen = codesOf((await client.get('/api/v1/units')).json.items);
      expect(seen.filter((c) => c.startsWith('HUE'))).toEqual([]);
    }
    expect((await sysadmin.get('/api/v1/units')).json.total).toBe(unitCount + 2);
  });
});

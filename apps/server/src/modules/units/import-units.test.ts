import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DIALECTS, type TestServer, useTestServer } from '../../../test/harness.ts';

const HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Tên viết tắt',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Thư điện tử',
  'Đang hoạt động',
  'Thứ tự',
];

async function workbook(rows: unknown[][], headers: string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function unitCount(server: TestServer): Promise<number> {
  const row = await server.db.kysely
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(DIALECTS)('unit Excel import and export (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('exports a workbook of the province that imports back with every row unchanged', async () => {
    const exported = await suite.admin.get('/api/v1/units/export.xlsx');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const total = await unitCount(suite.server);
    const province = (await suite.admin.get('/api/v1/units')).json.total;
    expect(province).toBeLessThan(total);
    const preview = await suite.admin.upload('/api/v1/units/import?commit=false', exported.raw);
    expect(preview.status).toBe(200);
    expect(preview.json.summary).toEqual({ create: 0, update: 0, unchanged: province, error: 0 });
    const commit = await suite.admin.upload('/api/v1/units/import?commit=true', exported.raw);
    expect(commit.json).toMatchObject({ committed: true, valid: true });
    expect(await unitCount(suite.server)).toBe(total);
  });

  it('previews without saving, then creates and updates by code; a re-import changes nothing', async () => {
    const total = await unitCount(suite.server);
    const file = await workbook([
      // child before its parent: order in the file does not matter
      ['QT-CL-CAMTHANH', 'UBND xã Cam Thành', '', 'Xã, phường, thị trấn', 'QT-CAMLO', '', 'Có', 2],
      [
        'QT-CAMLO',
        'UBND huyện Cam Lộ',
        'Cam Lộ',
        'huyen, thi xa, thanh pho',
        'QT',
        'camlo@quangtri.gov.vn',
        'Có',
        54,
      ],
      ['qt-cl-camlo', 'UBND thị trấn Cam Lộ', '', 'commune', 'QT-CAMLO', '', '', ''],
    ]);
    const preview = await suite.admin.upload('/api/v1/units/import', file);
    expect(preview.json.valid).toBe(true);
    expect(preview.json.committed).toBe(false);
    expect(preview.json.rows.map((r: { action: string }) => r.action)).toEqual([
      'create',
      'update',
      'create',
    ]);
    expect(preview.json.rows[1].changes).toEqual(['Thư điện tử: (trống) → "camlo@quangtri.gov.vn"']);
    // The columns keep the file's own (Vietnamese) names; what the preview says of them is in English.
    const english = await suite.admin.upload('/api/v1/units/import', file, 'don-vi.xlsx', {
      'accept-language': 'en',
    });
    expect(english.json.rows[1].changes).toEqual(['Thư điện tử: (empty) → "camlo@quangtri.gov.vn"']);
    expect(await unitCount(suite.server)).toBe(total);

    const commit = await suite.admin.upload('/api/v1/units/import?commit=true', file);
    expect(commit.status).toBe(200);
    expect(commit.json.summary).toEqual({ create: 2, update: 1, unchanged: 0, error: 0 });
    expect(await unitCount(suite.server)).toBe(total + 2);
    const tree = (await suite.admin.get('/api/v1/units?q=cam%20thanh')).json.items;
    expect(tree.map((u: { code: string; depth: number }) => [u.code, u.depth])).toEqual([
      ['QT', 0],
      ['QT-CAMLO', 1],
      ['QT-CL-CAMTHANH', 2],
    ]);

    const again = await suite.admin.upload('/api/v1/units/import?commit=true', file);
    expect(again.json.summary).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
    expect(await unitCount(suite.server)).toBe(total + 2);
    const audit = await suite.admin.get('/api/v1/audit?action=unit.imported');
    expect(audit.json.items).toHaveLength(3);
  });

  it('lists row-level errors in Vietnamese and saves nothing when any row is invalid', async () => {
    const total = await unitCount(suite.server);
    const file = await workbook([
      ['QT-MOI-1', 'Đơn vị mới hợp lệ', '', 'Khác', 'QT', '', '', ''],
      ['QT-MOI-2', '', '', 'Khác', 'QT', '', '', ''],
      ['QT MOI 3', 'Mã sai', '', 'Sở', 'QT-KHONGCO', 'thu-sai', 'có lẽ', '-1'],
      ['QT-MOI-1', 'Trùng mã', '', 'Khác', 'QT', '', '', ''],
    ]);
    const preview = await suite.admin.upload('/api/v1/units/import?commit=false', file);
    expect(preview.status).toBe(200);
    expect(preview.json.valid).toBe(false);
    expect(preview.json.summary).toMatchObject({ create: 1, error: 3 });
    const byRow = Object.fromEntries(
      preview.json.rows.map((r: { row: number; errors: Array<{ column: string; message: string }> }) => [
        r.row,
        r.errors.map((e) => e.column),
      ]),
    );
    expect(byRow[2]).toEqual([]);
    expect(byRow[3]).toEqual(['Tên đơn vị']);
    expect(byRow[4]).toEqual([
      'Mã đơn vị',
      'Loại đơn vị',
      'Thư điện tử',
      'Đang hoạt động',
      'Thứ tự',
      'Mã đơn vị cấp trên',
    ]);
    expect(byRow[5]).toEqual(['Mã đơn vị']);
    expect(preview.json.rows[3].errors[0].message).toBe('Mã "QT-MOI-1" trùng với dòng 2');

    const commit = await suite.admin.upload('/api/v1/units/import?commit=true', file);
    expect(commit.status).toBe(422);
    expect(commit.json.code).toBe('import_invalid');
    expect(commit.json.detail).toContain('chưa lưu dòng nào');
    expect(await unitCount(suite.server)).toBe(total);
  });

  it('refuses rows naming another province’s units or a new province, saving nothing', async () => {
    const total = await unitCount(suite.server);
    const file = await workbook([
      ['QT-HOPLE', 'Đơn vị hợp lệ', '', 'Khác', 'QT', '', '', ''],
      ['BD-SYT', 'Sở Y tế tỉnh Bình Dương', '', 'department', 'BD', '', '', ''],
      ['QT-NHAMTINH', 'Đơn vị đặt nhầm tỉnh', '', 'Khác', 'BD-SNV', '', '', ''],
      ['QT-TINHMOI', 'UBND tỉnh mới', '', 'province', '', '', '', ''],
      ['QT-BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', '', 'Khác', '', '', '', ''],
      // Under a row of the file that is itself refused: the file as a whole is.
      ['QT-TINHMOI-01', 'Đơn vị dưới tỉnh mới', '', 'Khác', 'QT-TINHMOI', '', '', ''],
    ]);
    const preview = await suite.admin.upload('/api/v1/units/import?commit=false', file);
    expect(preview.status).toBe(200);
    expect(preview.json.valid).toBe(false);
    const rows = preview.json.rows as Array<{
      row: number;
      action: string;
      errors: Array<{ column: string; message: string }>;
    }>;
    const errorsOf = (row: number) => rows.find((r) => r.row === row)?.errors ?? [];
    expect(errorsOf(2)).toEqual([]);
    expect(errorsOf(3)).toEqual([
      { column: 'Mã đơn vị', message: 'Mã "BD-SYT" đã được dùng cho một đơn vị ngoài tỉnh của bạn' },
      { column: 'Mã đơn vị cấp trên', message: 'Không có đơn vị mã "BD" trong tệp hay trong tỉnh của bạn' },
    ]);
    expect(errorsOf(4)).toEqual([
      {
        column: 'Mã đơn vị cấp trên',
        message: 'Không có đơn vị mã "BD-SNV" trong tệp hay trong tỉnh của bạn',
      },
    ]);
    for (const row of [5, 6]) {
      expect(errorsOf(row).map((e) => e.column)).toEqual(['Mã đơn vị cấp trên']);
      expect(errorsOf(row)[0]?.message).toContain('Chỉ quản trị hệ thống');
    }
    expect(preview.json.summary).toMatchObject({ create: 2, error: 4 });

    const commit = await suite.admin.upload('/api/v1/units/import?commit=true', file);
    expect(commit.status).toBe(422);
    expect(commit.json.code).toBe('import_invalid');
    expect(await unitCount(suite.server)).toBe(total);
    const bdSyt = await suite.server.db.kysely
      .selectFrom('units')
      .select('name')
      .where('code', '=', 'BD-SYT')
      .executeTakeFirstOrThrow();
    expect(bdSyt.name).toBe('Sở Y tế');
  });

  it('detects a parent cycle made by the file', async () => {
    const file = await workbook([
      ['QT-VONG-A', 'Vòng A', '', 'Khác', 'QT-VONG-B', '', '', ''],
      ['QT-VONG-B', 'Vòng B', '', 'Khác', 'QT-VONG-A', '', '', ''],
    ]);
    const res = await suite.admin.upload('/api/v1/units/import?commit=false', file);
    expect(res.json.valid).toBe(false);
    expect(res.json.rows[0].errors[0].message).toContain('vòng lặp');
  });

  it('refuses a file that is not .xlsx, an old .xls, missing columns, or no rows — saving nothing', async () => {
    const total = await unitCount(suite.server);
    const text = await suite.admin.upload(
      '/api/v1/units/import?commit=true',
      Buffer.from('Mã đơn vị,Tên đơn vị\nA,B\n'),
      'don-vi.csv',
    );
    expect(text.status).toBe(400);
    expect(text.json.code).toBe('import_not_xlsx');
    const xls = await suite.admin.upload(
      '/api/v1/units/import?commit=true',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'don-vi.xls',
    );
    expect(xls.json.detail).toContain('.xls');
    const fakeZip = await suite.admin.upload(
      '/api/v1/units/import?commit=true',
      Buffer.from('PK\u0003\u0004 không phải excel'),
    );
    expect(fakeZip.status).toBe(400);
    const columns = await suite.admin.upload(
      '/api/v1/units/import?commit=true',
      await workbook([['QT-A', 'A']], ['Mã đơn vị', 'Tên đơn vị']),
    );
    expect(columns.status).toBe(400);
    expect(columns.json.code).toBe('import_missing_columns');
    expect(columns.json.detail).toContain('"Loại đơn vị"');
    const empty = await suite.admin.upload('/api/v1/units/import?commit=true', await workbook([]));
    expect(empty.json.code).toBe('import_empty');
    const noFile = await suite.admin.post('/api/v1/units/import', {});
    expect(noFile.status).toBe(400);
    expect(noFile.json.code).toBe('file_required');
    expect(await unitCount(suite.server)).toBe(total);
  });
});

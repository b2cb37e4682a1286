import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';

interface UnitItem {
  id: string;
  code: string;
  version: number;
  agencyCode: string | null;
}

describe.each(DIALECTS)('a unit’s agency identification code (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let bdAdmin: Client;
  let unitUser: Client;
  beforeAll(async () => {
    bdAdmin = await suite.server.login('bd-admin');
    unitUser = await suite.server.login('bchqs');
  });

  async function unit(client: Client, code: string): Promise<UnitItem> {
    const res = await client.get('/api/v1/units');
    const found = (res.json.items as UnitItem[]).find((u) => u.code === code);
    if (!found) throw new Error(`no unit ${code}`);
    return found;
  }

  it('is listed with each unit; the demo’s province and its bodies carry one', async () => {
    expect((await unit(unitUser, 'QT')).agencyCode).toBe('000.00.00.H50');
    expect((await unit(unitUser, 'QT-SYT')).agencyCode).toBe('000.00.14.H50');
    expect((await unit(unitUser, 'QT-BVLP')).agencyCode).toBeNull();
  });

  it('refuses a code of another shape with a Vietnamese message that shows the shape', async () => {
    const target = await unit(suite.admin, 'QT-BVLP');
    for (const bad of [
      'H50',
      '000.00.14',
      '000.00.14.H5',
      '0000.00.14.H50',
      '000.00.14.50H',
      '000-00-14-H50',
    ]) {
      const res = await suite.admin.patch(`/api/v1/units/${target.id}`, {
        version: target.version,
        agencyCode: bad,
      });
      expect(res.status, bad).toBe(400);
      expect(res.json.errors[0].field).toBe('agencyCode');
      expect(res.json.errors[0].message).toContain('Mã định danh điện tử phải có dạng 000.00.00.H50');
    }
  });

  it('is stored in capitals without surrounding spaces, and cleared by a blank', async () => {
    const target = await unit(suite.admin, 'QT-BVLP');
    const set = await suite.admin.patch(`/api/v1/units/${target.id}`, {
      version: target.version,
      agencyCode: ' 001.14.00.h50 ',
    });
    expect(set.status).toBe(200);
    expect(set.json.agencyCode).toBe('001.14.00.H50');
    const cleared = await suite.admin.patch(`/api/v1/units/${target.id}`, {
      version: set.json.version,
      agencyCode: '',
    });
    expect(cleared.status).toBe(200);
    expect(cleared.json.agencyCode).toBeNull();
    const audit = await suite.server.db.kysely
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('entity_id', '=', target.id)
      .where('action', '=', 'unit.updated')
      .execute();
    expect(audit.some((a) => String(a.after_json).includes('001.14.00.H50'))).toBe(true);
  });

  it('is unique within a province: a second unit with it is refused, naming the one that has it', async () => {
    const target = await unit(suite.admin, 'QT-CDC');
    const taken = await suite.admin.patch(`/api/v1/units/${target.id}`, {
      version: target.version,
      agencyCode: '000.00.14.H50',
    });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe('agency_code_taken');
    expect(taken.json.detail).toBe(
      'Mã định danh "000.00.14.H50" đã được dùng cho Sở Y tế trong cùng tỉnh; mỗi cơ quan có một mã định danh riêng.',
    );
    const parent = await unit(suite.admin, 'QT-SYT');
    const created = await suite.admin.post('/api/v1/units', {
      code: 'QT-TEST-AC',
      name: 'Đơn vị thử mã định danh',
      kind: 'agency',
      parentId: parent.id,
      agencyCode: '000.00.14.H50',
    });
    expect(created.status).toBe(409);
    expect(created.json.code).toBe('agency_code_taken');
  });

  it('may repeat in another province', async () => {
    const bdUnit = await unit(bdAdmin, 'BD-SNV');
    const res = await bdAdmin.patch(`/api/v1/units/${bdUnit.id}`, {
      version: bdUnit.version,
      agencyCode: '000.00.14.H50',
    });
    expect(res.status).toBe(200);
    expect(res.json.agencyCode).toBe('000.00.14.H50');
  });

  it('given to two units at once, goes to one of them only', async () => {
    const a = await unit(suite.admin, 'QT-TDOAN');
    const b = await unit(suite.admin, 'QT-HLHPN');
    const code = '000.00.77.H50';
    const results = await Promise.all([
      suite.admin.patch(`/api/v1/units/${a.id}`, { version: a.version, agencyCode: code }),
      suite.admin.patch(`/api/v1/units/${b.id}`, { version: b.version, agencyCode: code }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const holders = await suite.server.db.kysely
      .selectFrom('units')
      .select('code')
      .where('agency_code', '=', code)
      .execute();
    expect(holders).toHaveLength(1);
  });

  it('is a column of the unit workbook: exported, imported back, and left as it is by a file without it', async () => {
    const exported = await suite.admin.get('/api/v1/units/export.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.raw as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Đơn vị');
    if (!sheet) throw new Error('no sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = headers.indexOf('Mã định danh') + 1;
    expect(column).toBeGreaterThan(0);
    let sytRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'QT-SYT') sytRow = n;
    });
    expect(sheet.getRow(sytRow).getCell(column).value).toBe('000.00.14.H50');

    // A new code for the health department, one of another shape for the CDC: refused as a whole.
    const cdcRow = (() => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === 'QT-CDC') found = n;
      });
      return found;
    })();
    sheet.getRow(sytRow).getCell(column).value = '000.00.15.H50';
    sheet.getRow(cdcRow).getCell(column).value = 'CDC-QT';
    const invalid = await suite.admin.upload(
      '/api/v1/units/import?commit=false',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(invalid.status).toBe(200);
    const cdcErrors = invalid.json.rows.find((r: { code: string }) => r.code === 'QT-CDC').errors;
    expect(cdcErrors[0]).toMatchObject({ column: 'Mã định danh' });
    expect(cdcErrors[0].message).toContain('phải có dạng 000.00.00.H50');

    // Two rows of one province with one code: the second is refused.
    sheet.getRow(cdcRow).getCell(column).value = '000.00.15.H50';
    const twice = await suite.admin.upload(
      '/api/v1/units/import?commit=false',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    const twiceErrors = twice.json.rows.filter((r: { errors: unknown[] }) => r.errors.length > 0);
    expect(twiceErrors).toHaveLength(1);
    expect(twiceErrors[0].errors[0].message).toContain('đã được dùng cho đơn vị mã');

    sheet.getRow(cdcRow).getCell(column).value = '';
    const valid = await suite.admin.upload(
      '/api/v1/units/import?commit=true',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(valid.json).toMatchObject({ committed: true, valid: true });
    const sytChange = valid.json.rows.find((r: { code: string }) => r.code === 'QT-SYT');
    expect(sytChange.changes).toContain('Mã định danh: "000.00.14.H50" → "000.00.15.H50"');
    expect((await unit(suite.admin, 'QT-SYT')).agencyCode).toBe('000.00.15.H50');

    // A file without the column (made before it existed) keeps every unit's code.
    sheet.spliceColumns(column, 1);
    const older = await suite.admin.upload(
      '/api/v1/units/import?commit=true',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(older.json).toMatchObject({ committed: true, valid: true });
    expect((await unit(suite.admin, 'QT-SYT')).agencyCode).toBe('000.00.15.H50');
    expect((await unit(suite.admin, 'QT')).agencyCode).toBe('000.00.00.H50');
  });
});

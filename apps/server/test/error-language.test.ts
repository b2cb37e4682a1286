import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type Response, useTestServer } from './harness.ts';
import { draftTestRound } from './rounds.ts';

const EN = { 'accept-language': 'en-US,en;q=0.9' };
/** Letters only Vietnamese writes. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Data quoted into a message (a unit's name, a code) keeps its own spelling. */
const QUOTED = /“[^”]*”|"[^"]*"/gu;

/**
 * Every problem answers in the caller's language: English with `Accept-Language: en`, Vietnamese
 * without it — the same code and status either way, the title and detail (and the field messages
 * the server words itself) from the error catalogue.
 */
describe.each(DIALECTS)('errors in the caller’s language (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let unitUser: Client;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    unitUser = await suite.server.login('huonghoa');
  });

  /** Asks twice, in Vietnamese (no header) and in English, and checks both answer the same problem. */
  async function both(ask: (headers: Record<string, string>) => Promise<Response>) {
    const vi = await ask({});
    const en = await ask(EN);
    expect(en.status, en.body).toBe(vi.status);
    expect(en.headers['content-type']).toContain('application/problem+json');
    expect(en.json.code).toBe(vi.json.code);
    expect(en.json.detail).not.toBe(vi.json.detail);
    expect(en.json.title).not.toBe(vi.json.title);
    expect(`${vi.json.title} ${vi.json.detail}`).toMatch(VIETNAMESE);
    expect(`${en.json.title} ${en.json.detail}`.replace(QUOTED, '')).not.toMatch(VIETNAMESE);
    return { vi: vi.json, en: en.json, status: en.status };
  }

  it('404: a round that is not there', async () => {
    const r = await both((h) => syt.get(`/api/v1/campaigns/${randomUUID()}`, h));
    expect(r.status).toBe(404);
    expect(r.vi).toMatchObject({ code: 'not_found', title: 'Không tìm thấy' });
    expect(r.vi.detail).toBe('Không tìm thấy đợt tổng kết, hoặc bạn không có quyền xem đợt này.');
    expect(r.en).toMatchObject({
      title: 'Not found',
      detail: 'The round was not found, or you are not allowed to see it.',
    });
  });

  it('404: an address the API does not have', async () => {
    const r = await both((h) => syt.get('/api/v1/khong-co', h));
    expect(r.en.detail).toBe('The requested address was not found.');
  });

  it('409: a change made from an old version names what was changed, translated', async () => {
    const id = await suite.server.unitId('QT-HUONGHOA');
    const r = await both((h) =>
      suite.admin.request('PATCH', `/api/v1/units/${id}`, { version: 9999, shortName: 'HH' }, h),
    );
    expect(r.status).toBe(409);
    expect(r.vi.code).toBe('version_conflict');
    expect(r.vi.detail).toMatch(/^Đơn vị đã được người khác sửa sau khi bạn mở/);
    expect(r.en.detail).toMatch(/^The unit was changed by someone else after you opened it/);
    expect(r.en.title).toBe('Conflict');
  });

  it('400: a unit outside the round, with the field named and its message translated', async () => {
    const draft = await draftTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    const round = (await syt.get(`/api/v1/campaigns/${draft.id}`)).json;
    const outsider = await suite.server.unitId('BD-THUANAN');
    const tasks = round.plan.tasks.map((t: { unitIds: string[] }, i: number) =>
      i === 0 ? { ...t, unitIds: [...t.unitIds, outsider] } : t,
    );
    const r = await both((h) =>
      syt.request('PATCH', `/api/v1/campaigns/${draft.id}`, { version: round.version, plan: { tasks } }, h),
    );
    expect(r.status).toBe(400);
    expect(r.vi.code).toBe('unit_outside_round');
    const field = 'plan.tasks.0.unitIds.1';
    expect(r.vi.detail).toBe(`Chưa lưu được kế hoạch: có đơn vị không thuộc tỉnh của đợt này (${field}).`);
    expect(r.en.detail).toBe(
      `The plan was not saved: some units are not in this round's province (${field}).`,
    );
    expect(r.vi.errors).toEqual([{ field, message: 'Đơn vị không thuộc tỉnh của đợt này' }]);
    expect(r.en.errors).toEqual([{ field, message: "The unit is not in this round's province" }]);
  });

  it('403: an action the role may not take', async () => {
    const r = await both((h) => unitUser.get('/api/v1/users', h));
    expect(r.status).toBe(403);
    expect(r.en).toMatchObject({
      code: 'forbidden',
      title: 'Not allowed',
      detail: 'You are not allowed to do this.',
    });
  });

  it('401: no session', async () => {
    const r = await both((h) => suite.server.anon.get('/api/v1/units', h));
    expect(r.status).toBe(401);
    expect(r.vi.detail).toBe('Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    expect(r.en.title).toBe('Not signed in');
  });

  it('400: validation failed, with the server’s own field message translated', async () => {
    const r = await both((h) =>
      suite.admin.post('/api/v1/units', { code: 'QT-X', name: 'X', kind: 'other', colour: 'red' }, h),
    );
    expect(r.status).toBe(400);
    expect(r.vi.code).toBe('validation_failed');
    expect(r.vi.errors).toContainEqual({ field: 'colour', message: 'Trường này không được phép' });
    expect(r.en.errors).toContainEqual({ field: 'colour', message: 'This field is not allowed' });
    expect(r.vi.detail).toMatch(/^Dữ liệu gửi lên không hợp lệ — /);
    expect(r.en.detail).toMatch(/^The data sent is not valid — colour: This field is not allowed/);
  });

  it('413 and malformed JSON: the HTTP layer’s own problems', async () => {
    const big = await both((h) =>
      suite.admin.post(
        '/api/v1/units',
        { code: 'QT-A', name: 'a'.repeat(2 * 1024 * 1024), kind: 'other' },
        h,
      ),
    );
    expect(big.status).toBe(413);
    expect(big.en).toMatchObject({ code: 'body_too_large', title: 'Too large' });
    const malformed = await both(async (h) => {
      const res = await suite.server.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: {
          host: 'tongket.test',
          origin: 'http://tongket.test',
          cookie: suite.admin.cookie as string,
          'content-type': 'application/json',
          ...h,
        },
        payload: '{"code": "QT-A",',
      });
      return {
        status: res.statusCode,
        headers: res.headers,
        body: res.body,
        raw: res.rawPayload,
        json: res.json(),
      };
    });
    expect(malformed.en.code).toBe('malformed_json');
  });

  it('an Excel import answers its refusal and each row’s errors in the caller’s language', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị', 'Mã đơn vị cấp trên']);
    ws.addRow(['QT-NGON-1', '', '', 'Khác', 'QT']);
    ws.addRow(['QT-NGON-1', 'Trùng mã', '', 'Khác', 'QT']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await both((h) =>
      suite.admin.upload('/api/v1/units/import?commit=true', file, 'don-vi.xlsx', h),
    );
    expect(r.status).toBe(422);
    expect(r.vi.code).toBe('import_invalid');
    expect(r.en.detail).toBe(
      'The file has 2 rows with errors, so no row was saved. Fix the marked rows and import again.',
    );
    const messages = (p: { rows: { errors: { message: string }[] }[] }) =>
      p.rows.flatMap((row) => row.errors.map((e) => e.message));
    expect(messages(r.vi)).toEqual(['Tên đơn vị không được để trống', 'Mã "QT-NGON-1" trùng với dòng 2']);
    expect(messages(r.en)).toEqual(['The unit name must not be empty', 'The code "QT-NGON-1" repeats row 2']);
  });

  it('sweep: problems that are cheap to cause have no Vietnamese words in English', async () => {
    const qt = await suite.server.unitId('QT');
    const hh = await suite.server.unitId('QT-HUONGHOA');
    const asks: Array<(h: Record<string, string>) => Promise<Response>> = [
      // A unit code already used, a parent that is not there, a parent that makes a loop.
      (h) =>
        suite.admin.post(
          '/api/v1/units',
          { code: 'QT-SYT', name: 'Trùng mã', kind: 'other', parentId: qt },
          h,
        ),
      (h) =>
        suite.admin.post(
          '/api/v1/units',
          { code: 'QT-Y', name: 'Y', kind: 'other', parentId: randomUUID() },
          h,
        ),
      async (h) => {
        const unit = (await suite.admin.get(`/api/v1/units/${qt}`)).json;
        return suite.admin.request(
          'PATCH',
          `/api/v1/units/${qt}`,
          { version: unit.version, parentId: hh },
          h,
        );
      },
      // A wrong sign-in, a wrong current password.
      (h) => suite.server.anon.post('/api/v1/auth/login', { username: 'syt', password: 'sai-mat-khau-1' }, h),
      (h) =>
        unitUser.post(
          '/api/v1/auth/password',
          { currentPassword: 'sai-mat-khau-1', newPassword: 'mat-khau-moi-dai-1234' },
          h,
        ),
      // Not found: a unit, an assignment, a nomination; a foreign origin.
      (h) => suite.admin.get(`/api/v1/units/${randomUUID()}`, h),
      (h) => syt.get(`/api/v1/assignments/${randomUUID()}`, h),
      (h) => syt.get(`/api/v1/nominations/${randomUUID()}`, h),
      (h) =>
        syt.post(
          '/api/v1/units',
          { code: 'QT-Z', name: 'Z', kind: 'other' },
          { ...h, origin: 'http://evil.test' },
        ),
      // A media type the API does not take.
      (h) => suite.admin.request('POST', '/api/v1/units', 'code=QT', { ...h, 'content-type': 'text/plain' }),
    ];
    const seen = new Set<string>();
    for (const ask of asks) {
      const vi = await ask({});
      const en = await ask(EN);
      expect(vi.status, vi.body).toBeGreaterThanOrEqual(400);
      expect(en.status).toBe(vi.status);
      expect(en.json.code).toBe(vi.json.code);
      seen.add(en.json.code);
      const english = `${en.json.title} ${en.json.detail} ${(en.json.errors ?? [])
        .map((e: { message: string }) => e.message)
        .join(' ')}`;
      expect(english.replace(QUOTED, ''), en.body).not.toMatch(VIETNAMESE);
      expect(`${vi.json.title} ${vi.json.detail}`).toMatch(VIETNAMESE);
    }
    expect(seen.size).toBeGreaterThanOrEqual(7);
  });
});

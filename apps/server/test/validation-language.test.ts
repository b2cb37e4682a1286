import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type Response, useTestServer } from './harness.ts';

const VIETNAMESE = /[ăâđêôơưàáạảãấầẩẫậắằẳẵặèéẹẻẽếềểễệìíỉịĩòóọỏõốồổỗộớờởỡợùúụủũứừửữựỳýỵỷỹ]/i;
const EN = { 'accept-language': 'en-US,en;q=0.9' };

const fieldErrors = (res: Response) =>
  Object.fromEntries(
    (res.json as { errors: { field: string; message: string }[] }).errors.map((e) => [e.field, e.message]),
  );

/**
 * The field messages of the schemas, over HTTP: the same refused body is explained in English to a
 * caller who asks for it and in Vietnamese otherwise.
 */
describe.each(DIALECTS)('Validation messages in the caller’s language (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let campaignId: string;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    const created = await syt.post('/api/v1/campaigns', {
      kind: 'tong_ket',
      issuingUnitId: await suite.server.unitId('QT'),
      name: 'Đợt thử ngôn ngữ của thông báo lỗi',
    });
    expect(created.status, created.body).toBe(201);
    campaignId = created.json.id;
  });

  it('names a money bound and its field in the caller’s language', async () => {
    const body = { version: 0, lines: [{ item: 'Hội trường', planned: -5, actual: 1.5 }] };
    const url = `/api/v1/campaigns/${campaignId}/conference/budget`;
    const vi = await syt.request('PUT', url, body);
    const en = await syt.request('PUT', url, body, EN);
    expect([vi.status, en.status]).toEqual([400, 400]);
    expect(fieldErrors(vi)).toEqual({
      'lines.0.planned': 'Dự toán không được âm',
      'lines.0.actual': 'Thực chi tính bằng đồng, không có phần lẻ',
    });
    expect(fieldErrors(en)).toEqual({
      'lines.0.planned': 'The planned amount must not be negative',
      'lines.0.actual': 'The amount spent is in whole dong, without a fractional part',
    });
  });

  it('names a date bound, a document number and an address in the caller’s language', async () => {
    const current = await syt.get(`/api/v1/campaigns/${campaignId}`);
    const body = {
      version: current.json.version,
      plan: { docDate: '0000-01-01', docNumber: 'số 5', submissionEmail: 'khong-phai-thu' },
    };
    const vi = await syt.patch(`/api/v1/campaigns/${campaignId}`, body);
    const en = await syt.request('PATCH', `/api/v1/campaigns/${campaignId}`, body, EN);
    expect([vi.status, en.status]).toEqual([400, 400]);
    expect(fieldErrors(vi)).toEqual({
      'plan.docDate': 'Ngày ban hành phải trong khoảng từ 01/01/1900 đến 31/12/2100',
      'plan.docNumber': 'Số văn bản chỉ gồm chữ số',
      'plan.submissionEmail': 'Địa chỉ thư điện tử không hợp lệ',
    });
    expect(fieldErrors(en)).toEqual({
      'plan.docDate': 'The issue date must be between 1 January 1900 and 31 December 2100',
      'plan.docNumber': 'The document number has digits only',
      'plan.submissionEmail': 'Invalid email address',
    });
  });

  it('explains a new unit’s code, name and kind in English to an English caller', async () => {
    const body = { code: 'Sở Y tế', name: '  ', kind: 'so', email: '@' };
    const vi = await suite.admin.post('/api/v1/units', body);
    const en = await suite.admin.post('/api/v1/units', body, EN);
    expect([vi.status, en.status]).toEqual([400, 400]);
    expect(fieldErrors(vi)).toMatchObject({
      name: 'Tên đơn vị không được để trống',
      kind: 'Loại đơn vị không hợp lệ',
    });
    const english = fieldErrors(en);
    expect(english).toMatchObject({
      name: 'The name of the unit must not be empty',
      kind: 'Invalid kind of unit',
      email: 'Invalid email address',
    });
    expect(Object.keys(english)).toEqual(Object.keys(fieldErrors(vi)));
    for (const message of Object.values(english)) expect(message).not.toMatch(VIETNAMESE);
  });

  it('explains the server’s own schemas (a new deadline, a short Idempotency-Key) in the caller’s language', async () => {
    const url = `/api/v1/assignments/${randomUUID()}`;
    const body = { previousDeadline: null, deadline: '2101-01-01T00:00:00+07:00' };
    const vi = await syt.patch(url, body);
    const en = await syt.request('PATCH', url, body, EN);
    expect([vi.status, en.status]).toEqual([400, 400]);
    expect(fieldErrors(vi)).toEqual({
      deadline: 'Thời hạn mới phải trong khoảng từ 01/01/1900 đến 31/12/2100',
    });
    expect(fieldErrors(en)).toEqual({
      deadline: 'The new deadline must be between 1 January 1900 and 31 December 2100',
    });

    const remind = `/api/v1/campaigns/${campaignId}/remind`;
    const shortVi = await syt.post(remind, {}, { 'idempotency-key': 'abc' });
    const shortEn = await syt.post(remind, {}, { 'idempotency-key': 'abc', ...EN });
    expect([shortVi.status, shortEn.status]).toEqual([400, 400]);
    expect(Object.values(fieldErrors(shortVi))).toEqual(['Idempotency-Key quá ngắn']);
    expect(Object.values(fieldErrors(shortEn))).toEqual(['The Idempotency-Key is too short']);
  });

  it('lists what stops a draft plan from being issued in the caller’s language', async () => {
    const vi = await syt.get(`/api/v1/campaigns/${campaignId}`);
    const en = await syt.get(`/api/v1/campaigns/${campaignId}`, EN);
    expect(vi.json.problems).toContain('Chưa có thời hạn gửi báo cáo.');
    expect(en.json.problems).toContain('The report deadline is missing.');
    expect(en.json.problems).toHaveLength(vi.json.problems.length);
  });
});

import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestServer } from './harness.ts';

describe.each(DIALECTS)('API basics (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('reports health with the database in use', async () => {
    const res = await suite.server.anon.get('/healthz');
    expect(res.json).toEqual({ status: 'ok', database: dialect });
  });

  it('serves an OpenAPI 3.1 document built from the route schemas', async () => {
    const res = await suite.server.anon.get('/api/openapi.json');
    expect(res.json.openapi).toBe('3.1.0');
    const create = res.json.paths['/api/v1/units'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['code', 'name', 'kind']);
    expect(res.json.paths['/api/v1/auth/login']).toBeDefined();
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const res = await suite.admin.get('/api/v1/khong-co');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers malformed JSON and oversized bodies with problems', async () => {
    const bad = await suite.admin.request('POST', '/api/v1/units', undefined, {
      'content-type': 'application/json',
    });
    expect(bad.status).toBe(400);
    const malformed = await suite.server.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: {
        host: 'tongket.test',
        origin: 'http://tongket.test',
        cookie: suite.admin.cookie as string,
        'content-type': 'application/json',
      },
      payload: '{"code": "QT-A",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
    const huge = await suite.admin.post('/api/v1/units', {
      code: 'QT-A',
      name: 'a'.repeat(2 * 1024 * 1024),
      kind: 'other',
    });
    expect(huge.status).toBe(413);
    expect(huge.json.code).toBe('body_too_large');
  });

  it('words zod’s own field messages in the language the request asks for', async () => {
    const body = { code: 'QT-A', name: 42, kind: 'other' };
    const vi = await suite.admin.post('/api/v1/units', body);
    const en = await suite.admin.post('/api/v1/units', body, { 'accept-language': 'en-US,en;q=0.9' });
    expect([vi.status, en.status]).toEqual([400, 400]);
    const message = (res: typeof vi) => (res.json.errors as { field: string; message: string }[])[0];
    expect(message(en)).toMatchObject({ field: 'name', message: expect.stringMatching(/expected string/i) });
    expect(message(vi)?.field).toBe('name');
    expect(message(vi)?.message).not.toBe(message(en)?.message);
  });

  it('sends security headers: CSP with frame-ancestors none, nosniff', async () => {
    const res = await suite.server.anon.get('/healthz');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestServer, DIALECTS, type TestServer } from './harness.ts';

type Who = 'anon' | 'admin' | 'coordinator' | 'unit' | 'reviewer' | 'viewer';
const ACCOUNTS: Record<Exclude<Who, 'anon'>, string> = {
  admin: 'admin',
  coordinator: 'syt',
  unit: 'bchqs',
  reviewer: 'tdkt',
  viewer: 'lanhdao',
};

interface Case {
  method: 'GET' | 'POST' | 'PATCH';
  /** OpenAPI path, as registered. */
  route: string;
  /** What to call; ids filled from the demo data. */
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Expected status per caller; a role not listed must get 403. */
  allowed: Partial<Record<Who, number>>;
  label?: string;
}

interface Ids {
  ownUnit: string; // bchqs's own unit
  otherUnit: string; // another unit (Hướng Hóa)
  otherUser: string; // a user of another unit
  version: number;
  userVersion: number;
}

const ALL_READ = { admin: 200, coordinator: 200, unit: 200, reviewer: 200, viewer: 200 } as const;

/** Every route of the API and who may call it. The test below fails when a route is missing here. */
const CASES: Case[] = [
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    url: () => '/api/v1/auth/login',
    body: () => ({ username: 'khongco', password: 'sai-mat-khau' }),
    // Public: anyone may try, and a wrong account is refused the same way for all.
    allowed: { anon: 401, admin: 401, coordinator: 401, unit: 401, reviewer: 401, viewer: 401 },
  },
  { method: 'GET', route: '/api/v1/auth/me', url: () => '/api/v1/auth/me', allowed: ALL_READ },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-99' }),
    // Everyone signed in may try; the wrong current password is refused with 400.
    allowed: { admin: 400, coordinator: 400, unit: 400, reviewer: 400, viewer: 400 },
  },
  { method: 'GET', route: '/api/v1/units', url: () => '/api/v1/units', allowed: ALL_READ },
  {
    method: 'GET',
    route: '/api/v1/units',
    url: () => '/api/v1/units?q=so%20y%20te',
    allowed: ALL_READ,
    label: 'search',
  },
  {
    method: 'GET',
    route: '/api/v1/units/{id}',
    url: (i) => `/api/v1/units/${i.otherUnit}`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/units/export.xlsx',
    url: () => '/api/v1/units/export.xlsx',
    allowed: ALL_READ,
  },
  {
    method: 'POST',
    route: '/api/v1/units',
    url: () => '/api/v1/units',
    body: () => ({ code: 'QT-THU', name: 'Đơn vị thử', kind: 'other' }),
    allowed: { admin: 201 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/units/{id}',
    url: (i) => `/api/v1/units/${i.ownUnit}`,
    body: (i) => ({ version: i.version, email: 'bchqs@quangtri.gov.vn' }),
    allowed: { admin: 200 },
    label: 'own unit',
  },
  {
    method: 'PATCH',
    route: '/api/v1/units/{id}',
    url: (i) => `/api/v1/units/${i.otherUnit}`,
    body: () => ({ version: 999, name: 'Đổi tên trái phép' }),
    // An admin gets the version conflict; nobody else gets past authorisation.
    allowed: { admin: 409 },
    label: 'another unit',
  },
  {
    method: 'POST',
    route: '/api/v1/units/import',
    url: () => '/api/v1/units/import',
    allowed: { admin: 400 },
  },
  { method: 'GET', route: '/api/v1/users', url: () => '/api/v1/users', allowed: { admin: 200 } },
  {
    method: 'GET',
    route: '/api/v1/users/{id}',
    url: (i) => `/api/v1/users/${i.otherUser}`,
    allowed: { admin: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    body: (i) => ({
      username: 'moi',
      fullName: 'Người mới',
      role: 'unit',
      unitId: i.ownUnit,
      password: 'mat-khau-123',
    }),
    allowed: { admin: 201 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/{id}',
    url: (i) => `/api/v1/users/${i.otherUser}`,
    body: (i) => ({ version: i.userVersion, fullName: 'Hồ Thị Hướng' }),
    allowed: { admin: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/users/{id}/reset-password',
    url: (i) => `/api/v1/users/${i.otherUser}/reset-password`,
    body: () => ({ password: 'tongket-demo' }),
    allowed: { admin: 200 },
  },
  { method: 'GET', route: '/api/v1/audit', url: () => '/api/v1/audit', allowed: { admin: 200 } },
  // Last: it ends the sessions the cases above use. Signing out needs no session.
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    url: () => '/api/v1/auth/logout',
    allowed: { anon: 204, admin: 204, coordinator: 204, unit: 204, reviewer: 204, viewer: 204 },
  },
];

describe.each(DIALECTS)('authorisation of every route for every role (%s)', (dialect) => {
  let server: TestServer;
  const clients = {} as Record<Who, Client>;
  let ids: Ids;

  beforeAll(async () => {
    server = await createTestServer(dialect);
    clients.anon = server.anon;
    for (const [who, username] of Object.entries(ACCOUNTS))
      clients[who as Who] = await server.login(username);
  });
  afterAll(() => server.close());

  async function freshIds(): Promise<Ids> {
    const ownUnit = await server.unitId('QT-BCHQS');
    const otherUnit = await server.unitId('QT-HUONGHOA');
    const otherUser = await server.userId('huonghoa');
    const unit = await server.db.kysely
      .selectFrom('units')
      .select('version')
      .where('id', '=', ownUnit)
      .executeTakeFirstOrThrow();
    const user = await server.db.kysely
      .selectFrom('users')
      .select('version')
      .where('id', '=', otherUser)
      .executeTakeFirstOrThrow();
    return { ownUnit, otherUnit, otherUser, version: unit.version, userVersion: user.version };
  }

  it('covers every route the API documents', async () => {
    const spec = (await server.anon.get('/api/openapi.json')).json;
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const c of CASES) {
    for (const who of ['anon', 'admin', 'coordinator', 'unit', 'reviewer', 'viewer'] as Who[]) {
      const expected = c.allowed[who] ?? (who === 'anon' ? 401 : 403);
      it(`${c.method} ${c.route}${c.label ? ` (${c.label})` : ''} as ${who} → ${expected}`, async () => {
        ids = await freshIds();
        const body = c.body?.(ids);
        const res = await clients[who].request(c.method, c.url(ids), body);
        expect(res.status, res.body).toBe(expected);
        if (expected >= 400) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        if (res.status === 201 && c.route === '/api/v1/users') {
          // Keep the matrix repeatable: the created account is not needed afterwards.
          await server.db.kysely.deleteFrom('users').where('username', '=', 'moi').execute();
        }
      });
    }
  }
});

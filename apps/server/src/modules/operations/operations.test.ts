import { register } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';
import { loggerOptions } from '../../http/logging.ts';
import { isAllowed, metricsAllowList } from './metrics.ts';

describe('who may read /metrics', () => {
  it('takes addresses and networks of both families, IPv4-mapped addresses included', () => {
    const list = metricsAllowList(['127.0.0.1', '::1', '10.0.0.0/8', ' fd00::/8 ']);
    expect(isAllowed(list, '127.0.0.1')).toBe(true);
    expect(isAllowed(list, '::ffff:127.0.0.1')).toBe(true);
    expect(isAllowed(list, '::1')).toBe(true);
    expect(isAllowed(list, '10.20.30.40')).toBe(true);
    expect(isAllowed(list, 'fd12::1')).toBe(true);
    expect(isAllowed(list, '192.168.1.5')).toBe(false);
    expect(isAllowed(list, '2001:db8::1')).toBe(false);
    expect(isAllowed(list, 'not-an-address')).toBe(false);
  });

  it('refuses an entry that is not an address or a network, naming it', () => {
    expect(() => metricsAllowList(['127.0.0.1', 'prometheus.local'])).toThrow(/"prometheus\.local"/);
    expect(() => metricsAllowList(['10.0.0.0/33'])).toThrow(/10\.0\.0\.0\/33/);
  });
});

describe.each(DIALECTS)('operations: health, readiness, metrics, access log (%s)', (dialect) => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    server = await createTestServer(dialect, {
      logger: loggerOptions('info', { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(() => server.close());

  it('is alive, and ready when the database answers, every migration ran and the disk has room', async () => {
    expect((await server.anon.get('/healthz')).json).toEqual({ status: 'ok', database: dialect });
    const ready = await server.anon.get('/readyz');
    expect(ready.status, ready.body).toBe(200);
    expect(ready.json.status).toBe('ready');
    expect(ready.json.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['migrations', true],
      ['disk', true],
    ]);
  });

  it('is not ready while a migration it knows has not run, and says which', async () => {
    const db = server.db.kysely;
    const last = await db
      .selectFrom('kysely_migration' as never)
      .select(['name' as never, 'timestamp' as never])
      .orderBy('name' as never, 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const { name, timestamp } = last as { name: string; timestamp: string };
    await db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', name as never)
      .execute();
    try {
      const res = await server.anon.get('/readyz');
      expect(res.status).toBe(503);
      const migrations = res.json.checks.find((c: { name: string }) => c.name === 'migrations');
      expect(migrations.ok).toBe(false);
      expect(migrations.detail).toContain(name);
      // Alive all the same: a restart would not help.
      expect((await server.anon.get('/healthz')).status).toBe(200);
    } finally {
      await db
        .insertInto('kysely_migration' as never)
        .values({ name, timestamp } as never)
        .execute();
    }
    expect((await server.anon.get('/readyz')).status).toBe(200);
  });

  it('counts requests by route, submissions, and reads the outbox backlog; the access log has one line per request', async () => {
    const syt = await server.login('syt');
    const bchqs = await server.login('bchqs');
    const round = await issueTestRound(server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const detail = (await bchqs.get(`/api/v1/assignments/${mine.id}`)).json;
    const sent = await bchqs.post(
      `/api/v1/assignments/${mine.id}/submit`,
      { version: detail.draft.version, content: fullReport(detail.outline) },
      { 'idempotency-key': 'so-lieu-van-hanh-1' },
    );
    expect(sent.status, sent.body).toBe(200);

    const res = await server.anon.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(text).toMatch(/^tongket_submissions_total 1$/m);
    expect(text).toMatch(
      /^tongket_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/assignments\/:id\/submit",status="200"\} 1$/m,
    );
    expect(text).toMatch(/^tongket_outbox_backlog\{state="waiting"\} \d+$/m);
    expect(text).toMatch(/^tongket_outbox_backlog\{state="failed"\} \d+$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);

    const access = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request' && l.route === '/api/v1/assignments/:id/submit');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      method: 'POST',
      status: 200,
      userId: await server.userId('bchqs'),
    });
    expect(typeof access[0]?.ms).toBe('number');
    expect(access[0]?.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics of two apps in one process', () => {
  it('keeps each app’s figures to itself, and leaves prom-client’s global registry empty', async () => {
    const [one, two] = [
      await createTestServer('sqlite', { demo: false }),
      await createTestServer('sqlite', { demo: false }),
    ];
    try {
      for (let i = 0; i < 3; i++) expect((await one.anon.get('/healthz')).status).toBe(200);
      expect((await two.anon.get('/healthz')).status).toBe(200);
      const healthz =
        /^tongket_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} (\d+)$/m;
      const [first, second] = [(await one.anon.get('/metrics')).body, (await two.anon.get('/metrics')).body];
      expect(healthz.exec(first)?.[1]).toBe('3');
      expect(healthz.exec(second)?.[1]).toBe('1');
      // Node's own figures in each, once.
      for (const text of [first, second])
        expect(text.match(/^# HELP nodejs_heap_size_used_bytes /gm)).toHaveLength(1);
      expect(register.getMetricsAsArray()).toEqual([]);
    } finally {
      await one.close();
      await two.close();
    }
  });
});

describe.each(DIALECTS)('operations with a narrow allow-list and a full disk (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, {
      demo: false,
      config: { metricsAllow: ['10.1.2.3'], minFreeDiskMb: 1024 * 1024 * 1024, fileStorage: 'disk' },
    });
  });
  afterAll(() => server.close());

  it('refuses /metrics to an address not on the list, saying why', async () => {
    const res = await server.anon.get('/metrics');
    expect(res.status).toBe(403);
    expect(res.body).toContain('METRICS_ALLOW');
  });

  it('is not ready when the data directory has less room than the minimum, and says how much there is', async () => {
    const res = await server.anon.get('/readyz');
    expect(res.status).toBe(503);
    const disk = res.json.checks.find((c: { name: string }) => c.name === 'disk');
    expect(disk.ok).toBe(false);
    expect(disk.detail).toMatch(/chỉ còn trống [\d.]+ MB/);
  });

  it('says it in English to a probe that asks for English', async () => {
    const res = await server.anon.get('/readyz', { 'accept-language': 'en' });
    const disk = res.json.checks.find((c: { name: string }) => c.name === 'disk');
    expect(disk.detail).toMatch(/has only [\d,]+ MB free, below the [\d,]+ MB needed/);
    const metrics = await server.anon.get('/metrics', { 'accept-language': 'en' });
    expect(metrics.body).toContain('may not read the operational metrics');
  });
});

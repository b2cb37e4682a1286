import { tracingChannel } from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../src/http/logging.ts';
import { createTestServer, DIALECTS, type TestServer } from './harness.ts';
import { issueTestRound } from './rounds.ts';

/**
 * Sends a GET over a real connection and drops it: once the answer's first bytes arrive
 * ('answered'), or right after the request is written, while the server is still working ('asked').
 */
function dropRequest(port: number, path: string, cookie: string, when: 'answered' | 'asked') {
  return new Promise<void>((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers: { cookie } }, (res) => {
      res.once('data', () => {
        request.destroy();
        resolve();
      });
    });
    request.on('error', () => resolve());
    if (when === 'asked') {
      request.on('finish', () => {
        request.destroy();
        resolve();
      });
    }
  });
}

interface LogLine {
  level: number;
  msg?: string;
}

/**
 * A page closed while its event stream is open, or a download cancelled, is no error: the server
 * lets the request go without logging "Reply was already sent" (a handler's returned reply is a
 * thenable, so the endpoint saw undefined and answered a second time) or anything else.
 */
describe.each(DIALECTS)('a client that goes away mid-answer (%s)', (dialect) => {
  let server: TestServer;
  const lines: string[] = [];
  // Fastify's handler tracing: the downloads whose handler has settled (the access log misses a
  // request dropped before its answer, as the answer then never finishes).
  const settled: string[] = [];
  type Store = { request: { url: string } };
  const handlers = tracingChannel<unknown, Store>('fastify.request.handler');
  const none = () => {};
  const tracer = {
    start: none,
    end: none,
    asyncStart: none,
    error: none,
    asyncEnd: (store: Store) => void settled.push(store.request.url),
  };
  beforeAll(async () => {
    handlers.subscribe(tracer);
    server = await createTestServer(dialect, {
      logger: loggerOptions('info', { write: (line: string) => void lines.push(line) }),
    });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    handlers.unsubscribe(tracer);
    await server.close();
  });

  const logged = () => lines.map((l) => JSON.parse(l) as LogLine);

  it('is let go quietly: the event stream and document downloads log no warning or error', async () => {
    const { port } = server.app.server.address() as AddressInfo;
    const syt = await server.login('syt');
    const cookie = syt.cookie as string;
    const round = await issueTestRound(server, syt, {
      reportUnits: ['QT-BCHQS'],
      deadlineInDays: 5,
      name: 'Đợt tải dở',
    });
    // The stream first: its handler is done long before the documents are rendered.
    const events = `/api/v1/events?campaignId=${round.id}`;
    const documents = ['plan.pdf', 'plan.docx'].map((f) => `/api/v1/campaigns/${round.id}/documents/${f}`);
    for (const path of [events, ...documents]) {
      await dropRequest(port, path, cookie, 'answered');
      await dropRequest(port, path, cookie, 'asked');
    }
    const downloadsDone = () => settled.filter((url) => url.includes('/documents/plan.')).length;
    await expect.poll(downloadsDone, { timeout: 60_000, interval: 50 }).toBe(4);
    expect((await syt.get('/api/v1/auth/me')).status).toBe(200);
    expect(logged().filter((l) => l.level >= 40)).toEqual([]);
  });
});

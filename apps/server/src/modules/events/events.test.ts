import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';

/** Opens the event stream over a real connection and collects what arrives. */
function openStream(port: number, path: string, cookie: string) {
  const chunks: string[] = [];
  let request: http.ClientRequest | undefined;
  const opened = new Promise<number>((resolve, reject) => {
    request = http.get({ host: '127.0.0.1', port, path, headers: { cookie } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => chunks.push(chunk));
      resolve(res.statusCode ?? 0);
    });
    request.on('error', reject);
  });
  return {
    opened,
    text: () => chunks.join(''),
    close: () => request?.destroy(),
    async waitFor(pattern: RegExp, ms = 5000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        if (pattern.test(chunks.join(''))) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no ${pattern} in: ${chunks.join('')}`);
    },
  };
}

describe.each(DIALECTS)('live updates over server-sent events (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('tells a watching progress page when a unit submits, and a unit officer only of their own subtree', async () => {
    const { app } = suite.server;
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const syt = await suite.server.login('syt');
    const giolinh = await suite.server.login('huonghoa');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: 4,
      name: 'Đợt theo dõi trực tiếp',
    });
    const coordinatorStream = openStream(port, `/api/v1/events?campaignId=${round.id}`, syt.cookie as string);
    const otherUnitStream = openStream(
      port,
      `/api/v1/events?campaignId=${round.id}`,
      giolinh.cookie as string,
    );
    try {
      expect(await coordinatorStream.opened).toBe(200);
      expect(await otherUnitStream.opened).toBe(200);
      await coordinatorStream.waitFor(/retry: 3000/);
      await otherUnitStream.waitFor(/retry: 3000/);

      const bchqs = await suite.server.login('bchqs');
      const items = (await bchqs.get('/api/v1/assignments')).json.items;
      const report = items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
      );
      const d = (await bchqs.get(`/api/v1/assignments/${report.id}`)).json;
      const sent = await bchqs.post(
        `/api/v1/assignments/${report.id}/submit`,
        { version: 0, content: fullReport(d.outline) },
        { 'idempotency-key': 'truc-tiep-00000001' },
      );
      expect(sent.status, sent.body).toBe(200);

      await coordinatorStream.waitFor(/event: assignment/);
      const data = coordinatorStream.text().match(/data: (.+)/)?.[1] ?? '{}';
      expect(JSON.parse(data)).toMatchObject({
        campaignId: round.id,
        assignmentId: report.id,
        status: 'submitted',
      });
      // Who sent it is the server's own business (shared progress answers): no user id reaches a page.
      expect(JSON.parse(data)).not.toHaveProperty('actorId');
      const { user } = (await bchqs.get('/api/v1/auth/me')).json;
      expect(user.id).toBeTruthy();
      expect(coordinatorStream.text()).not.toContain(user.id);
      // Hướng Hóa's officer follows Hướng Hóa only: nothing about Bộ CHQS reaches them.
      await new Promise((r) => setTimeout(r, 300));
      expect(otherUnitStream.text()).not.toContain('event: assignment');
    } finally {
      coordinatorStream.close();
      otherUnitStream.close();
    }
  });

  it('tells it when a unit starts its report and when its deadline is extended', async () => {
    const { app } = suite.server;
    if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const syt = await suite.server.login('syt');
    const bchqs = await suite.server.login('bchqs');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS'],
      deadlineInDays: 4,
      name: 'Đợt theo dõi soạn và gia hạn',
    });
    const stream = openStream(port, `/api/v1/events?campaignId=${round.id}`, syt.cookie as string);
    try {
      expect(await stream.opened).toBe(200);
      await stream.waitFor(/retry: 3000/);
      const report = (await bchqs.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
      );
      const saved = await bchqs.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
        version: 0,
        content: { sections: {} },
      });
      expect(saved.status, saved.body).toBe(200);
      await stream.waitFor(/"status":"in_progress"/);
      // A later save changes nothing the round's pages show: no event.
      await bchqs.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
        version: 1,
        content: { sections: {} },
      });
      const later = new Date(Date.parse(report.deadline) + 3 * 86_400_000).toISOString();
      const extended = await syt.patch(`/api/v1/assignments/${report.id}`, {
        previousDeadline: report.deadline,
        deadline: later,
      });
      expect(extended.status, extended.body).toBe(200);
      await stream.waitFor(/"deadline"/);
      const events = [...stream.text().matchAll(/data: (.+)/g)].map((m) => JSON.parse(m[1] as string));
      expect(events).toEqual([
        expect.objectContaining({ assignmentId: report.id, status: 'in_progress' }),
        expect.objectContaining({ assignmentId: report.id, status: 'in_progress', deadline: later }),
      ]);
      for (const event of events) expect(event).not.toHaveProperty('actorId');
    } finally {
      stream.close();
    }
  });
});

import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestServer } from '../../../test/harness.ts';
import { startMailer } from '../../kernel/mailer.ts';
import { queueNotices } from './queue-notice.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free local port that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(DIALECTS)('notices: outbox, inbox and mail (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp.close());

  it('shows each unit the notice of the issued plan, and the admin every message', async () => {
    const bchqs = await suite.server.login('bchqs');
    const inbox = (await bchqs.get('/api/v1/notifications')).json.items.filter(
      (n: { kind: string }) => n.kind === 'campaign_issued',
    );
    // The plan of 2020 and the live round's plan.
    expect(inbox).toHaveLength(2);
    const plan2519 = inbox.find((n: { subject: string }) => n.subject.includes('2519/KH-UBND'));
    expect(plan2519.subject).toContain('Kế hoạch số 2519/KH-UBND ngày 08/06/2020');
    expect(plan2519.body).toContain('Nhiệm vụ của Bộ Chỉ huy Quân sự tỉnh:');
    expect(plan2519.link).toMatch(/^\/campaigns\//);
    const outbox = (await suite.admin.get('/api/v1/outbox?limit=500')).json;
    expect(outbox.mailEnabled).toBe(false);
    expect(outbox.items.length).toBeGreaterThan(30);
    // Sở Y tế has an address: its message waits to be mailed.
    const toSyt = outbox.items.filter((n: { unitName: string }) => n.unitName === 'Sở Y tế');
    expect(toSyt.find((n: { subject: string }) => n.subject.includes('2519/KH-UBND'))).toMatchObject({
      toAddress: 'pnvyqt@gmail.com',
      sentAt: null,
    });
  });

  it('shows a province’s administrator the outbox of their province, the system administrator every message', async () => {
    const { server, admin } = suite;
    const db = server.db.kysely;
    const rounds = await db.selectFrom('campaigns').select(['id', 'issuing_unit_id']).execute();
    const bdRoot = await server.unitId('BD');
    const bdRoundId = rounds.find((r) => r.issuing_unit_id === bdRoot)?.id as string;
    // Messages to no unit about a round (as a delegate's invitation is): they belong to the round's province.
    await queueNotices(db, [
      {
        kind: 'test',
        dedupeKey: 'scope:bd',
        campaignId: bdRoundId,
        toAddress: 'a@binhduong.gov.vn',
        subject: 'Mời dự hội nghị Bình Dương',
        body: '',
      },
      {
        kind: 'test',
        dedupeKey: 'scope:none',
        toAddress: 'a@example.vn',
        subject: 'Thư của hệ thống',
        body: '',
      },
    ]);
    const province = new Map(
      (await db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [
        u.id,
        u.code.split('-')[0],
      ]),
    );
    const roundProvince = new Map(rounds.map((r) => [r.id, province.get(r.issuing_unit_id)]));
    type Message = { unitId: string | null; campaignId: string | null; subject: string };
    const whose = (m: Message) =>
      m.unitId ? province.get(m.unitId) : m.campaignId ? roundProvince.get(m.campaignId) : null;
    const read = async (username: string, query = '') => {
      const client = username === 'admin' ? admin : await server.login(username);
      const res = await client.get(`/api/v1/outbox?limit=500${query}`);
      expect(res.status, res.body).toBe(200);
      return res.json.items as Message[];
    };
    const qt = await read('admin');
    const bd = await read('bd-admin');
    const all = await read('hethong');
    expect(new Set(qt.map(whose))).toEqual(new Set(['QT']));
    expect(new Set(bd.map(whose))).toEqual(new Set(['BD']));
    expect(bd.some((m) => m.subject === 'Mời dự hội nghị Bình Dương')).toBe(true);
    expect(new Set(all.map(whose))).toEqual(new Set(['QT', 'BD', null]));
    expect(all).toHaveLength(qt.length + bd.length + 1);
    // Asking for the other province's round finds nothing.
    expect(await read('admin', `&campaignId=${bdRoundId}`)).toEqual([]);
  });

  it('mails each message once, even with two senders on one database, and keeps failures for a retry', async () => {
    const db = suite.server.db.kysely;
    await queueNotices(db, [
      {
        kind: 'test',
        dedupeKey: 'mail-test:1',
        toAddress: 'a@quangtri.gov.vn',
        subject: 'Thông báo kiểm tra số 1',
        body: 'Nội dung có dấu: Hướng Hóa',
        link: '/campaigns/x',
      },
      {
        kind: 'test',
        dedupeKey: 'mail-test:2',
        toAddress: 'b@quangtri.gov.vn',
        subject: 'Thông báo kiểm tra số 2',
        body: 'Đakrông',
      },
    ]);
    // The same key again queues nothing.
    await queueNotices(db, [
      { kind: 'test', dedupeKey: 'mail-test:1', toAddress: 'a@quangtri.gov.vn', subject: 'Lặp', body: 'Lặp' },
    ]);

    // A mail server that is down: the message stays, with the reason, for a later pass.
    const down = startMailer(db, {
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'Tổng kết <tongket@test>',
      publicUrl: null,
      intervalMs: 3600_000,
    });
    expect(await down.flush()).toBe(0);
    await down.stop();
    const failed = await db
      .selectFrom('outbox')
      .select(['attempts', 'last_error', 'sent_at'])
      .where('dedupe_key', '=', 'mail-test:1')
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ attempts: 1, sent_at: null });
    expect(failed.last_error).toBeTruthy();

    const before = smtp.received.length;
    // Every queued message with an address not mailed yet (the demo's and the two above).
    const waiting = await db
      .selectFrom('outbox')
      .select('id')
      .where('to_address', 'is not', null)
      .where('sent_at', 'is', null)
      .execute();
    const options = {
      smtpUrl: smtp.url,
      from: 'Tổng kết <tongket@test>',
      publicUrl: 'https://tongket.quangtri.gov.vn',
      intervalMs: 3600_000,
    };
    const a = startMailer(db, options);
    const b = startMailer(db, options);
    const [sentA, sentB] = await Promise.all([a.flush(), b.flush()]);
    await Promise.all([a.stop(), b.stop()]);
    const mails = smtp.received.slice(before);
    // Each exactly once.
    expect(sentA + sentB).toBe(waiting.length);
    expect(mails).toHaveLength(waiting.length);
    const test1 = mails.filter((m) => m.to.includes('a@quangtri.gov.vn'));
    expect(test1).toHaveLength(1);
    expect(test1[0]?.raw).toContain('https://tongket.quangtri.gov.vn/campaigns/x');
    const unsent = await db
      .selectFrom('outbox')
      .select('id')
      .where('to_address', 'is not', null)
      .where('sent_at', 'is', null)
      .execute();
    expect(unsent).toHaveLength(0);
  });
});

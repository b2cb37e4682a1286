import {
  type CoordinatorWork,
  classifyAssignment,
  DUE_SOON_DAYS,
  dueSoonUntil,
  isSubmittable,
  type TaskKind,
  vietnamDate,
} from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertReportingUnits } from '../../../../bench/lib/bench-round.ts';
import { type Client, DIALECTS, type TestServer, useTestServer } from '../../test/harness.ts';
import { fullReport, issueTestRound } from '../../test/rounds.ts';

const DAY = 86_400_000;

/**
 * What the coordinator's home should say, worked out from the tables one row at a time with the
 * domain's own classification — the independent reckoning the grouped queries are checked against.
 */
async function expectedWork(server: TestServer, standingUnitCode: string, now: string) {
  const db = server.db.kysely;
  const standing = await server.unitId(standingUnitCode);
  const rounds = await db
    .selectFrom('campaigns')
    .select(['id'])
    .where('status', '=', 'issued')
    .where('standing_unit_id', '=', standing)
    .execute();
  const ids = rounds.map((r) => r.id);
  const soon = dueSoonUntil(now);
  const assignments = ids.length
    ? await db.selectFrom('assignments').selectAll().where('campaign_id', 'in', ids).execute()
    : [];
  let toAccept = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const a of assignments) {
    if (!isSubmittable(a.kind as TaskKind)) continue;
    const state = classifyAssignment(
      { status: a.status, deadline: a.deadline, firstSubmittedAt: a.first_submitted_at },
      now,
    );
    if (a.status === 'submitted') toAccept++;
    if (state.overdue) overdue++;
    if (!state.submitted && a.deadline !== null && a.deadline >= now && a.deadline <= soon) dueSoon++;
  }
  const nominations = ids.length
    ? await db
        .selectFrom('nominations')
        .select('id')
        .where('campaign_id', 'in', ids)
        .where('status', '=', 'submitted')
        .execute()
    : [];
  return { rounds: ids.length, toAccept, overdue, dueSoon, toForward: nominations.length };
}

const totals = (w: CoordinatorWork) => ({
  rounds: w.rounds,
  toAccept: w.toAccept.total,
  overdue: w.overdue.total,
  dueSoon: w.dueSoon.total,
  toForward: w.toForward.total,
});

describe.each(DIALECTS)('the coordinator’s home: what waits now (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  let bdSyt: Client;
  let bdAdmin: Client;
  let round: { id: string };

  const work = async (client: Client): Promise<CoordinatorWork> => {
    const res = await client.get('/api/v1/home/coordinator');
    expect(res.status, res.body).toBe(200);
    return res.json;
  };

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    bdSyt = await suite.server.login('bd-syt');
    bdAdmin = await suite.server.login('bd-admin');
    round = await issueTestRound(suite.server, syt, {
      name: 'Đợt thử việc cần làm',
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA', 'QT-GIOLINH'],
      deadlineInDays: 2,
    });
  });

  it('answers the coordinators and the province’s administrators only', async () => {
    for (const username of ['bchqs', 'huonghoa', 'tdkt', 'lanhdao', 'hethong', 'thuanan']) {
      const client = await suite.server.login(username);
      const res = await client.get('/api/v1/home/coordinator');
      expect(res.status, username).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    expect((await suite.server.anon.get('/api/v1/home/coordinator')).status).toBe(401);
    for (const client of [syt, suite.admin, bdSyt, bdAdmin]) expect((await work(client)).asOf).toBeTruthy();
  });

  it('counts what waits in the rounds the coordinator runs, as the tables say row by row', async () => {
    const answer = await work(syt);
    const expected = await expectedWork(suite.server, 'QT-SYT', answer.asOf);
    expect(totals(answer)).toEqual(expected);
    expect(answer.dueSoonUntil).toBe(dueSoonUntil(answer.asOf));
    // This round's three reports and one speech are due in two days: within the window.
    const due = answer.dueSoon.items.filter((i) => i.campaignId === round.id);
    expect(answer.dueSoon.total).toBeGreaterThanOrEqual(4);
    for (const group of [answer.toAccept, answer.overdue, answer.dueSoon, answer.toForward]) {
      expect(group.items.length).toBe(Math.min(5, group.total));
    }
    // Invitations are listed by conference; their total counts the delegates.
    expect(answer.unanswered.items.reduce((n, i) => n + i.unanswered, 0)).toBeLessThanOrEqual(
      answer.unanswered.total,
    );
    // Nearest deadline first; each item names its round and unit.
    const deadlines = answer.dueSoon.items.map((i) => i.at as string);
    expect([...deadlines].sort()).toEqual(deadlines);
    for (const item of due) {
      expect(item.campaignName).toBe('Đợt thử việc cần làm');
      expect(item.unitName).not.toBe('');
    }
  });

  it('moves a sent report to "waiting to be accepted", and off it once accepted', async () => {
    const before = await work(syt);
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const detail = (await bchqs.get(`/api/v1/assignments/${mine.id}`)).json;
    const draft = await bchqs.request('PUT', `/api/v1/assignments/${mine.id}/draft`, {
      version: detail.draft.version,
      content: fullReport(detail.outline),
    });
    expect(draft.status, draft.body).toBe(200);
    const sent = await bchqs.post(`/api/v1/assignments/${mine.id}/submit`, {});
    expect(sent.status, sent.body).toBe(200);

    const after = await work(syt);
    expect(after.toAccept.total).toBe(before.toAccept.total + 1);
    expect(after.dueSoon.total).toBe(before.dueSoon.total - 1);
    expect(totals(after)).toEqual(await expectedWork(suite.server, 'QT-SYT', after.asOf));
    // The longest waiting first: a report sent just now is last among those waiting.
    if (after.toAccept.total <= 5) {
      expect(after.toAccept.items.at(-1)).toMatchObject({
        assignmentId: mine.id,
        campaignId: round.id,
        unitName: 'Bộ Chỉ huy Quân sự tỉnh',
        kind: 'report',
      });
    }

    const accepted = await syt.post(`/api/v1/assignments/${mine.id}/review`, {
      decision: 'accept',
      version: (await syt.get(`/api/v1/assignments/${mine.id}`)).json.assignment.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    const later = await work(syt);
    expect(later.toAccept.total).toBe(before.toAccept.total);
    expect(later.toAccept.items.some((i) => i.assignmentId === mine.id)).toBe(false);
  });

  it('judges overdue and due soon by the server’s clock', async () => {
    const now = suite.server.clock.nowMs();
    try {
      // Two days and a bit on, this round's remaining tasks are overdue; nothing of it is due soon.
      suite.server.clock.set(now + 2 * DAY + 60_000);
      const answer = await work(syt);
      expect(answer.asOf).toBe(new Date(now + 2 * DAY + 60_000).toISOString());
      expect(totals(answer)).toEqual(await expectedWork(suite.server, 'QT-SYT', answer.asOf));
      expect(answer.dueSoon.items.some((i) => i.campaignId === round.id)).toBe(false);
      expect(answer.overdue.total).toBeGreaterThanOrEqual(3);
      // Longest overdue first.
      const deadlines = answer.overdue.items.map((i) => i.at as string);
      expect([...deadlines].sort()).toEqual(deadlines);
      // Just before the window reaches the deadline, none of this round is due soon yet.
      suite.server.clock.set(now + 2 * DAY - DUE_SOON_DAYS * DAY - 60_000);
      const early = await work(syt);
      expect(early.dueSoon.items.some((i) => i.campaignId === round.id)).toBe(false);
      expect(totals(early)).toEqual(await expectedWork(suite.server, 'QT-SYT', early.asOf));
    } finally {
      suite.server.clock.set(now);
    }
  });

  it('lists nominations sent by units for the coordinator to forward, and unanswered invitations', async () => {
    const before = await work(syt);
    // The conference gets a (tentative) date, so invitations can go out.
    const conference = (await syt.get(`/api/v1/campaigns/${round.id}/conference`)).json;
    const dated = await syt.request('PUT', `/api/v1/campaigns/${round.id}/conference`, {
      version: conference.version,
      title: conference.title || 'Hội nghị tổng kết',
      date: vietnamDate(new Date(suite.server.clock.nowMs() + 10 * DAY)),
      startTime: '08:00',
      endTime: null,
      tentative: true,
      venue: 'Hội trường UBND tỉnh',
      expectedDelegates: null,
      signature: conference.signature,
      agenda: [],
    });
    expect(dated.status, dated.body).toBe(200);
    // A delegate invited to this round's conference, not yet answering.
    const delegate = await syt.post(`/api/v1/campaigns/${round.id}/conference/delegates`, {
      name: 'Nguyễn Văn Mời',
      title: 'Giám đốc',
      unitName: 'Sở Y tế',
    });
    expect(delegate.status, delegate.body).toBe(201);
    const sent = await syt.post(`/api/v1/campaigns/${round.id}/conference/invitations`, {});
    expect(sent.status, sent.body).toBe(200);
    const after = await work(syt);
    expect(after.unanswered.total).toBe(before.unanswered.total + sent.json.invited);
    expect(after.unanswered.items.find((i) => i.campaignId === round.id)).toMatchObject({
      campaignName: 'Đợt thử việc cần làm',
      unanswered: sent.json.invited,
    });
    // The province's administrator co-organises its conferences: the same invitations, no reports.
    const admin = await work(suite.admin);
    expect(admin.rounds).toBe(0);
    expect(admin.toAccept.total + admin.overdue.total + admin.dueSoon.total + admin.toForward.total).toBe(0);
    expect(admin.unanswered.items.find((i) => i.campaignId === round.id)?.unanswered).toBe(sent.json.invited);

    // Nominations: as many as the table holds sent in syt's rounds, each a link to its nomination.
    const expected = await expectedWork(suite.server, 'QT-SYT', after.asOf);
    expect(after.toForward.total).toBe(expected.toForward);
    for (const n of after.toForward.items) {
      const one = await syt.get(`/api/v1/nominations/${n.nominationId}`);
      expect(one.status, one.body).toBe(200);
      expect(one.json).toMatchObject({ campaignId: n.campaignId, status: 'submitted', name: n.name });
    }
  });

  it('never shows another province’s rounds', async () => {
    const qtRounds = new Set(
      (await syt.get('/api/v1/campaigns')).json.items.map((r: { id: string }) => r.id) as string[],
    );
    for (const client of [bdSyt, bdAdmin]) {
      const answer = await work(client);
      const ids = [
        ...answer.toAccept.items,
        ...answer.overdue.items,
        ...answer.dueSoon.items,
        ...answer.toForward.items,
        ...answer.unanswered.items,
      ].map((i) => i.campaignId);
      expect(ids.filter((id) => qtRounds.has(id))).toEqual([]);
    }
    const bd = await work(bdSyt);
    expect(totals(bd)).toEqual(await expectedWork(suite.server, 'BD-SYT', bd.asOf));
    expect(JSON.stringify(bd)).not.toContain('Đợt thử việc cần làm');
  });

  it('gives each round in the list its progress, as its progress tab counts it', async () => {
    const list = (await syt.get('/api/v1/campaigns')).json.items as Array<{
      id: string;
      status: string;
      progress: { expected: number; submitted: number; overdue: number } | null;
    }>;
    const past = list.filter((r) => r.status !== 'draft');
    expect(past.length).toBeGreaterThan(0);
    for (const r of list) {
      if (r.status === 'draft') {
        expect(r.progress).toBeNull();
        continue;
      }
      const tab = (await syt.get(`/api/v1/campaigns/${r.id}/progress`)).json.totals;
      expect(r.progress, r.id).toEqual({
        expected: tab.expected,
        submitted: tab.submitted,
        overdue: tab.overdue,
      });
    }
    expect(list.find((r) => r.id === round.id)?.progress).toEqual({ expected: 4, submitted: 1, overdue: 0 });
    // A unit officer follows only its own subtree of a round it does not run: no round-wide figures.
    const theirs = (await bchqs.get('/api/v1/campaigns')).json.items as typeof list;
    expect(theirs.find((r) => r.id === round.id)?.progress).toBeNull();
    // Another province's coordinator sees its own rounds' progress only.
    const bdList = (await bdSyt.get('/api/v1/campaigns')).json.items as typeof list;
    expect(bdList.some((r) => r.id === round.id)).toBe(false);
  });

  it('answers at once for a round of a thousand units', async () => {
    const { provinceId, units } = await insertReportingUnits(suite.server.db, 1000);
    const created = await syt.post('/api/v1/campaigns', {
      kind: 'tong_ket',
      issuingUnitId: provinceId,
      name: 'Đợt nghìn đơn vị',
      outlineTemplate: 'quang-tri-2020',
    });
    expect(created.status, created.body).toBe(201);
    const docDate = new Date(suite.server.clock.nowMs()).toISOString().slice(0, 10);
    const planned = await syt.patch(`/api/v1/campaigns/${created.json.id}`, {
      version: created.json.version,
      plan: {
        docDate,
        purpose: 'Đánh giá công tác phòng, chống dịch.',
        tasks: [{ kind: 'report', unitIds: units.map((u) => u.id), text: 'Báo cáo tổng kết.' }],
        reportDeadline: new Date(suite.server.clock.nowMs() + DAY).toISOString(),
        recipients: [{ text: 'Lưu: VT' }],
        signature: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          deputy: 'KT. CHỦ TỊCH',
          title: 'PHÓ CHỦ TỊCH',
          name: 'Hoàng Nam',
        },
      },
    });
    expect(planned.status, planned.body).toBe(200);
    const issued = await syt.post(`/api/v1/campaigns/${created.json.id}/issue`, {
      version: planned.json.version,
      docNumber: '7999',
      docDate,
    });
    expect(issued.status, issued.body).toBe(200);
    // 300 of them sent (as the tables would hold it), 200 past an earlier deadline.
    const rows = await suite.server.db.kysely
      .selectFrom('assignments')
      .select('id')
      .where('campaign_id', '=', created.json.id)
      .orderBy('id')
      .execute();
    expect(rows.length).toBe(1000);
    const sentAt = new Date(suite.server.clock.nowMs() - 60_000).toISOString();
    await suite.server.db.kysely
      .updateTable('assignments')
      .set({
        status: 'submitted',
        first_submitted_at: sentAt,
        last_submitted_at: sentAt,
        submission_count: 1,
      })
      .where(
        'id',
        'in',
        rows.slice(0, 300).map((r) => r.id),
      )
      .execute();
    await suite.server.db.kysely
      .updateTable('assignments')
      .set({ deadline: new Date(suite.server.clock.nowMs() - DAY).toISOString() })
      .where(
        'id',
        'in',
        rows.slice(300, 500).map((r) => r.id),
      )
      .execute();

    await work(syt); // warm
    const started = performance.now();
    const answer = await work(syt);
    const ms = performance.now() - started;
    expect(totals(answer)).toEqual(await expectedWork(suite.server, 'QT-SYT', answer.asOf));
    expect(answer.toAccept.total).toBeGreaterThanOrEqual(300);
    expect(answer.overdue.total).toBeGreaterThanOrEqual(200);
    expect(answer.dueSoon.total).toBeGreaterThanOrEqual(500);
    // Generous for a busy two-core machine; it takes a few milliseconds.
    expect(ms).toBeLessThan(2000);
    const list = (await syt.get('/api/v1/campaigns')).json.items;
    expect(list.find((r: { id: string }) => r.id === created.json.id).progress).toEqual({
      expected: 1000,
      submitted: 300,
      overdue: 200,
    });
  }, 120_000);
});

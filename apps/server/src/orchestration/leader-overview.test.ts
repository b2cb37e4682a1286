import type { IndicatorTotal, LeaderOverview, Progress } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { fullReport, issueTestRound } from '../../test/rounds.ts';

/** The counts a rate card, a bar or a level shows, as the progress tab counts them. */
const figures = (c: Progress['totals']) => ({
  expected: c.expected,
  submitted: c.submitted,
  onTime: c.onTime,
  overdue: c.overdue,
  reportingRate: c.reportingRate,
  onTimeRate: c.onTimeRate,
});

describe.each(DIALECTS)('the leader’s home: the province at a glance (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let lanhdao: Client;
  let syt: Client;
  let bchqs: Client;
  let round: { id: string };

  const overview = async (client: Client): Promise<LeaderOverview> => {
    const res = await client.get('/api/v1/home/leader');
    expect(res.status, res.body).toBe(200);
    return res.json;
  };
  const progress = async (client: Client, id: string, query = ''): Promise<Progress> => {
    const res = await client.get(`/api/v1/campaigns/${id}/progress${query}`);
    expect(res.status, res.body).toBe(200);
    return res.json;
  };

  beforeAll(async () => {
    lanhdao = await suite.server.login('lanhdao');
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    round = await issueTestRound(suite.server, syt, {
      name: 'Đợt thử tổng quan lãnh đạo',
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA', 'QT-GIOLINH'],
      deadlineInDays: 5,
    });
    // Bộ CHQS sends its report with every figure filled in; the standing agency accepts it.
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
    const accepted = await syt.post(`/api/v1/assignments/${mine.id}/review`, {
      decision: 'accept',
      version: (await syt.get(`/api/v1/assignments/${mine.id}`)).json.assignment.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
  });

  it('answers the province’s leaders, coordinators, administrators and board; not unit officers', async () => {
    for (const username of ['bchqs', 'huonghoa', 'hethong', 'thuanan']) {
      const client = await suite.server.login(username);
      const res = await client.get('/api/v1/home/leader');
      expect(res.status, username).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    expect((await suite.server.anon.get('/api/v1/home/leader')).status).toBe(401);
    for (const username of ['lanhdao', 'syt', 'admin', 'tdkt', 'bd-syt', 'bd-admin']) {
      const client = await suite.server.login(username);
      expect((await overview(client)).asOf, username).toBeTruthy();
    }
  });

  it('lists every issued and closed round of the province, lower rounds included, the newest first', async () => {
    const answer = await overview(lanhdao);
    expect(answer.provinceName).toBe('UBND tỉnh Quảng Trị');
    const listed = (await lanhdao.get('/api/v1/campaigns')).json.items as Array<{
      id: string;
      status: string;
      parentCampaignId: string | null;
    }>;
    const issued = listed.filter((r) => r.status !== 'draft');
    expect(answer.rounds.map((r) => r.campaignId).sort()).toEqual(issued.map((r) => r.id).sort());
    const dates = answer.rounds.map((r) => r.issuedAt ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(answer.rounds[0]?.campaignId).toBe(round.id);
    // Bình Dương's districts run lower rounds: each is listed, its blocks are the district's communes.
    const bdSyt = await suite.server.login('bd-syt');
    const bd = await overview(bdSyt);
    const lower = bd.rounds.filter((r) => r.parentCampaignId !== null);
    expect(lower.length).toBeGreaterThan(0);
    for (const r of lower) {
      expect(r.topUnitId, r.name).toBe(r.issuingUnitId);
      for (const a of r.byArea) {
        const tab = await progress(bdSyt, r.campaignId, `?under=${a.filter.under}`);
        expect(figures(a), a.unitName).toEqual(figures(tab.totals));
      }
    }
  });

  it('counts every round, block and level exactly as the progress tab filtered to them', async () => {
    const answer = await overview(lanhdao);
    for (const r of answer.rounds) {
      expect(figures(r.totals), r.name).toEqual(figures((await progress(lanhdao, r.campaignId)).totals));
      // The blocks and the top unit's own tasks share out the round's tasks, each counted once.
      const shared = r.byArea.reduce((n, a) => n + a.expected, r.topOwn?.expected ?? 0);
      expect(shared, r.name).toBe(r.totals.expected);
      expect(
        r.byLevel.reduce((n, l) => n + l.expected, 0),
        r.name,
      ).toBe(r.totals.expected);
    }
    // Each block's and level's figures are those of the progress tab with the filter it carries.
    const mine = answer.rounds.find((r) => r.campaignId === round.id);
    if (!mine) throw new Error('the round is not listed');
    expect(mine.topUnitName).toBe('UBND tỉnh Quảng Trị');
    expect(mine.byArea.map((a) => a.unitName)).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh',
      'UBND huyện Gio Linh',
      'UBND huyện Hướng Hóa',
    ]);
    expect(mine.byArea.find((a) => a.unitName === 'Bộ Chỉ huy Quân sự tỉnh')).toMatchObject({
      submitted: 2 - 1,
      filter: { under: await suite.server.unitId('QT-BCHQS') },
    });
    const demo = answer.rounds.find((r) => r.byArea.length > 10);
    if (!demo) throw new Error('the demo has no province-wide round');
    for (const r of [mine, demo]) {
      for (const a of r.byArea) {
        const tab = await progress(lanhdao, r.campaignId, `?under=${a.filter.under}`);
        expect(figures(a), a.unitName).toEqual(figures(tab.totals));
        expect(a.units, a.unitName).toBe(tab.units.length);
      }
      for (const l of r.byLevel) {
        const tab = await progress(lanhdao, r.campaignId, `?unitKind=${l.filter.unitKind}`);
        expect(figures(l), l.unitKind).toEqual(figures(tab.totals));
        expect(l.units, l.unitKind).toBe(tab.units.length);
      }
    }
  });

  it('totals the indicators as the consolidated report does, by block and by level', async () => {
    const answer = await overview(lanhdao);
    const mine = answer.rounds.find((r) => r.campaignId === round.id);
    if (!mine) throw new Error('the round is not listed');
    const consolidated = (await syt.get(`/api/v1/campaigns/${round.id}/consolidated`)).json as {
      indicators: IndicatorTotal[];
    };
    expect(mine.indicators.length).toBeGreaterThan(0);
    expect(mine.indicators.map((i) => [i.indicatorId, i.total, i.reported])).toEqual(
      consolidated.indicators.map((i) => [i.indicatorId, i.total, i.reported]),
    );
    const bchqsId = await suite.server.unitId('QT-BCHQS');
    const first = mine.indicators.find((i) => i.aggregation === 'sum' && i.total !== null);
    if (!first) throw new Error('no summed indicator was reported');
    // Only Bộ CHQS reported: its block and its level (armed forces) carry the whole figure.
    expect(first.byArea).toEqual([
      {
        unitId: bchqsId,
        unitName: 'Bộ Chỉ huy Quân sự tỉnh',
        value: first.total,
        reported: 1,
        filter: { under: bchqsId },
      },
    ]);
    expect(first.byLevel).toEqual([
      { unitKind: 'armed_force', value: first.total, reported: 1, filter: { unitKind: 'armed_force' } },
    ]);
  });

  it('counts the awards as the award statistics do', async () => {
    const answer = await overview(lanhdao);
    const stats = (await lanhdao.get('/api/v1/commendation/statistics')).json;
    expect(answer.awards).toEqual({
      total: stats.total,
      byAwardType: stats.byAwardType,
      byUnit: stats.byUnit,
    });
  });

  it('never shows another province’s rounds, units or awards', async () => {
    const qt = await overview(lanhdao);
    const bd = await overview(await suite.server.login('bd-syt'));
    const qtRounds = new Set(qt.rounds.map((r) => r.campaignId));
    expect(bd.rounds.filter((r) => qtRounds.has(r.campaignId))).toEqual([]);
    expect(bd.provinceName).not.toBe(qt.provinceName);
    const qtUnits = new Set(
      qt.rounds.flatMap((r) => [
        ...r.byArea.map((a) => a.unitId),
        ...r.indicators.flatMap((i) => i.byArea.map((a) => a.unitId)),
      ]),
    );
    for (const r of bd.rounds) {
      for (const a of r.byArea) expect(qtUnits.has(a.unitId)).toBe(false);
    }
    const qtAwardUnits = new Set(qt.awards.byUnit.map((u) => u.unitId));
    expect(bd.awards.byUnit.filter((u) => qtAwardUnits.has(u.unitId))).toEqual([]);
  });
});

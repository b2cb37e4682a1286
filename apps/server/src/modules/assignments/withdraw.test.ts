import { AUDIT_ACTION_LABELS } from '@tongket/domain';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';

const DAY_MS = 86_400_000;

describe.each(DIALECTS)('a unit withdraws a report not yet reviewed (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  afterEach(() => suite.server.clock.reset());

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
  });

  const detail = async (client: Client, id: string) => (await client.get(`/api/v1/assignments/${id}`)).json;
  const audits = async (id: string, action: string) =>
    (
      await suite.server.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('entity_id', '=', id)
        .where('action', '=', action)
        .execute()
    ).length;

  /** A fresh round with a report for Bộ Chỉ huy Quân sự tỉnh, sent once; its id and detail. */
  async function sentReport(deadlineInDays = 5, key = `rut-${Math.random().toString(36).slice(2)}`) {
    const round = await issueTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays });
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const d = await detail(bchqs, mine.id);
    const content = fullReport(d.outline);
    const sent = await bchqs.post(
      `/api/v1/assignments/${mine.id}/submit`,
      { version: d.draft.version, content },
      { 'idempotency-key': key },
    );
    expect(sent.status, sent.body).toBe(200);
    return { round, id: mine.id as string, content, after: await detail(bchqs, mine.id) };
  }

  it('takes the report back: in progress again, the draft as sent, the submission marked, not counted as sent', async () => {
    const { round, id, content, after } = await sentReport();
    expect(after.canWithdraw).toBe(true);
    expect((await detail(syt, id)).canWithdraw).toBe(false);

    const res = await bchqs.post(`/api/v1/assignments/${id}/withdraw`, { version: after.assignment.version });
    expect(res.status, res.body).toBe(200);
    expect(res.json.assignment).toMatchObject({
      status: 'in_progress',
      version: after.assignment.version + 1,
      firstSubmittedAt: null,
      lastSubmittedAt: null,
    });
    expect(res.json.canEdit).toBe(true);
    expect(res.json.canWithdraw).toBe(false);
    expect(res.json.draft.content.sections).toEqual(after.draft.content.sections);
    expect(res.json.draft.version).toBe(after.draft.version);
    expect(res.json.submissions).toHaveLength(1);
    expect(res.json.submissions[0]).toMatchObject({ seq: 1, decision: 'withdrawn', reviewedBy: 'bchqs' });
    expect(await audits(id, 'assignment.withdrawn')).toBe(1);
    expect(AUDIT_ACTION_LABELS['assignment.withdrawn']?.vi).toBe('Rút lại báo cáo đã gửi');

    // A double click, or a retry after a lost answer: answered as done, done once.
    const again = await bchqs.post(`/api/v1/assignments/${id}/withdraw`, {
      version: after.assignment.version,
    });
    expect(again.status, again.body).toBe(200);
    expect(again.json.assignment.version).toBe(after.assignment.version + 1);
    expect(await audits(id, 'assignment.withdrawn')).toBe(1);

    // Progress no longer counts it as sent; the standing agency has nothing to decide on.
    const progress = (await syt.get(`/api/v1/campaigns/${round.id}/progress?kind=report`)).json;
    expect(progress.totals).toMatchObject({ expected: 1, submitted: 0, waiting: 1, onTime: 0 });
    const review = await syt.post(`/api/v1/assignments/${id}/review`, {
      decision: 'accept',
      version: after.assignment.version,
    });
    expect(review.status).toBe(409);
    expect(review.json.code).toBe('not_awaiting_review');
    expect(review.json.detail).toContain('rút lại');

    // Edited and sent again: the second submission, which is what the standing agency reads.
    const section = after.outline.sections[0].children[0].id;
    const edited = { ...content, sections: { ...content.sections, [section]: '<p>Bản đã sửa: 5 khu.</p>' } };
    const saved = await bchqs.request('PUT', `/api/v1/assignments/${id}/draft`, {
      version: res.json.draft.version,
      content: edited,
    });
    expect(saved.status, saved.body).toBe(200);
    const resent = await bchqs.post(
      `/api/v1/assignments/${id}/submit`,
      { version: saved.json.version },
      { 'idempotency-key': 'gui-lai-sau-khi-rut-1' },
    );
    expect(resent.status, resent.body).toBe(200);
    expect(resent.json.submission).toMatchObject({ seq: 2, onTime: true });
    const seen = await detail(syt, id);
    expect(seen.assignment.status).toBe('submitted');
    expect(seen.submissions.map((s: { decision: string | null }) => s.decision)).toEqual(['withdrawn', null]);
    const second = (await syt.get(`/api/v1/assignments/${id}/submissions/2`)).json;
    expect(second.content.sections[section]).toContain('Bản đã sửa: 5 khu.');
    const counted = (await syt.get(`/api/v1/campaigns/${round.id}/progress?kind=report`)).json;
    expect(counted.totals).toMatchObject({ submitted: 1, onTime: 1, late: 0 });
  });

  it('counts a report sent on time, withdrawn and sent again after the deadline as late', async () => {
    const { round, id, after } = await sentReport(2);
    expect(after.submissions[0].onTime).toBe(true);
    const res = await bchqs.post(`/api/v1/assignments/${id}/withdraw`, { version: after.assignment.version });
    expect(res.status, res.body).toBe(200);
    suite.server.clock.set(Date.parse(after.assignment.deadline) + DAY_MS);
    const overdue = (await syt.get(`/api/v1/campaigns/${round.id}/progress?kind=report`)).json;
    expect(overdue.totals).toMatchObject({ submitted: 0, overdue: 1 });
    const resent = await bchqs.post(
      `/api/v1/assignments/${id}/submit`,
      { version: res.json.draft.version },
      { 'idempotency-key': 'gui-lai-tre-han-1' },
    );
    expect(resent.status, resent.body).toBe(200);
    expect(resent.json.submission).toMatchObject({ seq: 2, onTime: false });
    const late = (await syt.get(`/api/v1/campaigns/${round.id}/progress?kind=report`)).json;
    expect(late.totals).toMatchObject({ submitted: 1, onTime: 0, late: 1 });
  });

  it('keeps the earlier returned submission counted when a later one is withdrawn', async () => {
    const { round, id, after } = await sentReport();
    const returned = await syt.post(`/api/v1/assignments/${id}/review`, {
      decision: 'return',
      comment: 'Bổ sung số liệu.',
      version: after.assignment.version,
    });
    expect(returned.status, returned.body).toBe(200);
    const refused = await bchqs.post(`/api/v1/assignments/${id}/withdraw`, {
      version: returned.json.assignment.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('not_withdrawable');
    expect(refused.json.detail).toContain('trả lại');

    const again = await bchqs.post(
      `/api/v1/assignments/${id}/submit`,
      { version: returned.json.draft.version },
      { 'idempotency-key': 'gui-lan-hai-1' },
    );
    expect(again.status, again.body).toBe(200);
    const sent = await detail(bchqs, id);
    const res = await bchqs.post(`/api/v1/assignments/${id}/withdraw`, { version: sent.assignment.version });
    expect(res.status, res.body).toBe(200);
    expect(res.json.assignment.firstSubmittedAt).toBe(after.assignment.firstSubmittedAt);
    expect(res.json.submissions.map((s: { decision: string }) => s.decision)).toEqual([
      'returned',
      'withdrawn',
    ]);
    const progress = (await syt.get(`/api/v1/campaigns/${round.id}/progress?kind=report`)).json;
    expect(progress.totals).toMatchObject({ submitted: 1, onTime: 1 });
  });

  it('refuses once the standing agency has accepted it, and a stale version', async () => {
    const { id, after } = await sentReport();
    const accepted = await syt.post(`/api/v1/assignments/${id}/review`, {
      decision: 'accept',
      version: after.assignment.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    const res = await bchqs.post(`/api/v1/assignments/${id}/withdraw`, { version: after.assignment.version });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('not_withdrawable');
    expect(res.json.detail).toBe('Cơ quan thường trực đã tiếp nhận báo cáo này nên không rút lại được nữa.');
    expect((await detail(bchqs, id)).assignment.status).toBe('accepted');

    const other = await sentReport();
    const stale = await bchqs.post(`/api/v1/assignments/${other.id}/withdraw`, {
      version: other.after.assignment.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('version_conflict');
    expect((await detail(bchqs, other.id)).assignment.status).toBe('submitted');
  });

  it('is the owning unit’s alone: another unit, another province, and every other role are refused', async () => {
    const { id, after } = await sentReport();
    const body = { version: after.assignment.version };
    // Another unit of the province does not see it at all.
    const huonghoa = await suite.server.login('huonghoa');
    expect((await huonghoa.post(`/api/v1/assignments/${id}/withdraw`, body)).status).toBe(404);
    // Another province's unit officer and coordinator neither.
    for (const username of ['thuanan', 'bd-syt']) {
      const other = await suite.server.login(username);
      expect((await other.post(`/api/v1/assignments/${id}/withdraw`, body)).status, username).toBe(404);
    }
    // The standing agency sees it but may not take it back for the unit.
    const bySyt = await syt.post(`/api/v1/assignments/${id}/withdraw`, body);
    expect(bySyt.status).toBe(403);
    expect(bySyt.json.detail).toContain('rút lại');
    // Roles that never write reports.
    for (const username of ['admin', 'tdkt', 'lanhdao']) {
      const other = await suite.server.login(username);
      expect((await other.post(`/api/v1/assignments/${id}/withdraw`, body)).status, username).toBe(403);
    }
    expect((await suite.server.anon.post(`/api/v1/assignments/${id}/withdraw`, body)).status).toBe(401);
    const still = await detail(bchqs, id);
    expect(still.assignment).toMatchObject({ status: 'submitted', version: after.assignment.version });
    expect(await audits(id, 'assignment.withdrawn')).toBe(0);
  });
});

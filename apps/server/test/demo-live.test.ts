import { describe, expect, it } from 'vitest';
import { LIVE_DOC_NUMBER } from '../src/demo/demo-live.ts';
import { banner, type Server } from '../src/start.ts';
import { DIALECTS, useTestServer } from './harness.ts';
import { fullReport } from './rounds.ts';

/** The live demo round is dated from the day the demo is created, so a newcomer can act in it at once. */
describe.each(DIALECTS)('the live demo round (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  const liveRound = async () =>
    suite.server.db.kysely
      .selectFrom('campaigns')
      .selectAll()
      .where('doc_number', '=', LIVE_DOC_NUMBER)
      .where('doc_code', '=', 'KH-UBND')
      .executeTakeFirstOrThrow();

  it('is issued, has reports in and reports still due, nominations open and its conference ahead', async () => {
    const now = new Date().toISOString();
    const today = now.slice(0, 10);
    const round = await liveRound();
    expect(round.status).toBe('issued');
    expect(round.issued_at && round.issued_at < now).toBe(true);
    expect(round.report_deadline && round.report_deadline > now).toBe(true);
    expect(round.nomination_deadline && round.nomination_deadline > now).toBe(true);

    const db = suite.server.db.kysely;
    const reports = await db
      .selectFrom('assignments')
      .select(['status', 'deadline', 'first_submitted_at'])
      .where('campaign_id', '=', round.id)
      .where('kind', '=', 'report')
      .execute();
    const submitted = reports.filter((r) => r.first_submitted_at !== null);
    const pending = reports.filter((r) => r.first_submitted_at === null);
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    expect(submitted.every((r) => (r.first_submitted_at as string) < now)).toBe(true);
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(pending.every((r) => r.deadline !== null && r.deadline > now)).toBe(true);

    const nominations = await db
      .selectFrom('nominations')
      .select('status')
      .where('campaign_id', '=', round.id)
      .execute();
    expect(nominations.map((n) => n.status)).toContain('submitted');

    const conference = await db
      .selectFrom('conferences')
      .select('date')
      .where('campaign_id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(conference.date && conference.date > today).toBe(true);

    // Nothing of it happened later than now: the seed only plays up to yesterday.
    const audit = await db.selectFrom('audit_log').select('at').where('entity_id', '=', round.id).execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((a) => a.at < now)).toBe(true);
  });

  it('lets the demo unit account send its report on time and nominate on the first day', async () => {
    const round = await liveRound();
    const bchqs = await suite.server.login('bchqs');
    const mine = (await bchqs.get('/api/v1/assignments')).json.items as Array<{
      id: string;
      kind: string;
      campaignId: string;
    }>;
    const report = mine.find((a) => a.campaignId === round.id && a.kind === 'report');
    expect(report).toBeTruthy();
    const detail = (await bchqs.get(`/api/v1/assignments/${report?.id}`)).json;
    const sent = await bchqs.post(
      `/api/v1/assignments/${report?.id}/submit`,
      { version: detail.draft.version, content: fullReport(detail.outline) },
      { 'idempotency-key': 'live-demo-bchqs-1' },
    );
    expect(sent.status, sent.body).toBe(200);
    expect(sent.json.submission.onTime).toBe(true);

    const view = (await bchqs.get(`/api/v1/campaigns/${round.id}`)).json;
    const group = view.plan.awardGroups[0];
    const created = await bchqs.post(`/api/v1/campaigns/${round.id}/nominations`, {
      awardGroupId: group.id,
      nomineeKind: 'collective',
      name: 'Ban Chỉ huy Quân sự huyện Hướng Hóa',
      achievement: 'Phối hợp phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết.',
    });
    expect(created.status, created.body).toBe(201);
    const submitted = await bchqs.post(`/api/v1/nominations/${created.json.id}/submit`, {
      version: created.json.version,
    });
    expect(submitted.status, submitted.body).toBe(200);
    expect(submitted.json.status).toBe('submitted');
  });

  it('lets the standing agency remind the overdue districts, review a report and check a delegate in on the first day', async () => {
    const round = await liveRound();
    const syt = await suite.server.login('syt');
    // Hướng Hóa and Đakrông have not sent yesterday's quick figures: đôn đốc reaches both.
    const reminded = await syt.post(`/api/v1/campaigns/${round.id}/remind`, undefined, {
      'idempotency-key': 'live-demo-remind-1',
    });
    expect(reminded.status, reminded.body).toBe(200);
    expect(reminded.json.units).toBe(2);
    const huonghoa = await suite.server.login('huonghoa');
    const notices = (await huonghoa.get('/api/v1/notifications')).json.items as Array<{ subject: string }>;
    expect(notices.some((n) => /đôn đốc|quá hạn/i.test(n.subject))).toBe(true);
    // …and Hướng Hóa can still send them, late.
    const quick = (
      (await huonghoa.get('/api/v1/assignments')).json.items as Array<{
        id: string;
        kind: string;
        campaignId: string;
      }>
    ).find((a) => a.campaignId === round.id && a.kind === 'other');
    const detail = (await huonghoa.get(`/api/v1/assignments/${quick?.id}`)).json;
    const late = await huonghoa.post(
      `/api/v1/assignments/${quick?.id}/submit`,
      {
        version: detail.draft.version,
        content: { sections: {}, indicators: {}, body: '<p>Ghi nhận 52 ca mắc sốt xuất huyết.</p>' },
      },
      { 'idempotency-key': 'live-demo-huonghoa-quick' },
    );
    expect(late.status, late.body).toBe(200);
    expect(late.json.submission.onTime).toBe(false);

    // A report waiting for review is accepted.
    const waiting = (
      (await syt.get(`/api/v1/campaigns/${round.id}/assignments`)).json.items as Array<{
        id: string;
        kind: string;
        status: string;
      }>
    ).find((a) => a.kind === 'report' && a.status === 'submitted');
    expect(waiting).toBeTruthy();
    const current = (await syt.get(`/api/v1/assignments/${waiting?.id}`)).json;
    const reviewed = await syt.post(`/api/v1/assignments/${waiting?.id}/review`, {
      decision: 'accept',
      comment: '',
      version: current.assignment.version,
    });
    expect(reviewed.status, reviewed.body).toBe(200);

    // A delegate invited yesterday is checked in at the door.
    const delegates = (await syt.get(`/api/v1/campaigns/${round.id}/conference/delegates`)).json
      .items as Array<{ id: string; checkedInAt: string | null }>;
    const delegate = delegates.find((d) => d.checkedInAt === null);
    expect(delegate).toBeTruthy();
    const checked = await syt.post(
      `/api/v1/campaigns/${round.id}/conference/delegates/${delegate?.id}/checkin`,
    );
    expect(checked.status, checked.body).toBe(200);
  });

  it('is announced with what each demo account can do in it', () => {
    const text = banner({
      url: 'http://localhost:3000',
      db: { dialect: 'sqlite', location: 'tongket.db' },
      demo: true,
      seeded: true,
    } as unknown as Server);
    expect(text).toContain('một đợt đang diễn ra');
    expect(text).toMatch(/bchqs\s+unit\s+Lê Quang Quân — đợt đang diễn ra: nộp báo cáo/);
    expect(text).toMatch(/syt\s+coordinator\s+Phạm Văn Y — đợt đang diễn ra: đôn đốc/);
  });
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UnitDirectory } from '../src/kernel/unit-directory.ts';
import { runDueReminders } from '../src/modules/assignments/index.ts';
import { DIALECTS, useTestServer } from './harness.ts';
import { fullReport, issueTestRound } from './rounds.ts';

const DAY_MS = 86_400_000;

/** The rules that read "now" (on time, overdue, reminders, closing) read it from the server's clock. */
describe.each(DIALECTS)('the server clock decides deadlines, reminders and closing (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  const start = Date.parse('2031-03-02T01:00:00.000Z');

  beforeAll(() => suite.server.clock.set(start));
  afterEach(() => suite.server.clock.set(start));

  async function reportsOf(roundId: string) {
    const rows = await suite.server.db.kysely
      .selectFrom('assignments as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.id', 'u.code', 'a.deadline'])
      .where('a.campaign_id', '=', roundId)
      .where('a.kind', '=', 'report')
      .execute();
    return new Map(rows.map((r) => [r.code, r]));
  }

  it('counts a report handed in exactly at its deadline as on time, and one a millisecond later as late', async () => {
    const syt = await suite.server.login('syt');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA', 'QT-GIOLINH'],
      deadlineInDays: 4,
      name: 'Đợt thử hạn nộp',
    });
    const reports = await reportsOf(round.id);
    const deadline = Date.parse(reports.get('QT-BCHQS')?.deadline as string);
    expect(deadline).toBe(start + 4 * DAY_MS);
    const progress = async () => (await syt.get(`/api/v1/campaigns/${round.id}/progress`)).json.totals;

    const submit = async (username: string, code: string) => {
      const client = await suite.server.login(username);
      const id = reports.get(code)?.id as string;
      const d = (await client.get(`/api/v1/assignments/${id}`)).json;
      const res = await client.post(
        `/api/v1/assignments/${id}/submit`,
        { version: d.draft.version, content: fullReport(d.outline) },
        { 'idempotency-key': `clock-${code}` },
      );
      expect(res.status, res.body).toBe(200);
      return res.json.submission;
    };

    suite.server.clock.set(deadline);
    const onTime = await submit('bchqs', 'QT-BCHQS');
    expect(onTime.submittedAt).toBe(new Date(deadline).toISOString());
    expect(onTime.onTime).toBe(true);
    // At the deadline itself nothing is overdue yet.
    expect(await progress()).toMatchObject({ submitted: 1, onTime: 1, overdue: 0 });

    suite.server.clock.set(deadline + 1);
    const late = await submit('huonghoa', 'QT-HUONGHOA');
    expect(late.onTime).toBe(false);
    // One millisecond later Gio Linh's report (never handed in) is overdue, and so is the speech.
    expect(await progress()).toMatchObject({ submitted: 2, onTime: 1, late: 1, overdue: 2 });
  });

  it('sends a reminder rule exactly once, when its time comes', async () => {
    const syt = await suite.server.login('syt');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-CAMLO'],
      deadlineInDays: 10,
      name: 'Đợt thử nhắc hạn',
    });
    const report = (await reportsOf(round.id)).get('QT-CAMLO');
    const deadline = Date.parse(report?.deadline as string);
    const db = suite.server.db.kysely;
    const tree = await new UnitDirectory(db).current();
    const sent = async () =>
      (
        await db
          .selectFrom('outbox')
          .select(['dedupe_key', 'created_at'])
          .where('dedupe_key', 'like', `reminder:${report?.id}:%`)
          .execute()
      ).map((r) => [r.dedupe_key.split(':')[2], r.created_at]);

    // "before:3" comes due three days before the deadline, not a millisecond earlier.
    const dueAt = deadline - 3 * DAY_MS;
    suite.server.clock.set(dueAt - 1);
    await runDueReminders(db, tree);
    expect(await sent()).toEqual([]);
    suite.server.clock.set(dueAt);
    await runDueReminders(db, tree);
    const once = [['before', new Date(dueAt).toISOString()]];
    expect(await sent()).toEqual(once);
    // Checking again, now or an hour on, sends nothing more.
    await runDueReminders(db, tree);
    suite.server.clock.advance(3_600_000);
    await runDueReminders(db, tree);
    expect(await sent()).toEqual(once);
  });

  it('closes a round at the time of the clock and records it so', async () => {
    const syt = await suite.server.login('syt');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-DAKRONG'],
      deadlineInDays: 2,
      name: 'Đợt thử kết thúc',
    });
    const closeAt = start + 9 * DAY_MS + 1234;
    suite.server.clock.set(closeAt);
    const res = await syt.post(`/api/v1/campaigns/${round.id}/close`, { version: round.version });
    expect(res.status, res.body).toBe(200);
    expect(res.json.status).toBe('closed');
    const db = suite.server.db.kysely;
    const row = await db
      .selectFrom('campaigns')
      .select('closed_at')
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(row.closed_at).toBe(new Date(closeAt).toISOString());
    const audit = await db
      .selectFrom('audit_log')
      .select('at')
      .where('entity_id', '=', round.id)
      .where('action', '=', 'campaign.closed')
      .executeTakeFirstOrThrow();
    expect(audit.at).toBe(new Date(closeAt).toISOString());
    // A closed round is never reminded, even when its reminders come due.
    suite.server.clock.set(start + DAY_MS);
    await runDueReminders(db, await new UnitDirectory(db).current());
    const reminded = await db
      .selectFrom('outbox')
      .select('id')
      .where('campaign_id', '=', round.id)
      .where('kind', '=', 'reminder')
      .execute();
    expect(reminded).toEqual([]);
  });
});

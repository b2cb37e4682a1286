import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';

/**
 * A round's progress while its units send and take back reports in quick succession: with a burst
 * threshold of 2 changes a second, readers share one answer for up to a second, marked `behind`
 * once a change came in after it. Whatever the machine's speed, an answer is exact unless it says
 * it is behind, whoever made a change sees it at once, and the readers catch up once the burst ends.
 */
describe.each(DIALECTS)('a round’s progress during a burst of changes (%s)', (dialect) => {
  const suite = useTestServer(dialect, { config: { progressBurstChanges: 2 } });
  let syt: Client;
  let bchqs: Client;
  let lanhdao: Client;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    lanhdao = await suite.server.login('lanhdao');
  });

  it('answers exactly unless it says it is behind, shows each writer their own change, and catches up', async () => {
    const round = await issueTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    const path = `/api/v1/campaigns/${round.id}/progress?kind=report`;
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const detail = (await bchqs.get(`/api/v1/assignments/${mine.id}`)).json;
    const content = fullReport(detail.outline);
    expect((await lanhdao.get(path)).json.totals.submitted).toBe(0);

    let behindSeen = 0;
    const leaderSees = async (submitted: number) => {
      const answer = await lanhdao.get(path);
      expect(answer.status, answer.body).toBe(200);
      if (answer.json.behind === true) {
        behindSeen += 1;
        expect([0, 1]).toContain(answer.json.totals.submitted);
      } else {
        expect(answer.json).not.toHaveProperty('behind');
        expect(answer.json.totals.submitted).toBe(submitted);
      }
    };
    let version = detail.assignment.version;
    let draftVersion = detail.draft.version;
    for (let i = 0; i < 6; i++) {
      const sent = await bchqs.post(
        `/api/v1/assignments/${mine.id}/submit`,
        { version: draftVersion, content },
        { 'idempotency-key': `loat-${dialect}-${i}-${round.id}` },
      );
      expect(sent.status, sent.body).toBe(200);
      version = sent.json.assignment.version;
      // Who sent it sees it sent, at once: the server knows them from the submission's event.
      const own = (await bchqs.get(path)).json;
      expect(own.totals.submitted).toBe(1);
      expect(own).not.toHaveProperty('behind');
      await leaderSees(1);
      const back = await bchqs.post(`/api/v1/assignments/${mine.id}/withdraw`, { version });
      expect(back.status, back.body).toBe(200);
      version = back.json.assignment.version;
      draftVersion = back.json.draft.version;
      expect((await bchqs.get(path)).json.totals.submitted).toBe(0);
      await leaderSees(0);
    }
    // The last change is a withdrawal; once the burst is over the leader's answer is exact again.
    const deadline = Date.now() + 30_000;
    let last = (await lanhdao.get(path)).json;
    while (last.behind === true && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      last = (await lanhdao.get(path)).json;
    }
    expect(last).not.toHaveProperty('behind');
    expect(last.totals).toMatchObject({ expected: 1, submitted: 0 });
    // With or without shared answers (a slow machine may never see a burst), never more than
    // every other read was served behind.
    expect(behindSeen).toBeLessThanOrEqual(12);
  });
});

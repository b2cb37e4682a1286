import { describe, expect, it } from 'vitest';
import type { Response } from './harness.ts';
import { DIALECTS, useTestServer } from './harness.ts';
import { conferenceSaveBody, draftTestRound, fullReport, issueTestRound } from './rounds.ts';

/**
 * Every state change is a conditional update on the state or version it started from: fired 20
 * times at once, exactly one request wins, the others are refused (409) or told it was already
 * done, and what the change counts (rows, audit entries) is counted once. On both databases.
 */
const PARALLEL = 20;

async function race(fire: (i: number) => Promise<Response>): Promise<Response[]> {
  return Promise.all(Array.from({ length: PARALLEL }, (_, i) => fire(i)));
}

function oneWinner(answers: Response[], loser = 409): void {
  const won = answers.filter((a) => a.status >= 200 && a.status < 300);
  expect(won, JSON.stringify(answers.map((a) => [a.status, a.json?.code]))).toHaveLength(1);
  for (const a of answers) {
    if (a.status >= 300) {
      expect(a.status, a.body).toBe(loser);
      expect(a.json?.detail, a.body).toMatch(/\p{L}/u);
    }
  }
}

describe.each(DIALECTS)('every state change holds under 20 parallel requests (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  const audits = async (entityId: string, action: string) =>
    (
      await suite.server.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('entity_id', '=', entityId)
        .where('action', '=', action)
        .execute()
    ).length;

  it('issues a plan once: one number taken, one set of assignments, one audit entry', async () => {
    const syt = await suite.server.login('syt');
    const round = await draftTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: 5,
    });
    const answers = await race((i) =>
      syt.post(`/api/v1/campaigns/${round.id}/issue`, {
        version: round.version,
        docNumber: String(8100 + i),
        docDate: round.docDate,
      }),
    );
    oneWinner(answers);
    const assignments = await suite.server.db.kysely
      .selectFrom('assignments')
      .select('id')
      .where('campaign_id', '=', round.id)
      .execute();
    // A report for each of the two units and the first one's speech.
    expect(assignments).toHaveLength(3);
    expect(await audits(round.id, 'campaign.issued')).toBe(1);
  });

  it('saves a draft, submits, accepts and extends once each', async () => {
    const syt = await suite.server.login('syt');
    const bchqs = await suite.server.login('bchqs');
    const round = await issueTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const detail = async () => (await bchqs.get(`/api/v1/assignments/${mine.id}`)).json;
    const d = await detail();
    const content = fullReport(d.outline);

    oneWinner(
      await race(() =>
        bchqs.request('PUT', `/api/v1/assignments/${mine.id}/draft`, { version: d.draft.version, content }),
      ),
    );
    expect((await detail()).draft.version).toBe(d.draft.version + 1);

    const before = await detail();
    oneWinner(
      await race((i) =>
        bchqs.post(
          `/api/v1/assignments/${mine.id}/submit`,
          { version: before.draft.version, content },
          { 'idempotency-key': `nop-cung-luc-${String(i).padStart(4, '0')}` },
        ),
      ),
    );
    const submitted = await detail();
    expect(submitted.submissions).toHaveLength(1);
    expect(submitted.assignment.status).toBe('submitted');

    oneWinner(
      await race(() =>
        syt.post(`/api/v1/assignments/${mine.id}/review`, {
          decision: 'accept',
          version: submitted.assignment.version,
        }),
      ),
    );
    expect((await detail()).assignment.status).toBe('accepted');
    expect(await audits(mine.id, 'assignment.accepted')).toBe(1);

    const extendable = (await syt.get(`/api/v1/assignments/${mine.id}`)).json.assignment;
    const answers = await race((i) =>
      syt.patch(`/api/v1/assignments/${mine.id}`, {
        previousDeadline: extendable.deadline,
        deadline: new Date(Date.parse(extendable.deadline) + (i + 1) * 86_400_000).toISOString(),
      }),
    );
    oneWinner(answers);
  });

  it('a withdrawal racing an acceptance: one of them happens, the other is refused in words, every time', async () => {
    const syt = await suite.server.login('syt');
    const bchqs = await suite.server.login('bchqs');
    const outcomes = { withdrawn: 0, accepted: 0 };
    let mine: { id: string } | undefined;
    for (let i = 0; i < 12; i++) {
      if (!mine) {
        const round = await issueTestRound(suite.server, syt, {
          reportUnits: ['QT-BCHQS'],
          deadlineInDays: 5,
        });
        mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
          (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
        );
      }
      const id = (mine as { id: string }).id;
      const d = (await bchqs.get(`/api/v1/assignments/${id}`)).json;
      const sent = await bchqs.post(
        `/api/v1/assignments/${id}/submit`,
        { version: d.draft.version, content: fullReport(d.outline) },
        { 'idempotency-key': `rut-hay-nhan-${String(i).padStart(4, '0')}` },
      );
      expect(sent.status, sent.body).toBe(200);
      const version = sent.json.assignment.version;
      const fire = {
        withdraw: () => bchqs.post(`/api/v1/assignments/${id}/withdraw`, { version }),
        accept: () => syt.post(`/api/v1/assignments/${id}/review`, { decision: 'accept', version }),
      };
      // Each goes first in turn (SQLite runs one transaction at a time: the first one sent tends to win).
      const [withdraw, accept]: Response[] =
        i % 2 === 0
          ? await Promise.all([fire.withdraw(), fire.accept()])
          : await Promise.all([fire.accept(), fire.withdraw()]).then(([a, w]) => [w, a]);
      if (!withdraw || !accept) throw new Error('two answers expected');
      oneWinner([withdraw, accept]);
      const after = (await syt.get(`/api/v1/assignments/${id}`)).json;
      const seq = sent.json.submission.seq;
      const last = after.submissions.find((s: { seq: number }) => s.seq === seq);
      if (withdraw.status === 200) {
        outcomes.withdrawn++;
        expect(accept.json.code, accept.body).toBe('not_awaiting_review');
        expect(after.assignment.status).toBe('in_progress');
        expect(last.decision).toBe('withdrawn');
      } else {
        outcomes.accepted++;
        expect(withdraw.json.code, withdraw.body).toBe('not_withdrawable');
        expect(after.assignment.status).toBe('accepted');
        expect(last.decision).toBe('accepted');
        mine = undefined;
      }
      // One entry for what happened, none for what was refused.
      const entries = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', id)
        .where('action', 'in', ['assignment.withdrawn', 'assignment.accepted'])
        .execute();
      expect(entries.length).toBe(
        after.submissions.filter(
          (s: { decision: string | null }) => s.decision !== null && s.decision !== 'returned',
        ).length,
      );
    }
    expect(outcomes.withdrawn + outcomes.accepted).toBe(12);
  });

  it('closes a round once', async () => {
    const syt = await suite.server.login('syt');
    const round = await issueTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    oneWinner(await race(() => syt.post(`/api/v1/campaigns/${round.id}/close`, { version: round.version })));
    expect(await audits(round.id, 'campaign.closed')).toBe(1);
  });

  it('saves the conference and its budget once per version', async () => {
    const syt = await suite.server.login('syt');
    const plan = (await syt.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '3150/KH-UBND',
    );
    const base = `/api/v1/campaigns/${plan.id}/conference`;
    const conference = (await syt.get(base)).json;
    const body = conferenceSaveBody(conference);
    oneWinner(await race((i) => syt.request('PUT', base, { ...body, venue: `Hội trường số ${i + 1}` })));
    expect((await syt.get(base)).json.version).toBe(conference.version + 1);

    const budget = (await syt.get(`${base}/budget`)).json;
    const lines = budget.lines.map((l: { item: string; source: string; planned: number | null }) => ({
      item: l.item,
      source: l.source,
      planned: l.planned,
    }));
    oneWinner(
      await race((i) =>
        syt.request('PUT', `${base}/budget`, {
          version: budget.version,
          lines: [
            ...lines,
            { item: `Khoản thêm ${i + 1}`, source: 'Nguồn thi đua, khen thưởng tỉnh', planned: 1_000_000 },
          ],
        }),
      ),
    );
    const after = (await syt.get(`${base}/budget`)).json;
    expect(after.version).toBe(budget.version + 1);
    expect(after.lines).toHaveLength(lines.length + 1);
  });

  it('returns a report once: one decision, one notice, one audit entry', async () => {
    const syt = await suite.server.login('syt');
    const bchqs = await suite.server.login('bchqs');
    const round = await issueTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const d = (await bchqs.get(`/api/v1/assignments/${mine.id}`)).json;
    const sent = await bchqs.post(
      `/api/v1/assignments/${mine.id}/submit`,
      { version: d.draft.version, content: fullReport(d.outline) },
      { 'idempotency-key': 'tra-lai-cung-luc-1' },
    );
    expect(sent.status, sent.body).toBe(200);
    const submitted = (await syt.get(`/api/v1/assignments/${mine.id}`)).json.assignment;
    oneWinner(
      await race((i) =>
        syt.post(`/api/v1/assignments/${mine.id}/review`, {
          decision: 'return',
          comment: `Đề nghị bổ sung số liệu mục I (lần ${i + 1}).`,
          version: submitted.version,
        }),
      ),
    );
    expect((await syt.get(`/api/v1/assignments/${mine.id}`)).json.assignment.status).toBe('returned');
    expect(await audits(mine.id, 'assignment.returned')).toBe(1);
    const notices = await suite.server.db.kysely
      .selectFrom('outbox')
      .select('id')
      .where('campaign_id', '=', round.id)
      .where('kind', '=', 'report_returned')
      .execute();
    expect(notices).toHaveLength(1);
  });

  it('invites each delegate once, and checks a delegate in once', async () => {
    const syt = await suite.server.login('syt');
    const plan = (await syt.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '3150/KH-UBND',
    );
    const base = `/api/v1/campaigns/${plan.id}/conference`;
    const added: string[] = [];
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) {
      const res = await syt.post(`${base}/delegates`, { name, unitName: 'Sở Y tế' });
      expect(res.status, res.body).toBe(201);
      added.push(res.json.id);
    }
    // "Mời những người chưa được mời", clicked 20 times at once with different keys: every new
    // delegate gets exactly one link, one message and one audit entry between them.
    const answers = await race((i) =>
      syt.post(
        `${base}/invitations`,
        {},
        { 'idempotency-key': `moi-cung-luc-${String(i).padStart(4, '0')}` },
      ),
    );
    for (const a of answers) expect(a.status, a.body).toBe(200);
    const linked = answers.flatMap((a) => a.json.links.map((l: { delegateId: string }) => l.delegateId));
    expect(linked.sort()).toEqual([...added].sort());
    const invitedAudits = await suite.server.db.kysely
      .selectFrom('audit_log')
      .select('after_json')
      .where('action', '=', 'conference.invited')
      .execute();
    const invitedIn = invitedAudits.flatMap(
      (r) => (JSON.parse(String(r.after_json)).delegates as string[]) ?? [],
    );
    for (const id of added) expect(invitedIn.filter((x) => x === id)).toHaveLength(1);

    // The same key 20 times: one batch, the same answer to every request.
    const more = await syt.post(`${base}/delegates`, { name: 'Phạm Văn Dũng', unitName: 'Sở Y tế' });
    const again = await race(() =>
      syt.post(`${base}/invitations`, {}, { 'idempotency-key': 'moi-mot-lan-0001' }),
    );
    for (const a of again) expect(a.status, a.body).toBe(200);
    const links = new Set(again.flatMap((a) => a.json.links.map((l: { path: string }) => l.path)));
    expect(links.size).toBe(1);
    expect(again.every((a) => a.json.invited === 1)).toBe(true);
    expect(again.filter((a) => a.json.repeated === false).length).toBe(1);
    const delegate = more.json.id as string;

    oneWinner(await race(() => syt.post(`${base}/delegates/${delegate}/checkin`)));
    expect(await audits(delegate, 'conference.checked_in')).toBe(1);
  });

  it('moves units once the tree is theirs: two units never end up under each other', async () => {
    const made = async (code: string) =>
      (
        await suite.admin.post('/api/v1/units', {
          code,
          name: `Đơn vị thử ${code}`,
          kind: 'other',
          parentId: (await suite.admin.get('/api/v1/units?q=QT')).json.items[0].id,
        })
      ).json as { id: string; version: number };
    const a = await made('QT-SONGSONG-A');
    const b = await made('QT-SONGSONG-B');
    // Half the requests put A under B, half B under A, each decided on the tree as it stood.
    const answers = await race((i) =>
      i % 2 === 0
        ? suite.admin.patch(`/api/v1/units/${a.id}`, { version: a.version, parentId: b.id })
        : suite.admin.patch(`/api/v1/units/${b.id}`, { version: b.version, parentId: a.id }),
    );
    const won = answers.filter((r) => r.status === 200);
    expect(won, JSON.stringify(answers.map((r) => [r.status, r.json?.code]))).toHaveLength(1);
    for (const r of answers) {
      if (r.status !== 200) expect([400, 409], r.body).toContain(r.status);
    }
    const parents = new Map(
      (
        await suite.server.db.kysely
          .selectFrom('units')
          .select(['id', 'parent_id'])
          .where('id', 'in', [a.id, b.id])
          .execute()
      ).map((u) => [u.id, u.parent_id]),
    );
    expect(parents.get(a.id) === b.id && parents.get(b.id) === a.id).toBe(false);
  });
});

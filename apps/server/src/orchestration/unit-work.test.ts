import type { UnitTask, UnitWork } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { draftTestRound, fullReport, issueAwardRound, issueTestRound } from '../../test/rounds.ts';

let numbers = 8900;

/**
 * The unit's home: what its own unit still has to do, each report with what the submit rule would
 * still refuse it for — checked against the 422 that rule answers — and nothing of another unit's.
 */
describe.each(DIALECTS)('the unit’s home: its tasks and what is missing (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  let huonghoa: Client;
  let plain: { id: string };
  let signed: { id: string };

  const work = async (client: Client): Promise<UnitWork> => {
    const res = await client.get('/api/v1/home/unit');
    expect(res.status, res.body).toBe(200);
    return res.json;
  };
  const taskOf = (w: UnitWork, roundId: string, kind: string) =>
    w.tasks.find((t) => t.campaignId === roundId && t.kind === kind) as UnitTask;
  const detailOf = async (client: Client, id: string) => (await client.get(`/api/v1/assignments/${id}`)).json;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    huonghoa = await suite.server.login('huonghoa');
    plain = await issueTestRound(suite.server, syt, {
      name: 'Đợt thử việc của đơn vị',
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: 5,
    });
    const draft = await draftTestRound(suite.server, syt, {
      name: 'Đợt thử báo cáo ký số',
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: -2,
    });
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { signedReports: true },
    });
    expect(saved.status, saved.body).toBe(200);
    const issued = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: String(numbers++),
      docDate: draft.docDate,
    });
    expect(issued.status, issued.body).toBe(200);
    signed = { id: draft.id };
  });

  it('answers the units (and coordinators, for their own unit) only', async () => {
    for (const username of ['tdkt', 'lanhdao', 'hethong', 'admin', 'bd-admin']) {
      const client = await suite.server.login(username);
      const res = await client.get('/api/v1/home/unit');
      expect(res.status, username).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    expect((await suite.server.anon.get('/api/v1/home/unit')).status).toBe(401);
    const own = await work(bchqs);
    expect(own.unitId).toBe(await suite.server.unitId('QT-BCHQS'));
    expect(own.unitName).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect((await work(syt)).unitId).toBe(await suite.server.unitId('QT-SYT'));
  });

  it('lists only its own unit’s open tasks, invitations and drafts — never another unit’s or province’s', async () => {
    const db = suite.server.db.kysely;
    for (const [client, code] of [
      [bchqs, 'QT-BCHQS'],
      [huonghoa, 'QT-HUONGHOA'],
      [await suite.server.login('thuanan'), 'BD-THUANAN'],
    ] as const) {
      const unitId = await suite.server.unitId(code);
      const answer = await work(client);
      // Row by row from the tables: the unit's own assignments, open, in issued rounds.
      const expected = await db
        .selectFrom('assignments as a')
        .innerJoin('campaigns as c', 'c.id', 'a.campaign_id')
        .select('a.id')
        .where('a.unit_id', '=', unitId)
        .where('c.status', '=', 'issued')
        .where('a.status', '!=', 'accepted')
        .where('a.kind', 'in', ['report', 'speech', 'media', 'other'])
        .execute();
      expect(answer.tasks.map((t) => t.assignmentId).sort(), code).toEqual(expected.map((r) => r.id).sort());
      const delegates = await db
        .selectFrom('conference_delegates as d')
        .innerJoin('conferences as f', 'f.id', 'd.conference_id')
        .innerJoin('campaigns as c', 'c.id', 'f.campaign_id')
        .select(['d.name'])
        .where('d.unit_id', '=', unitId)
        .where('d.invited_at', 'is not', null)
        .where('d.rsvp_status', '=', 'pending')
        .where('c.status', '=', 'issued')
        .execute();
      expect(answer.invitations.flatMap((i) => i.delegates).sort(), code).toEqual(
        delegates.map((d) => d.name).sort(),
      );
      expect(answer.invitations.reduce((n, i) => n + i.unanswered, 0)).toBe(delegates.length);
    }
    // The demo invited a delegate of each Quảng Trị unit: a Bình Dương unit sees none of it.
    expect((await work(bchqs)).invitations.length).toBeGreaterThan(0);
    const thuanan = await work(await suite.server.login('thuanan'));
    expect(thuanan.tasks.some((t) => t.campaignId === plain.id || t.campaignId === signed.id)).toBe(false);
    expect(thuanan.invitations).toEqual([]);
  });

  it('names what is missing exactly as the submit rule refuses it, and the signed PDF the plan asks for', async () => {
    const mine = taskOf(await work(bchqs), signed.id, 'report');
    const detail = await detailOf(bchqs, mine.assignmentId);
    // Half the report written: the first required section and the first required indicator left out.
    const full = fullReport(detail.outline);
    const leftSection = Object.keys(full.sections)[0] as string;
    const leftIndicator = Object.keys(full.indicators)[0] as string;
    delete full.sections[leftSection];
    delete full.indicators[leftIndicator];
    const saved = await bchqs.request('PUT', `/api/v1/assignments/${mine.assignmentId}/draft`, {
      version: detail.draft.version,
      content: full,
    });
    expect(saved.status, saved.body).toBe(200);
    const refused = await bchqs.post(`/api/v1/assignments/${mine.assignmentId}/submit`, {});
    expect(refused.status).toBe(422);

    const task = taskOf(await work(bchqs), signed.id, 'report');
    expect(task.missing.sections).toEqual(refused.json.missing);
    expect(task.missing.indicators).toEqual(refused.json.missingIndicators);
    expect(task.missing.sections.length + task.missing.indicators.length).toBeGreaterThan(0);
    expect(task.missing.sections.map((s) => s.sectionId)).toContain(leftSection);
    expect(task.status).toBe('in_progress');
    expect(task.signedReportRequired).toBe(true);
    expect(task.signedReportAttached).toBe(false);
    // The deadline passed two days ago: it comes before the plain round's report, due in five days.
    const order = (await work(bchqs)).tasks.map((t) => t.assignmentId);
    expect(order.indexOf(task.assignmentId)).toBeLessThan(
      order.indexOf(taskOf(await work(bchqs), plain.id, 'report').assignmentId),
    );

    // Written in full, the report still waits for the signed PDF — the rule's next refusal.
    const again = await detailOf(bchqs, mine.assignmentId);
    await bchqs.request('PUT', `/api/v1/assignments/${mine.assignmentId}/draft`, {
      version: again.draft.version,
      content: fullReport(again.outline),
    });
    const unsigned = await bchqs.get(`/api/v1/campaigns/${signed.id}/documents/plan.pdf`);
    expect(unsigned.status).toBe(200);
    const up = await bchqs.upload(
      `/api/v1/assignments/${mine.assignmentId}/attachments`,
      unsigned.raw,
      'Báo cáo chưa ký.pdf',
    );
    expect(up.status, up.body).toBe(201);
    const noSignature = await bchqs.post(`/api/v1/assignments/${mine.assignmentId}/submit`, {});
    expect(noSignature.status).toBe(422);
    expect(noSignature.json.code).toBe('signed_report_required');
    const written = taskOf(await work(bchqs), signed.id, 'report');
    expect(written.missing).toEqual({ sections: [], indicators: [], other: [] });
    expect(written.signedReportAttached).toBe(false);

    // A speech with nothing written asks for its text or a file, as the rule does.
    const speech = taskOf(await work(bchqs), plain.id, 'speech');
    const refusedSpeech = await bchqs.post(`/api/v1/assignments/${speech.assignmentId}/submit`, {});
    expect(refusedSpeech.status).toBe(422);
    expect(speech.missing.other.map((m) => m.vi)).toEqual(['nội dung tham luận (hoặc tệp đính kèm)']);
    expect(refusedSpeech.body).toContain('nội dung tham luận (hoặc tệp đính kèm)');
  });

  it('follows a report through sent, returned with the reviewer’s comment, sent again and withdrawn', async () => {
    const report = taskOf(await work(huonghoa), plain.id, 'report');
    const detail = await detailOf(huonghoa, report.assignmentId);
    const sent = await huonghoa.post(`/api/v1/assignments/${report.assignmentId}/submit`, {
      version: detail.draft.version,
      content: fullReport(detail.outline),
    });
    expect(sent.status, sent.body).toBe(200);
    const waiting = taskOf(await work(huonghoa), plain.id, 'report');
    expect(waiting.status).toBe('submitted');
    expect(waiting.lastSubmittedAt).toBe(
      (await detailOf(huonghoa, report.assignmentId)).assignment.lastSubmittedAt,
    );
    expect(waiting.lastSubmittedAt).toBeTruthy();
    expect(waiting.missing).toEqual({ sections: [], indicators: [], other: [] });
    // The other unit's home does not change.
    expect((await work(bchqs)).tasks.some((t) => t.assignmentId === report.assignmentId)).toBe(false);

    const seen = await detailOf(syt, report.assignmentId);
    const returned = await syt.post(`/api/v1/assignments/${report.assignmentId}/review`, {
      decision: 'return',
      comment: 'Bổ sung số liệu mục II.',
      version: seen.assignment.version,
    });
    expect(returned.status, returned.body).toBe(200);
    const back = await work(huonghoa);
    expect(back.tasks[0]?.assignmentId).toBe(report.assignmentId);
    expect(back.tasks[0]?.status).toBe('returned');
    expect(back.tasks[0]?.reviewComment).toBe('Bổ sung số liệu mục II.');

    const resent = await huonghoa.post(`/api/v1/assignments/${report.assignmentId}/submit`, {});
    expect(resent.status, resent.body).toBe(200);
    const now = await detailOf(huonghoa, report.assignmentId);
    const withdrawn = await huonghoa.post(`/api/v1/assignments/${report.assignmentId}/withdraw`, {
      version: now.assignment.version,
    });
    expect(withdrawn.status, withdrawn.body).toBe(200);
    const after = taskOf(await work(huonghoa), plain.id, 'report');
    expect(after.status).toBe('in_progress');
    expect(after.withdrawn).toBe(true);
    expect(after.reviewComment).toBeNull();
    // Accepted, it leaves the list.
    await huonghoa.post(`/api/v1/assignments/${report.assignmentId}/submit`, {});
    const last = await detailOf(syt, report.assignmentId);
    const accepted = await syt.post(`/api/v1/assignments/${report.assignmentId}/review`, {
      decision: 'accept',
      version: last.assignment.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    expect((await work(huonghoa)).tasks.some((t) => t.assignmentId === report.assignmentId)).toBe(false);
  });

  it('counts the unit’s unsent nominations per round, not another unit’s', async () => {
    const round = await issueAwardRound(suite.server, syt, { nominationInDays: 5 });
    const before = (await work(bchqs)).nominations.find((n) => n.campaignId === round.id);
    expect(before).toBeUndefined();
    for (const name of ['Ban Tham mưu', 'Ban Chính trị']) {
      const res = await bchqs.post(`/api/v1/campaigns/${round.id}/nominations`, {
        awardGroupId: round.collectives,
        nomineeKind: 'collective',
        name,
      });
      expect(res.status, res.body).toBe(201);
    }
    const mine = (await work(bchqs)).nominations.find((n) => n.campaignId === round.id);
    expect(mine).toMatchObject({ drafts: 2, quotaRefused: 0 });
    expect(mine?.nominationDeadline).toBeTruthy();
    expect((await work(huonghoa)).nominations.find((n) => n.campaignId === round.id)).toBeUndefined();
  });
});

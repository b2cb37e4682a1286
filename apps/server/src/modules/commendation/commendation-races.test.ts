import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type Response, useTestServer } from '../../../test/harness.ts';
import { issueAwardRound } from '../../../test/rounds.ts';

/** How many requests each race fires at once. */
const PARALLEL = 20;

interface NominationAnswer {
  id: string;
  version: number;
  status: string;
}

/** Fires `PARALLEL` requests at once and sorts them into the winner and the refused. */
async function race(fire: (i: number) => Promise<Response>) {
  const results = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => fire(i)));
  const won = results.filter((r) => r.status >= 200 && r.status < 300);
  const lost = results.filter((r) => r.status < 200 || r.status >= 300);
  return { won, lost, results };
}

/** Exactly one winner; every other request a 409 with a Vietnamese explanation, never a 500. */
function expectOneWinner({ won, lost }: Awaited<ReturnType<typeof race>>, refusals = [409]) {
  expect(won, JSON.stringify(lost.map((r) => r.json?.code))).toHaveLength(1);
  for (const r of lost) {
    expect(refusals, r.body).toContain(r.status);
    expect(r.json.detail).toMatch(/[ạ-ỹđ]/u);
  }
}

describe.each(DIALECTS)('commendation: each step wins once under parallel requests (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let tdkt: Client;
  let huonghoa: Client;
  let giolinh: Client;
  let bchqs: Client;
  let round: Awaited<ReturnType<typeof issueAwardRound>>;

  const poolUsed = async () =>
    (await syt.get(`/api/v1/campaigns/${round.id}/quotas`)).json.items.find(
      (q: { scope: string }) => q.scope === 'pool',
    ).used as number;
  const bchqsUsed = async () =>
    (await syt.get(`/api/v1/campaigns/${round.id}/quotas`)).json.items.find(
      (q: { label: string }) => q.label === 'Bộ Chỉ huy Quân sự tỉnh',
    ).used as number;
  const audited = async (entityType: string, entityId: string, action: string) =>
    (await suite.admin.get(`/api/v1/audit?entityType=${entityType}&entityId=${entityId}`)).json.items.filter(
      (a: { action: string }) => a.action === action,
    ).length;
  const current = async (id: string): Promise<NominationAnswer> =>
    (await syt.get(`/api/v1/nominations/${id}`)).json;
  const collective = async (client: Client, name: string): Promise<NominationAnswer> => {
    const res = await client.post(`/api/v1/campaigns/${round.id}/nominations`, {
      awardGroupId: round.collectives,
      nomineeKind: 'collective',
      name,
    });
    expect(res.status, res.body).toBe(201);
    return res.json;
  };
  /** Sent and forwarded one after the other: ready for the board. */
  const forwarded = async (client: Client, name: string) => {
    const n = await collective(client, name);
    const sent = await client.post(`/api/v1/nominations/${n.id}/submit`, { version: n.version });
    expect(sent.status, sent.body).toBe(200);
    const fw = await syt.post(`/api/v1/nominations/${n.id}/forward`, { version: sent.json.version });
    expect(fw.status, fw.body).toBe(200);
    return fw.json as NominationAnswer;
  };

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    tdkt = await suite.server.login('tdkt');
    huonghoa = await suite.server.login('huonghoa');
    bchqs = await suite.server.login('bchqs');
    const res = await suite.admin.post('/api/v1/users', {
      username: `giolinh.races.${dialect}`,
      fullName: 'Cán bộ Gio Linh',
      role: 'unit',
      unitId: await suite.server.unitId('QT-GIOLINH'),
      password: 'mat-khau-thu-nghiem',
    });
    if (res.status !== 201) throw new Error(res.body);
    giolinh = await suite.server.login(`giolinh.races.${dialect}`, 'mat-khau-thu-nghiem');
    round = await issueAwardRound(suite.server, syt, { nominationInDays: 5, name: 'Đợt thử tranh chấp' });
  });

  it('sends one draft once: one slot taken, one audit row', async () => {
    const n = await collective(huonghoa, 'Ban Chỉ đạo huyện Hướng Hóa');
    const outcome = await race(() =>
      huonghoa.post(`/api/v1/nominations/${n.id}/submit`, { version: n.version }),
    );
    expectOneWinner(outcome);
    expect(await poolUsed()).toBe(1);
    expect(await audited('nomination', n.id, 'nomination.submitted')).toBe(1);
    expect(await current(n.id)).toMatchObject({ status: 'submitted', version: n.version + 1 });
  });

  it('forwards one nomination once', async () => {
    const [n] = (await syt.get(`/api/v1/campaigns/${round.id}/nominations?status=submitted`)).json.items;
    const outcome = await race(() => syt.post(`/api/v1/nominations/${n.id}/forward`, { version: n.version }));
    expectOneWinner(outcome);
    expect(await audited('nomination', n.id, 'nomination.forwarded')).toBe(1);
    expect(await current(n.id)).toMatchObject({ status: 'forwarded', version: n.version + 1 });
  });

  it('rejects one nomination once, giving its slot back once', async () => {
    const [n] = (await syt.get(`/api/v1/campaigns/${round.id}/nominations?status=forwarded`)).json.items;
    // Another district holds the pool's other slot: a slot given back twice would free it too.
    await forwarded(giolinh, 'Ban Chỉ đạo huyện Gio Linh');
    expect(await poolUsed()).toBe(2);
    const outcome = await race(() =>
      tdkt.post(`/api/v1/nominations/${n.id}/reject`, {
        version: n.version,
        reason: 'Thành tích chưa tiêu biểu.',
      }),
    );
    expectOneWinner(outcome);
    expect(await poolUsed()).toBe(1);
    expect(await audited('nomination', n.id, 'nomination.rejected')).toBe(1);
    const notices = (await huonghoa.get(`/api/v1/notifications?campaignId=${round.id}`)).json.items.filter(
      (x: { subject: string }) => x.subject.startsWith('Không đồng ý khen thưởng'),
    );
    expect(notices).toHaveLength(1);
    // The Ban that appraised it speaks, not the council.
    expect(notices[0].body).toMatch(/^Ban Thi đua - Khen thưởng tỉnh không đồng ý/);
  });

  it('lets one of approve and reject, sent together, decide a nomination', async () => {
    const [n] = (await syt.get(`/api/v1/campaigns/${round.id}/nominations?status=forwarded`)).json.items;
    const before = await poolUsed();
    const outcome = await race((i) =>
      i % 2
        ? tdkt.post(`/api/v1/nominations/${n.id}/approve`, { version: n.version })
        : tdkt.post(`/api/v1/nominations/${n.id}/reject`, { version: n.version, reason: 'Chưa đủ hồ sơ.' }),
    );
    expectOneWinner(outcome);
    const after = await current(n.id);
    expect(['approved', 'rejected']).toContain(after.status);
    expect(await poolUsed()).toBe(after.status === 'approved' ? before : before - 1);
  });

  it('keeps a draft deleted and sent at once consistent: either sent with its slot, or gone', async () => {
    const n = await collective(bchqs, 'Đại đội Công binh');
    const outcome = await race((i) =>
      i % 2
        ? bchqs.post(`/api/v1/nominations/${n.id}/submit`, { version: n.version })
        : bchqs.request('DELETE', `/api/v1/nominations/${n.id}`),
    );
    // Once it is gone, a late send finds nothing to send.
    expectOneWinner(outcome, [409, 404]);
    const after = await syt.get(`/api/v1/nominations/${n.id}`);
    if (outcome.won[0]?.status === 204) {
      expect(after.status).toBe(404);
      expect(await bchqsUsed()).toBe(0);
    } else {
      expect(after.json.status).toBe('submitted');
      expect(await bchqsUsed()).toBe(1);
    }
  });

  it('drafts, edits and issues a decision once each: one number taken, its nominees decided once', async () => {
    const a = await forwarded(syt, 'Khoa Truyền nhiễm, Trung tâm Y tế huyện Vĩnh Linh');
    const b = await forwarded(syt, 'Trung tâm Kiểm soát bệnh tật tỉnh');
    for (const n of [a, b]) {
      const ok = await tdkt.post(`/api/v1/nominations/${n.id}/approve`, { version: n.version });
      expect(ok.status, ok.body).toBe(200);
    }
    const drafted = await race(() => tdkt.post(`/api/v1/campaigns/${round.id}/decisions`, {}));
    expectOneWinner(drafted);
    const decisions = (await tdkt.get(`/api/v1/campaigns/${round.id}/decisions`)).json.items;
    expect(decisions).toHaveLength(1);
    const decision = drafted.won[0]?.json;
    expect(decision.nominationIds).toEqual(expect.arrayContaining([a.id, b.id]));

    const edited = await race((i) =>
      tdkt.patch(`/api/v1/decisions/${decision.id}`, {
        version: decision.version,
        summary: `Về việc khen thưởng, bản sửa số ${i}`,
      }),
    );
    expectOneWinner(edited);
    expect(await audited('decision', decision.id, 'decision.updated')).toBe(1);
    const afterEdit = (await tdkt.get(`/api/v1/decisions/${decision.id}`)).json;
    expect(afterEdit.version).toBe(decision.version + 1);
    expect(afterEdit.summary).toBe(edited.won[0]?.json.summary);

    const issued = await race((i) =>
      tdkt.post(`/api/v1/decisions/${decision.id}/issue`, {
        version: afterEdit.version,
        docNumber: String(8100 + i),
      }),
    );
    expectOneWinner(issued);
    expect(await audited('decision', decision.id, 'decision.issued')).toBe(1);
    const numbers = await suite.server.db.kysely
      .selectFrom('document_numbers')
      .select('number_key')
      .where('ref_id', '=', decision.id)
      .execute();
    expect(numbers).toHaveLength(1);
    expect(numbers[0]?.number_key.endsWith(`|${issued.won[0]?.json.docNumber}`)).toBe(true);
    for (const n of [a, b]) {
      expect(await current(n.id)).toMatchObject({ status: 'decided', version: n.version + 2 });
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type Response, useTestServer } from './harness.ts';
import { type AgendaAnswer, agendaInput, draftTestRound, issueTestRound } from './rounds.ts';

const OUTSIDE = 'Đơn vị không thuộc tỉnh của đợt này';
const AWARD = 'award-bk-ct-ubnd-tinh';
let numbers = 7900;

/**
 * A round refers only to units of its own province (that of its issuing unit): a Quảng Trị round
 * never names a Bình Dương unit in its tasks, quotas, recipients, cascaded rounds, delegates or
 * agenda. Each such reference is refused with 400, naming the exact field, and nothing is saved;
 * a plan that holds one anyway (saved before the check) is not issued or cloned.
 */
describe.each(DIALECTS)('a round names only units of its own province (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    for (const code of [
      'QT',
      'QT-SYT',
      'QT-BCHQS',
      'QT-HUONGHOA',
      'QT-HH-KHESANH',
      'QT-CONCO',
      'BD',
      'BD-SYT',
      'BD-THUANAN',
    ]) {
      ids[code] = await suite.server.unitId(code);
    }
  });
  const u = (code: string) => ids[code] as string;

  function expectRefused(res: Response, field: string) {
    expect(res.status, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json.code).toBe('unit_outside_round');
    expect(res.json.errors).toContainEqual({ field, message: OUTSIDE });
  }

  /** The round as its managers read it, and its unit links as stored. */
  async function snapshot(id: string, client = syt) {
    const answer = (await client.get(`/api/v1/campaigns/${id}`)).json;
    const links = await suite.server.db.kysely
      .selectFrom('plan_row_units')
      .select(['row_id', 'role', 'position', 'unit_id'])
      .where('campaign_id', '=', id)
      .orderBy('role')
      .orderBy('row_id')
      .orderBy('position')
      .execute();
    return { version: answer.version, status: answer.status, plan: answer.plan, links };
  }

  const count = async (table: 'assignments' | 'plan_receipts', campaignId: string) =>
    (
      await suite.server.db.kysely
        .selectFrom(table)
        .select('campaign_id')
        .where('campaign_id', '=', campaignId)
        .execute()
    ).length;

  it('refuses a plan naming another province’s unit in tasks, recipients or quotas, and keeps the round as it was', async () => {
    const draft = await draftTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: 5,
    });
    const before = await snapshot(draft.id);
    const patch = (plan: Record<string, unknown>) =>
      syt.patch(`/api/v1/campaigns/${draft.id}`, { version: before.version, plan });
    const speechWith = (unitIds: string[]) =>
      before.plan.tasks.map((t: { kind: string }, i: number) => (i === 1 ? { ...t, unitIds } : t));
    const quotas = (second: Record<string, unknown>) => [
      {
        awardTypeId: AWARD,
        heading: 'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể có thành tích xuất sắc',
        quotas: [
          { scope: 'unit', nomineeKind: 'collective', count: 1, unitIds: [u('QT-SYT')], label: 'Sở Y tế' },
          { nomineeKind: 'collective', count: 1, label: 'Các đơn vị', ...second },
        ],
      },
    ];

    const cases: Array<[string, Promise<Response>]> = [
      ['plan.tasks.1.unitIds.1', patch({ tasks: speechWith([u('QT-BCHQS'), u('BD-THUANAN')]) })],
      [
        'plan.recipients.0.unitIds.0',
        patch({
          recipients: [{ text: 'UBND tỉnh Bình Dương', unitIds: [u('BD')] }, ...before.plan.recipients],
        }),
      ],
      [
        'plan.awardGroups.0.quotas.1.unitIds.0',
        patch({ awardGroups: quotas({ scope: 'unit', unitIds: [u('BD-SYT')] }) }),
      ],
      [
        'plan.awardGroups.0.quotas.1.exceptUnitIds.1',
        patch({
          awardGroups: quotas({
            scope: 'pool',
            unitKind: 'district',
            exceptUnitIds: [u('QT-CONCO'), u('BD-THUANAN')],
          }),
        }),
      ],
      // The quotas' own route names the field as its body has it.
      [
        'awardGroups.0.quotas.1.unitIds.0',
        syt.request('PUT', `/api/v1/campaigns/${draft.id}/quotas`, {
          version: before.version,
          awardGroups: quotas({ scope: 'unit', unitIds: [u('BD-SYT')] }),
        }),
      ],
    ];
    for (const [field, pending] of cases) {
      const res = await pending;
      expectRefused(res, field);
      expect(res.json.errors).toHaveLength(1);
      expect(await snapshot(draft.id)).toEqual(before);
    }

    // The same lists with units of Quảng Trị save.
    const saved = await patch({
      tasks: speechWith([u('QT-BCHQS'), u('QT-HUONGHOA')]),
      recipients: [{ text: 'UBND tỉnh', unitIds: [u('QT')] }, ...before.plan.recipients],
      awardGroups: quotas({ scope: 'pool', unitKind: 'district', exceptUnitIds: [u('QT-CONCO')] }),
    });
    expect(saved.status, saved.body).toBe(200);
    expect(saved.json.version).toBe(before.version + 1);
  });

  it('refuses a Bình Dương plan naming a Quảng Trị unit', async () => {
    const bdSyt = await suite.server.login('bd-syt');
    const created = await bdSyt.post('/api/v1/campaigns', {
      kind: 'so_ket',
      issuingUnitId: u('BD'),
      name: 'Sơ kết thử',
    });
    expect(created.status, created.body).toBe(201);
    const before = await snapshot(created.json.id, bdSyt);
    const res = await bdSyt.patch(`/api/v1/campaigns/${created.json.id}`, {
      version: created.json.version,
      plan: {
        tasks: [{ kind: 'report', unitIds: [u('BD-THUANAN'), u('QT-HUONGHOA')], text: 'Báo cáo sơ kết.' }],
      },
    });
    expectRefused(res, 'plan.tasks.0.unitIds.1');
    expect(await snapshot(created.json.id, bdSyt)).toEqual(before);
  });

  it('neither issues nor clones a stored plan that holds another province’s unit', async () => {
    const draft = await draftTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: 5,
    });
    const { plan } = await snapshot(draft.id);
    const db = suite.server.db.kysely;
    // As a plan saved before the check would hold it: the link written straight into the table.
    let edits = 0;
    const stray = async (role: 'task' | 'recipient', rowId: string, position: number) => {
      await db
        .insertInto('plan_row_units')
        .values({ campaign_id: draft.id, row_id: rowId, role, position, unit_id: u('BD-THUANAN') })
        .execute();
      await db
        .updateTable('campaigns')
        .set({ updated_at: new Date(Date.now() + ++edits * 1000).toISOString() })
        .where('id', '=', draft.id)
        .execute();
    };
    const removeStray = () =>
      db
        .deleteFrom('plan_row_units')
        .where('campaign_id', '=', draft.id)
        .where('unit_id', '=', u('BD-THUANAN'))
        .execute();
    const issue = () =>
      syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
        version: draft.version,
        docNumber: String(numbers++),
        docDate: draft.docDate,
      });
    const campaigns = async () => (await db.selectFrom('campaigns').select('id').execute()).length;

    await stray('task', plan.tasks[0].id, 2);
    const stored = await snapshot(draft.id);
    expect(stored.plan.tasks[0].unitIds).toEqual([u('QT-BCHQS'), u('QT-HUONGHOA'), u('BD-THUANAN')]);
    expectRefused(await issue(), 'plan.tasks.0.unitIds.2');
    expect(await snapshot(draft.id)).toEqual(stored);
    expect(await count('assignments', draft.id)).toBe(0);
    expect(await count('plan_receipts', draft.id)).toBe(0);
    const registered = await db
      .selectFrom('document_numbers')
      .select('ref_id')
      .where('ref_id', '=', draft.id)
      .execute();
    expect(registered).toEqual([]);

    const many = await campaigns();
    expectRefused(await syt.post(`/api/v1/campaigns/${draft.id}/clone`, {}), 'plan.tasks.0.unitIds.2');
    expect(await campaigns()).toBe(many);

    await removeStray();
    await stray('recipient', plan.recipients[0].id, 0);
    expectRefused(await issue(), 'plan.recipients.0.unitIds.0');
    expect(await count('assignments', draft.id)).toBe(0);

    // Without the stray unit the same plan issues: two reports and a speech.
    await removeStray();
    const issued = await issue();
    expect(issued.status, issued.body).toBe(200);
    expect(await count('assignments', draft.id)).toBe(3);
  });

  describe('in an issued round', () => {
    let round: { id: string; version: number };
    let admin: Client;
    beforeAll(async () => {
      round = await issueTestRound(suite.server, syt, {
        reportUnits: ['QT-HUONGHOA', 'QT-BCHQS'],
        deadlineInDays: 10,
        name: 'Đợt thử đơn vị ngoài tỉnh',
      });
      admin = await suite.server.login('admin');
    });
    const base = () => `/api/v1/campaigns/${round.id}`;

    it('neither counts nor shows an assignment of another province stored before the check', async () => {
      const progress = async () => (await syt.get(`${base()}/progress`)).json;
      const before = await progress();
      const db = suite.server.db.kysely;
      const own = await db
        .selectFrom('assignments')
        .selectAll()
        .where('campaign_id', '=', round.id)
        .where('kind', '=', 'report')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('assignments')
        .values({ ...own, id: `stray-${dialect}`, unit_id: u('BD-THUANAN'), version: 1 })
        .execute();
      try {
        const after = await progress();
        expect(after.totals).toEqual(before.totals);
        expect(JSON.stringify(after)).not.toContain(u('BD-THUANAN'));
        expect(JSON.stringify(after)).not.toContain(u('BD'));
      } finally {
        await db.deleteFrom('assignments').where('id', '=', `stray-${dialect}`).execute();
      }
    });

    it('opens no cascaded round for a unit of another province', async () => {
      const huonghoa = await suite.server.login('huonghoa');
      const reportDeadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
      const children = async () =>
        (
          await suite.server.db.kysely
            .selectFrom('campaigns')
            .select('id')
            .where('parent_campaign_id', '=', round.id)
            .execute()
        ).length;
      const refused = await huonghoa.post(`${base()}/children`, {
        reportDeadline,
        unitIds: [u('QT-HH-KHESANH'), u('BD-THUANAN')],
      });
      expectRefused(refused, 'unitIds.1');
      expect(await children()).toBe(0);
      const opened = await huonghoa.post(`${base()}/children`, {
        reportDeadline,
        unitIds: [u('QT-HH-KHESANH')],
      });
      expect(opened.status, opened.body).toBe(201);
      expect(await children()).toBe(1);
    });

    it('takes no delegate of another province’s unit, entered or changed', async () => {
      const delegates = async () => (await syt.get(`${base()}/conference/delegates`)).json.items;
      const listed = await delegates();
      // The province's administrator co-organises, under the same rule.
      const entered = await admin.post(`${base()}/conference/delegates`, {
        name: 'Trần Văn Bình',
        unitId: u('BD-SYT'),
      });
      expectRefused(entered, 'unitId');
      expect(await delegates()).toEqual(listed);

      const own = await syt.post(`${base()}/conference/delegates`, {
        name: 'Lê Văn Quân',
        unitId: u('QT-BCHQS'),
      });
      expect(own.status, own.body).toBe(201);
      const withOwn = await delegates();
      const changed = await syt.patch(`${base()}/conference/delegates/${own.json.id}`, {
        version: own.json.version,
        unitId: u('BD-THUANAN'),
      });
      expectRefused(changed, 'unitId');
      expect(await delegates()).toEqual(withOwn);
    });

    it('saves no agenda with a presenter of another province', async () => {
      const conference = async () => (await syt.get(`${base()}/conference`)).json;
      const before = await conference();
      const item = (title: string, presenterUnitId: string | null) => ({
        kind: 'other',
        title,
        startTime: null,
        durationMinutes: 15,
        presenterUnitId,
        presenterName: '',
        assignmentId: null,
        note: '',
      });
      const body = (presenter: string) => ({
        version: before.version,
        title: 'Hội nghị tổng kết thử',
        date: '2020-06-18',
        startTime: '07:30',
        endTime: '11:30',
        tentative: false,
        venue: 'Hội trường UBND tỉnh',
        expectedDelegates: null,
        signature: { authority: '', deputy: '', title: '', name: '' },
        agenda: [item('Khai mạc', null), item('Báo cáo tổng kết', u('QT-SYT')), item('Tham luận', presenter)],
      });
      const refused = await syt.request('PUT', `${base()}/conference`, body(u('BD-SYT')));
      expectRefused(refused, 'agenda.2.presenterUnitId');
      const after = await conference();
      expect(after.version).toBe(before.version);
      expect(after.agenda.map(agendaInput)).toEqual(before.agenda.map(agendaInput));

      const saved = await syt.request('PUT', `${base()}/conference`, body(u('QT-HUONGHOA')));
      expect(saved.status, saved.body).toBe(200);
      expect(saved.json.agenda.map((a: AgendaAnswer) => a.presenterUnitId)).toEqual([
        null,
        u('QT-SYT'),
        u('QT-HUONGHOA'),
      ]);
    });
  });
});

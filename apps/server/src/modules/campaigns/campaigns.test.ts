import { describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';

const END_OF = (day: string) => `${day}T23:59:59+07:00`;

describe.each(DIALECTS)('plans: draft, edit, issue, clone (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let qt: string;
  let bchqs: string;
  let districtIds: string[];

  async function newDraft(name = 'Tổ chức Hội nghị tổng kết thử') {
    syt ??= await suite.server.login('syt');
    qt ??= await suite.server.unitId('QT');
    const res = await syt.post('/api/v1/campaigns', {
      kind: 'tong_ket',
      issuingUnitId: qt,
      name,
      outlineTemplate: 'quang-tri-2020',
    });
    expect(res.status, res.body).toBe(201);
    return res.json;
  }

  it('offers each province its own outline and a blank one, and takes a blank round’s subject from its name', async () => {
    syt ??= await suite.server.login('syt');
    const bd = await suite.server.login('bd-syt');
    const ids = async (c: Client) =>
      (await c.get('/api/v1/outline-templates')).json.items.map((t: { id: string }) => t.id);
    expect(await ids(syt)).toEqual(['quang-tri-2020', 'blank']);
    expect(await ids(bd)).toEqual(['binh-duong-2021', 'blank']);

    const qtId = await suite.server.unitId('QT');
    const foreign = await syt.post('/api/v1/campaigns', {
      kind: 'so_ket',
      issuingUnitId: qtId,
      outlineTemplate: 'binh-duong-2021',
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.errors[0].field).toBe('outlineTemplate');

    const name = 'Tổng kết công tác phòng, chống dịch sốt xuất huyết năm 2026';
    const blank = await syt.post('/api/v1/campaigns', {
      kind: 'tong_ket',
      issuingUnitId: qtId,
      name,
      outlineTemplate: 'blank',
    });
    expect(blank.status, blank.body).toBe(201);
    const round = (await syt.get(`/api/v1/campaigns/${blank.json.id}`)).json;
    expect(round.plan.summary).toBe(name);
    expect(round.outline.summary).toBe(name);
    expect(round.outline.sections).toEqual([]);
    const unnamed = await syt.post('/api/v1/campaigns', {
      kind: 'so_ket',
      issuingUnitId: qtId,
      outlineTemplate: 'blank',
    });
    const draft = (await syt.get(`/api/v1/campaigns/${unnamed.json.id}`)).json;
    expect(JSON.stringify({ plan: draft.plan, outline: draft.outline })).not.toMatch(/covid/i);
    expect(draft.plan.summary).toBe('Sơ kết công tác phòng, chống dịch');
  });

  /** Everything a plan needs to be issued, for the units of the demo. */
  async function completePlan() {
    bchqs = await suite.server.unitId('QT-BCHQS');
    districtIds = [await suite.server.unitId('QT-HUONGHOA'), await suite.server.unitId('QT-GIOLINH')];
    return {
      docDate: '2020-06-08',
      purpose: 'Đánh giá công tác phòng, chống dịch trong thời gian qua.',
      programme: [{ text: 'Phát biểu khai mạc' }, { text: 'Bế mạc' }],
      conferenceTime: '01 buổi, dự kiến vào giữa tháng 6 năm 2020',
      venue: 'Hội trường UBND tỉnh',
      tasks: [
        {
          kind: 'speech',
          unitIds: [bchqs],
          text: 'Chuẩn bị 01 tham luận về công tác tổ chức Khu cách ly tập trung.',
          topic: 'Công tác tổ chức Khu cách ly tập trung',
        },
        { kind: 'report', unitIds: districtIds, text: 'Báo cáo tổng kết theo đề cương.' },
      ],
      reportDeadline: END_OF('2020-06-10'),
      recipients: [{ text: 'Các PCT UBND tỉnh' }, { text: 'Lưu: VT, VX' }],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    };
  }

  it('seeds the Quảng Trị plan issued as 2519/KH-UBND with one assignment per unit and task, closed after its season', async () => {
    syt = await suite.server.login('syt');
    const list = await syt.get('/api/v1/campaigns');
    const issued = list.json.items.find((c: { reference: string }) => c.reference === '2519/KH-UBND');
    expect(issued).toMatchObject({
      status: 'closed',
      kind: 'tong_ket',
      docDate: '2020-06-08',
      canManage: true,
    });
    const campaign = (await syt.get(`/api/v1/campaigns/${issued.id}`)).json;
    expect(campaign.plan.tasks).toHaveLength(10);
    expect(campaign.plan.awardGroups[1].quotas.at(-1)).toMatchObject({ nomineeKind: 'exemplar', count: 3 });
    expect(campaign.outline.sections.map((s: { title: string }) => s.title)).toEqual([
      'KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19',
      'ĐÁNH GIÁ, NHẬN XÉT',
      'PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO',
    ]);
    const assignments = (await syt.get(`/api/v1/campaigns/${issued.id}/assignments`)).json.items;
    // 9 rows for named units (Hướng Hóa and Gio Linh share one) + 31 reporting units.
    expect(assignments).toHaveLength(41);
    const bchqsTasks = assignments.filter(
      (a: { unitName: string }) => a.unitName === 'Bộ Chỉ huy Quân sự tỉnh',
    );
    expect(bchqsTasks.map((a: { kind: string }) => a.kind).sort()).toEqual(['report', 'speech']);
    expect(bchqsTasks.find((a: { kind: string }) => a.kind === 'speech')).toMatchObject({
      topic: 'Công tác tổ chức Khu cách ly tập trung',
      deadline: '2020-06-10T16:59:59.000Z',
    });
    const media = assignments.find((a: { kind: string }) => a.kind === 'media');
    expect(media).toMatchObject({ minMinutes: 10, maxMinutes: 15 });
    const tdkt = assignments.find((a: { kind: string }) => a.kind === 'nomination_summary');
    expect(tdkt.deadline).toBe('2020-06-12T16:59:59.000Z');
    // Every unit with a task and every unit named under Nơi nhận has one notice, once.
    const notices = await suite.server.db.kysely
      .selectFrom('outbox')
      .select(['unit_id', 'subject', 'body'])
      .where('campaign_id', '=', issued.id)
      .where('kind', '=', 'campaign_issued')
      .execute();
    const units = new Set(assignments.map((a: { unitId: string }) => a.unitId));
    units.add(await suite.server.unitId('QT-DAKRONG'));
    units.add(await suite.server.unitId('QT-BCD'));
    units.add(await suite.server.unitId('QT'));
    expect(new Set(notices.map((n) => n.unit_id))).toEqual(units);
    expect(notices).toHaveLength(units.size);
    const toBchqs = notices.find((n) => n.unit_id === bchqsTasks[0].unitId);
    expect(toBchqs?.subject).toContain('Kế hoạch số 2519/KH-UBND ngày 08/06/2020');
    expect(toBchqs?.body).toContain(
      'Tham luận: Chuẩn bị 01 tham luận về công tác tổ chức Khu cách ly tập trung (chủ đề: Công tác tổ chức Khu cách ly tập trung)',
    );
    expect(toBchqs?.body).toContain('thời hạn: trước ngày 10/06/2020');
  });

  it('creates a draft with its header filled from the issuing unit and lists what is missing', async () => {
    const draft = await newDraft();
    expect(draft).toMatchObject({ status: 'draft', version: 1, kind: 'tong_ket', canManage: true });
    expect(draft.plan).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      parentBody: '',
      docCode: 'KH-UBND',
      place: 'Quảng Trị',
      docType: 'KẾ HOẠCH',
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: '',
      },
    });
    expect(draft.plan.recipients.map((r: { text: string }) => r.text)).toEqual(['Lưu: VT']);
    expect(draft.outline.sections[0].children).toHaveLength(9);
    // The number is typed when issuing: the draft does not list it as something to fix.
    expect(draft.problems).not.toContain('Chưa có số văn bản.');
    expect(draft.problems).toEqual(
      expect.arrayContaining([
        'Chưa có mục đích, yêu cầu.',
        'Chưa có thời hạn gửi báo cáo.',
        'Chưa có nhiệm vụ nào ở mục Tổ chức thực hiện.',
        'Chưa ghi họ tên người ký.',
      ]),
    );
  });

  it('saves parts of a plan with its version; a stale save is refused and loses nothing', async () => {
    const draft = await newDraft();
    const plan = await completePlan();
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, { version: draft.version, plan });
    expect(saved.status, saved.body).toBe(200);
    expect(saved.json.version).toBe(draft.version + 1);
    expect(saved.json.plan.tasks).toHaveLength(2);
    expect(saved.json.plan.tasks[1].unitIds).toEqual(districtIds);
    expect(saved.json.problems).toEqual([]);

    // Editing a list keeps the ids of the rows that stay.
    const [first, second] = saved.json.plan.tasks;
    const reordered = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: saved.json.version,
      plan: { tasks: [{ ...second, text: 'Báo cáo tổng kết giai đoạn 1.' }, first] },
    });
    expect(reordered.status, reordered.body).toBe(200);
    expect(reordered.json.plan.tasks.map((t: { id: string }) => t.id)).toEqual([second.id, first.id]);

    const stale = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: saved.json.version,
      plan: { venue: 'Nơi khác' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('version_conflict');
    const now = (await syt.get(`/api/v1/campaigns/${draft.id}`)).json;
    expect(now.plan.venue).toBe('Hội trường UBND tỉnh');
    expect(now.plan.tasks[0].text).toBe('Báo cáo tổng kết giai đoạn 1.');
  });

  it('refuses bad input field by field, and a unit that has stopped working', async () => {
    const draft = await newDraft();
    const bad = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { docCode: 'kh ubnd', submissionEmail: 'khong-phai-email', reportDeadline: '10/6/2020' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'plan.docCode',
      'plan.reportDeadline',
      'plan.submissionEmail',
    ]);
    const unknownUnit = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { tasks: [{ kind: 'report', unitIds: ['khong-co'], text: 'Báo cáo' }] },
    });
    expect(unknownUnit.status).toBe(422);
    expect(unknownUnit.json.errors[0].field).toBe('plan.tasks.0.unitIds');

    // Stop a unit, then name it in a task: a clear refusal.
    const admin = suite.admin;
    const conco = await suite.server.unitId('QT-CONCO');
    const unit = (await admin.get(`/api/v1/units/${conco}`)).json;
    expect(
      (await admin.patch(`/api/v1/units/${conco}`, { version: unit.version, active: false })).status,
    ).toBe(200);
    try {
      const inactive = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
        version: draft.version,
        plan: { tasks: [{ kind: 'report', unitIds: [conco], text: 'Báo cáo' }] },
      });
      expect(inactive.status).toBe(422);
      expect(inactive.json.detail).toContain('UBND huyện đảo Cồn Cỏ');
      expect(inactive.json.detail).toContain('ngừng hoạt động');
      expect((await syt.get(`/api/v1/campaigns/${draft.id}`)).json.version).toBe(draft.version);
    } finally {
      const again = (await admin.get(`/api/v1/units/${conco}`)).json;
      await admin.patch(`/api/v1/units/${conco}`, { version: again.version, active: true });
    }
  });

  it('issues a complete plan once: 422 lists what is missing, early deadlines and taken numbers are refused', async () => {
    const draft = await newDraft();
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: await completePlan(),
    });

    const noNumber = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, { version: saved.json.version });
    expect(noNumber.status).toBe(422);
    expect(noNumber.json.code).toBe('plan_incomplete');
    expect(noNumber.json.problems).toEqual(['Chưa có số văn bản.']);

    const early = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: '2600',
      docDate: '2020-06-11',
    });
    expect(early.status).toBe(422);
    expect(early.json.problems).toContain(
      'Thời hạn gửi báo cáo (10/06/2020) sớm hơn ngày ban hành (11/06/2020).',
    );

    const taken = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: '2519',
      docDate: '2020-06-09',
    });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe('duplicate_number');
    expect(taken.json.detail).toContain('Số 2519 năm 2020');

    // Nothing half-done: still a draft, no assignments, no notices.
    const untouched = (await syt.get(`/api/v1/campaigns/${draft.id}`)).json;
    expect(untouched).toMatchObject({ status: 'draft', version: saved.json.version });
    expect(untouched.plan.docNumber).toBe('');
    const noAssignments = await suite.server.db.kysely
      .selectFrom('assignments')
      .select('id')
      .where('campaign_id', '=', draft.id)
      .execute();
    expect(noAssignments).toHaveLength(0);

    const issued = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: '2520',
      docDate: '2020-06-09',
    });
    expect(issued.status, issued.body).toBe(200);
    expect(issued.json).toMatchObject({ status: 'issued', problems: [] });
    expect(issued.json.plan).toMatchObject({ docNumber: '2520', docDate: '2020-06-09' });
    const assignments = (await syt.get(`/api/v1/campaigns/${draft.id}/assignments`)).json.items;
    expect(assignments.map((a: { unitName: string; kind: string }) => `${a.kind} ${a.unitName}`)).toEqual([
      'speech Bộ Chỉ huy Quân sự tỉnh',
      'report UBND huyện Gio Linh',
      'report UBND huyện Hướng Hóa',
    ]);

    // Frozen: the number, the date and the content.
    const edit = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: issued.json.version,
      plan: { docNumber: '9999' },
    });
    expect(edit.status).toBe(409);
    expect(edit.json.code).toBe('campaign_issued');
    const outline = await syt.request('PUT', `/api/v1/campaigns/${draft.id}/outline`, {
      version: issued.json.version,
      outline: { title: 'BÁO CÁO', summary: '', sections: [{ title: 'Mục mới' }] },
    });
    expect(outline.status).toBe(409);
    const twice = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, { version: issued.json.version });
    expect(twice.status).toBe(409);
    expect((await syt.get(`/api/v1/campaigns/${draft.id}/assignments`)).json.items).toHaveLength(3);

    // The same number is free again in another year.
    const next = await newDraft();
    const nextSaved = await syt.patch(`/api/v1/campaigns/${next.id}`, {
      version: next.version,
      plan: await completePlan(),
    });
    const nextYear = await syt.patch(`/api/v1/campaigns/${next.id}`, {
      version: nextSaved.json.version,
      plan: { reportDeadline: END_OF('2021-06-10') },
    });
    const again = await syt.post(`/api/v1/campaigns/${next.id}/issue`, {
      version: nextYear.json.version,
      docNumber: '2520',
      docDate: '2021-06-01',
    });
    expect(again.status, again.body).toBe(200);
  });

  it('tells each unit its deadlines in the notice, with the hour when it is not the end of the day', async () => {
    const draft = await newDraft('Đợt có thời hạn theo giờ');
    const plan = await completePlan();
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: {
        ...plan,
        tasks: [
          // 17:00 in Vietnam.
          { ...plan.tasks[0], deadline: '2020-06-15T10:00:00Z' },
          { ...plan.tasks[1], deadline: END_OF('2020-06-13') },
        ],
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const issued = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: '2531',
      docDate: '2020-06-09',
    });
    expect(issued.status, issued.body).toBe(200);
    const notices = await suite.server.db.kysely
      .selectFrom('outbox')
      .select(['unit_id', 'body'])
      .where('campaign_id', '=', draft.id)
      .where('kind', '=', 'campaign_issued')
      .execute();
    const to = (unitId: string) => notices.find((n) => n.unit_id === unitId)?.body ?? '';
    expect(to(bchqs)).toContain(
      '- Tham luận: Chuẩn bị 01 tham luận về công tác tổ chức Khu cách ly tập trung (chủ đề: Công tác tổ chức Khu cách ly tập trung) — thời hạn: trước 17 giờ 00 ngày 15/06/2020',
    );
    expect(to(districtIds[0] as string)).toContain(
      '- Báo cáo: Báo cáo tổng kết theo đề cương — thời hạn: trước ngày 13/06/2020',
    );
  });

  it('reports a task whose unit stopped working after it was saved, and does not issue', async () => {
    const draft = await newDraft();
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: await completePlan(),
    });
    const admin = suite.admin;
    const unit = (await admin.get(`/api/v1/units/${bchqs}`)).json;
    await admin.patch(`/api/v1/units/${bchqs}`, { version: unit.version, active: false });
    try {
      const res = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
        version: saved.json.version,
        docNumber: '2700',
        docDate: '2020-06-08',
      });
      expect(res.status).toBe(422);
      expect(res.json.problems).toEqual([
        'Nhiệm vụ 1 (Bộ Chỉ huy Quân sự tỉnh): đơn vị “Bộ Chỉ huy Quân sự tỉnh” đã ngừng hoạt động.',
      ]);
      // Unrelated edits still save while the stopped unit stays named.
      const other = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
        version: saved.json.version,
        plan: { venue: 'Hội trường Tỉnh ủy', tasks: saved.json.plan.tasks },
      });
      expect(other.status, other.body).toBe(200);
    } finally {
      const again = (await admin.get(`/api/v1/units/${bchqs}`)).json;
      await admin.patch(`/api/v1/units/${bchqs}`, { version: again.version, active: true });
    }
  });

  it('checks quota rows: one unit for a unit quota, the written count matches', async () => {
    const draft = await newDraft();
    const res = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: {
        awardGroups: [
          {
            awardTypeId: 'award-bk-ct-ubnd-tinh',
            heading: 'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể',
            quotas: [
              {
                scope: 'unit',
                nomineeKind: 'collective',
                count: 3,
                unitIds: [],
                label: 'Sở Y tế',
                text: '3 tập thể',
              },
              {
                scope: 'pool',
                nomineeKind: 'collective',
                count: 10,
                unitKind: 'district',
                label: 'Ban Chỉ đạo các huyện, thị xã, thành phố',
                text: '12 tập thể',
              },
            ],
          },
        ],
      },
    });
    expect(res.status, res.body).toBe(200);
    expect(res.json.problems).toEqual(
      expect.arrayContaining([
        'Chưa có thời hạn gửi hồ sơ đề nghị khen thưởng.',
        'Khen thưởng, mục 1, dòng 1 (Sở Y tế): chỉ tiêu riêng phải gắn với đúng một đơn vị.',
        'Khen thưởng, mục 1, dòng 2 (Ban Chỉ đạo các huyện, thị xã, thành phố): nội dung ghi 12 tập thể nhưng số lượng là 10.',
      ]),
    );
    const badType = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: res.json.version,
      plan: { awardGroups: [{ awardTypeId: 'khong-co', heading: 'Khen', quotas: [] }] },
    });
    expect(badType.status).toBe(422);
    expect(badType.json.errors[0].field).toBe('plan.awardGroups.0.awardTypeId');
  });

  it('replaces the outline whole, keeps ids, numbers by position and refuses a fourth level', async () => {
    const draft = await newDraft();
    const [results, assessment] = draft.outline.sections;
    const put = await syt.request('PUT', `/api/v1/campaigns/${draft.id}/outline`, {
      version: draft.version,
      outline: {
        title: draft.outline.title,
        summary: draft.outline.summary,
        sections: [
          assessment,
          {
            ...results,
            children: [
              ...results.children.slice(0, 2),
              {
                title: 'Số liệu',
                required: true,
                indicators: [{ name: 'Số ca mắc', unit: 'ca', valueType: 'integer', aggregation: 'sum' }],
              },
            ],
          },
        ],
      },
    });
    expect(put.status, put.body).toBe(200);
    const sections = put.json.outline.sections;
    expect(sections[0].id).toBe(assessment.id);
    expect(sections[1].children[1].id).toBe(results.children[1].id);
    expect(sections[1].children[2]).toMatchObject({ title: 'Số liệu', required: true });
    expect(sections[1].children[2].indicators[0]).toMatchObject({ name: 'Số ca mắc', valueType: 'integer' });

    const deep = await syt.request('PUT', `/api/v1/campaigns/${draft.id}/outline`, {
      version: put.json.version,
      outline: {
        title: 'BÁO CÁO',
        summary: '',
        sections: [
          { title: 'I', children: [{ title: '1', children: [{ title: 'a', children: [{ title: '-' }] }] }] },
        ],
      },
    });
    expect(deep.status).toBe(400);
    expect(deep.json.code).toBe('outline_too_deep');
    expect((await syt.get(`/api/v1/campaigns/${draft.id}`)).json.outline.sections).toHaveLength(2);
  });

  it('clones a round into the next draft without its number, date or deadlines', async () => {
    const list = (await syt.get('/api/v1/campaigns')).json.items;
    const source = list.find((c: { reference: string }) => c.reference === '2519/KH-UBND');
    const res = await syt.post(`/api/v1/campaigns/${source.id}/clone`, {
      kind: 'so_ket',
      name: 'Sơ kết giai đoạn 2',
    });
    expect(res.status, res.body).toBe(201);
    expect(res.json).toMatchObject({
      status: 'draft',
      kind: 'so_ket',
      name: 'Sơ kết giai đoạn 2',
      sourceCampaignId: source.id,
    });
    expect(res.json.plan).toMatchObject({
      docNumber: '',
      docDate: null,
      reportDeadline: null,
      nominationDeadline: null,
    });
    const original = (await syt.get(`/api/v1/campaigns/${source.id}`)).json;
    expect(res.json.plan.tasks.map((t: { text: string }) => t.text)).toEqual(
      original.plan.tasks.map((t: { text: string }) => t.text),
    );
    expect(res.json.plan.tasks[0].id).not.toBe(original.plan.tasks[0].id);
    expect(res.json.plan.awardGroups[1].quotas[6].exceptUnitIds).toEqual(
      original.plan.awardGroups[1].quotas[6].exceptUnitIds,
    );
    expect(res.json.outline.sections[0].children).toHaveLength(9);
    expect(res.json.problems).toContain('Chưa có thời hạn gửi báo cáo.');
  });

  it('lets only the standing agency change a round, and shows drafts only to the province’s staff', async () => {
    const draft = await newDraft('Dự thảo riêng');
    const unit = await suite.server.login('bchqs');
    const viewer = await suite.server.login('lanhdao');
    const otherProvince = await suite.server.login('bd-syt');
    expect((await unit.get(`/api/v1/campaigns/${draft.id}`)).status).toBe(404);
    expect(
      (await unit.get('/api/v1/campaigns')).json.items.every((c: { status: string }) => c.status !== 'draft'),
    ).toBe(true);
    const seen = await viewer.get(`/api/v1/campaigns/${draft.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.canManage).toBe(false);
    expect(
      (await viewer.patch(`/api/v1/campaigns/${draft.id}`, { version: draft.version, name: 'x' })).status,
    ).toBe(403);
    expect((await otherProvince.get(`/api/v1/campaigns/${draft.id}`)).status).toBe(404);
    expect(
      (await otherProvince.patch(`/api/v1/campaigns/${draft.id}`, { version: draft.version, name: 'x' }))
        .status,
    ).toBe(404);
    const bdList = (await otherProvince.get('/api/v1/campaigns')).json.items;
    // Bình Dương's round and the lower rounds its districts opened; nothing of Quảng Trị.
    expect(bdList.map((c: { issuingUnitName: string }) => c.issuingUnitName).sort()).toEqual(
      [
        'UBND thành phố Dĩ An',
        'UBND thành phố Thủ Dầu Một',
        'UBND thành phố Thuận An',
        'UBND tỉnh Bình Dương',
      ].sort(),
    );
    // A Bình Dương coordinator cannot open a round in Quảng Trị's name.
    const foreign = await otherProvince.post('/api/v1/campaigns', { kind: 'so_ket', issuingUnitId: qt });
    expect(foreign.status).toBe(400);
    expect(foreign.json.errors[0].field).toBe('issuingUnitId');
    // A unit officer sees only the assignments of their own unit.
    const issued = (await unit.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '2519/KH-UBND',
    );
    const own = (await unit.get(`/api/v1/campaigns/${issued.id}/assignments`)).json.items;
    expect(new Set(own.map((a: { unitName: string }) => a.unitName))).toEqual(
      new Set(['Bộ Chỉ huy Quân sự tỉnh']),
    );
  });

  it('records each change in the audit log', async () => {
    const draft = await newDraft('Dự thảo kiểm tra nhật ký');
    await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { venue: 'Hội trường' },
    });
    const audit = (await suite.admin.get(`/api/v1/audit?entityType=campaign&entityId=${draft.id}`)).json
      .items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['campaign.updated', 'campaign.created']);
    expect(audit[0]).toMatchObject({
      actorUsername: 'syt',
      before: { venue: '' },
      after: { venue: 'Hội trường' },
    });
  });
});

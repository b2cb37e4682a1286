import { vietnamDate } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type TestServer, useTestServer } from './harness.ts';
import { fullReport } from './rounds.ts';

interface IndicatorOut {
  id: string;
  name: string;
  unit: string;
  valueType: string;
  aggregation: string;
  required: boolean;
}
interface SectionOut {
  id: string;
  title: string;
  required: boolean;
  guidance: string;
  indicators: IndicatorOut[];
  children: SectionOut[];
}

const RANGE = 'phải trong khoảng từ 01/01/1900 đến 31/12/2100';

/**
 * A round whose outline asks for one required figure (I.2's first indicator), with a report for
 * Bộ CHQS and Hướng Hóa and a speech of at most 15 minutes for Bộ CHQS.
 */
async function issueBoundsRound(server: TestServer, syt: Client) {
  const created = await syt.post('/api/v1/campaigns', {
    kind: 'tong_ket',
    issuingUnitId: await server.unitId('QT'),
    name: 'Đợt thử giới hạn số liệu',
    outlineTemplate: 'quang-tri-2020',
  });
  expect(created.status, created.body).toBe(201);
  const outline = created.json.outline as { title: string; summary: string; sections: SectionOut[] };
  const propaganda = outline.sections[0]?.children[1] as SectionOut;
  (propaganda.indicators[0] as IndicatorOut).required = true;
  const withOutline = await syt.request('PUT', `/api/v1/campaigns/${created.json.id}/outline`, {
    version: created.json.version,
    outline,
  });
  expect(withOutline.status, withOutline.body).toBe(200);
  const bchqs = await server.unitId('QT-BCHQS');
  const docDate = vietnamDate(new Date());
  const saved = await syt.patch(`/api/v1/campaigns/${created.json.id}`, {
    version: withOutline.json.version,
    plan: {
      docDate,
      purpose: 'Đánh giá công tác phòng, chống dịch.',
      tasks: [
        {
          kind: 'report',
          unitIds: [bchqs, await server.unitId('QT-HUONGHOA')],
          text: 'Báo cáo tổng kết theo đề cương.',
        },
        {
          kind: 'speech',
          unitIds: [bchqs],
          text: 'Chuẩn bị 01 tham luận, thời lượng 10 - 15 phút.',
          topic: 'Công tác tổ chức Khu cách ly tập trung',
          minMinutes: 10,
          maxMinutes: 15,
        },
      ],
      reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      recipients: [{ text: 'Lưu: VT' }],
      signature: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: '', title: 'CHỦ TỊCH', name: 'Hoàng Nam' },
    },
  });
  expect(saved.status, saved.body).toBe(200);
  const issued = await syt.post(`/api/v1/campaigns/${created.json.id}/issue`, {
    version: saved.json.version,
    docNumber: String(8000 + Math.floor(Math.random() * 1000)),
    docDate,
  });
  expect(issued.status, issued.body).toBe(200);
  return { id: created.json.id as string, outline: issued.json.outline as { sections: SectionOut[] } };
}

describe.each(DIALECTS)('numbers and dates within bounds (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  let huonghoa: Client;
  let round: Awaited<ReturnType<typeof issueBoundsRound>>;
  let report: string;
  let speech: string;
  let count: IndicatorOut;
  let money: IndicatorOut;

  const detail = async (client: Client, id: string) => (await client.get(`/api/v1/assignments/${id}`)).json;
  const owed = async (client: Client, kind: string) => {
    const items = (await client.get('/api/v1/assignments')).json.items as Array<{
      id: string;
      campaignId: string;
      kind: string;
    }>;
    return items.find((a) => a.campaignId === round.id && a.kind === kind)?.id as string;
  };

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    huonghoa = await suite.server.login('huonghoa');
    round = await issueBoundsRound(suite.server, syt);
    report = await owed(bchqs, 'report');
    speech = await owed(bchqs, 'speech');
    const sections = round.outline.sections[0]?.children as SectionOut[];
    count = sections[1]?.indicators[0] as IndicatorOut;
    money = sections[6]?.indicators[0] as IndicatorOut;
  });

  it('keeps an indicator’s "required" flag in the outline the unit reads', async () => {
    expect(count.required).toBe(true);
    expect(money.required).toBe(false);
    const d = await detail(bchqs, report);
    expect(d.outline.sections[0].children[1].indicators[0].required).toBe(true);
  });

  it('refuses a figure out of bounds on saving a draft, naming the indicator; nothing is saved', async () => {
    const before = (await detail(bchqs, report)).draft.version;
    const huge = await bchqs.request('PUT', `/api/v1/assignments/${report}/draft`, {
      version: before,
      content: { indicators: { [count.id]: 1e20, [money.id]: 1e308 } },
    });
    expect(huge.status, huge.body).toBe(422);
    expect(huge.json.code).toBe('content_invalid');
    expect(huge.json.errors).toEqual([
      {
        field: `content.indicators.${count.id}`,
        message: `“${count.name}” phải là số nguyên không âm, tối đa 1.000.000.000.000 (${count.unit})`,
      },
      {
        field: `content.indicators.${money.id}`,
        message: `“${money.name}” là số tiền (đồng): nhập số đồng, không âm, không có phần lẻ, tối đa 1.000.000.000.000 đồng`,
      },
    ]);
    expect(huge.json.detail).toContain(`“${count.name}”`);
    expect((await detail(bchqs, report)).draft.version).toBe(before);

    // JSON's 1e400 arrives as Infinity: refused as well, never stored.
    const infinite = await bchqs.request(
      'PUT',
      `/api/v1/assignments/${report}/draft`,
      Buffer.from(`{"version":${before},"content":{"indicators":{"${count.id}":1e400}}}`),
      { 'content-type': 'application/json' },
    );
    expect(infinite.status).toBe(400);
    expect((await detail(bchqs, report)).draft.version).toBe(before);

    // At the bound it is a figure like any other, and a draft may leave the required one empty.
    const atBound = await bchqs.request('PUT', `/api/v1/assignments/${report}/draft`, {
      version: before,
      content: { indicators: { [count.id]: null, [money.id]: 1_000_000_000_000 } },
    });
    expect(atBound.status, atBound.body).toBe(200);
  });

  it('refuses to send a report while a required indicator is empty, naming it', async () => {
    const d = await detail(bchqs, report);
    const content = fullReport(d.outline);
    const refused = await bchqs.post(`/api/v1/assignments/${report}/submit`, {
      version: d.draft.version,
      content: { ...content, indicators: { ...content.indicators, [count.id]: null } },
    });
    expect(refused.status, refused.body).toBe(422);
    expect(refused.json.code).toBe('sections_missing');
    expect(refused.json.missing).toEqual([]);
    expect(refused.json.missingIndicators).toEqual([
      {
        indicatorId: count.id,
        sectionId: d.outline.sections[0].children[1].id,
        label: 'I.2',
        name: count.name,
      },
    ]);
    expect(refused.json.detail).toBe(
      `Chưa gửi được: còn để trống chỉ tiêu bắt buộc “${count.name}” (mục I.2).`,
    );
    expect((await detail(bchqs, report)).assignment.status).toBe('in_progress');

    // The content sent with the refused submit was not saved as the draft either: nothing half-saved.
    const after = await detail(bchqs, report);
    expect(after.draft.version).toBe(d.draft.version);

    const sent = await bchqs.post(`/api/v1/assignments/${report}/submit`, {
      version: d.draft.version,
      content: { ...content, indicators: { ...content.indicators, [count.id]: 0 } },
    });
    expect(sent.status, sent.body).toBe(200);
    expect(sent.json.submission.seq).toBe(1);
  });

  it('does not send a draft stored out of bounds before the bound existed', async () => {
    const other = await owed(huonghoa, 'report');
    const d = await detail(huonghoa, other);
    const content = fullReport(d.outline);
    const stored = await huonghoa.request('PUT', `/api/v1/assignments/${other}/draft`, {
      version: 0,
      content,
    });
    expect(stored.status, stored.body).toBe(200);
    // As an older version of the system let it be stored.
    await suite.server.db.kysely
      .updateTable('assignment_drafts')
      .set({
        content: JSON.stringify({
          ...stored.json.content,
          indicators: { ...content.indicators, [count.id]: 1e308 },
        }),
      })
      .where('assignment_id', '=', other)
      .execute();
    const refused = await huonghoa.post(`/api/v1/assignments/${other}/submit`, {});
    expect(refused.status, refused.body).toBe(422);
    expect(refused.json.code).toBe('content_invalid');
    expect(refused.json.errors[0]).toMatchObject({ field: `content.indicators.${count.id}` });
    expect((await detail(huonghoa, other)).submissions).toEqual([]);

    // The consolidated report adds up what was accepted: Bộ CHQS's figures alone, and it answers.
    const sent = await detail(syt, report);
    const accepted = await syt.post(`/api/v1/assignments/${report}/review`, {
      decision: 'accept',
      version: sent.assignment.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    const consolidated = await syt.get(`/api/v1/campaigns/${round.id}/consolidated`);
    expect(consolidated.status, consolidated.body).toBe(200);
    const total = (id: string) =>
      consolidated.json.indicators.find((i: { indicatorId: string }) => i.indicatorId === id)?.total;
    expect(total(count.id)).toBe(0);
    expect(total(money.id)).toBe(fullReport(d.outline).indicators[money.id]);
  });

  it('refuses a speech longer than its task’s maximum when sent, not while drafted', async () => {
    const d = await detail(bchqs, speech);
    expect(d.assignment).toMatchObject({ minMinutes: 10, maxMinutes: 15 });
    const body = '<p>Tham luận về công tác tổ chức Khu cách ly tập trung.</p>';
    const draft = await bchqs.request('PUT', `/api/v1/assignments/${speech}/draft`, {
      version: 0,
      content: { body, topic: 'Khu cách ly tập trung', durationMinutes: 20 },
    });
    expect(draft.status, draft.body).toBe(200);
    const refused = await bchqs.post(`/api/v1/assignments/${speech}/submit`, {});
    expect(refused.status, refused.body).toBe(422);
    expect(refused.json).toMatchObject({
      code: 'length_over_maximum',
      detail:
        'Chưa gửi được: Tham luận dài 20 phút, vượt thời lượng tối đa 15 phút của nhiệm vụ; hãy rút gọn nội dung và sửa thời lượng.',
      errors: [{ field: 'content.durationMinutes' }],
    });
    expect((await detail(bchqs, speech)).submissions).toEqual([]);

    const sent = await bchqs.post(`/api/v1/assignments/${speech}/submit`, {
      version: 1,
      content: { body, topic: 'Khu cách ly tập trung', durationMinutes: 15 },
    });
    expect(sent.status, sent.body).toBe(200);
  });

  it('refuses dates outside 1900–2100 in the plan, naming the field and the range', async () => {
    const created = await syt.post('/api/v1/campaigns', {
      kind: 'so_ket',
      issuingUnitId: await suite.server.unitId('QT'),
      name: 'Đợt thử ngày tháng',
    });
    const url = `/api/v1/campaigns/${created.json.id}`;
    const far = await syt.patch(url, {
      version: created.json.version,
      plan: { reportDeadline: '9999-12-31T23:59:59+07:00', docDate: '0000-01-01' },
    });
    expect(far.status, far.body).toBe(400);
    expect(far.json.errors).toEqual([
      { field: 'plan.docDate', message: `Ngày ban hành ${RANGE}` },
      { field: 'plan.reportDeadline', message: `Thời hạn gửi báo cáo ${RANGE}` },
    ]);
    const last = await syt.patch(url, {
      version: created.json.version,
      plan: { reportDeadline: '2100-12-31T23:59:59+07:00' },
    });
    expect(last.status, last.body).toBe(200);
    expect(last.json.plan.reportDeadline).toBe('2100-12-31T16:59:59.000Z');
  });

  it('refuses a new deadline outside the range when extending one unit’s', async () => {
    const d = await detail(syt, report);
    const far = await syt.patch(`/api/v1/assignments/${report}`, {
      previousDeadline: d.assignment.deadline,
      deadline: '9999-12-31T23:59:59+07:00',
    });
    expect(far.status, far.body).toBe(400);
    expect(far.json.errors).toEqual([{ field: 'deadline', message: `Thời hạn mới ${RANGE}` }]);
    expect((await detail(syt, report)).assignment.deadline).toBe(d.assignment.deadline);
  });

  it('refuses a conference on 0000-01-01; one on 31/12/2100 goes into the calendar', async () => {
    const base = `/api/v1/campaigns/${round.id}/conference`;
    const draft = (await syt.get(base)).json;
    const body = {
      version: 0,
      title: 'Hội nghị tổng kết',
      date: '0000-01-01',
      startTime: '07:30',
      endTime: '11:30',
      tentative: false,
      venue: 'Hội trường UBND tỉnh',
      expectedDelegates: null,
      signature: draft.signature,
      agenda: [],
    };
    const ancient = await syt.request('PUT', base, body);
    expect(ancient.status, ancient.body).toBe(400);
    expect(ancient.json.errors).toEqual([{ field: 'date', message: `Ngày họp ${RANGE}` }]);
    expect((await syt.get(base)).json.saved).toBe(false);

    const saved = await syt.request('PUT', base, { ...body, date: '2100-12-31' });
    expect(saved.status, saved.body).toBe(200);
    const ics = await syt.get(`${base}/calendar.ics`);
    expect(ics.status, ics.body).toBe(200);
    expect(ics.body).toContain('DTSTART:21001231T003000Z');
  });
});

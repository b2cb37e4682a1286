import { readDocx } from '@tongket/documents/testing';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';

interface Section {
  sectionId: string;
  label: string;
  html: string;
  generated: boolean;
  contributions: Contribution[];
  contributionCount: number;
  newCount: number;
}
interface Contribution {
  unitName: string;
  isNew: boolean;
  html: string;
}

describe.each(DIALECTS)('consolidated report of plan 2519 (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let planId: string;
  const get = async () => (await syt.get(`/api/v1/campaigns/${planId}/consolidated`)).json;
  const section = (report: { sections: Section[] }, label: string) =>
    report.sections.find((s) => s.label === label) as Section;
  const indicatorUrl = (indicatorId: string) =>
    `/api/v1/campaigns/${planId}/consolidated/indicators/${encodeURIComponent(indicatorId)}`;
  /** One indicator's breakdown by level and unit, as the tab reads it when it is opened. */
  const breakdown = async (indicatorId: string, client = syt) => {
    const answer = await client.get(indicatorUrl(indicatorId));
    expect(answer.status, answer.body).toBe(200);
    return answer.json;
  };
  const pageUrl = (sectionId: string, query = '') =>
    `/api/v1/campaigns/${planId}/consolidated/sections/${sectionId}/contributions${query}`;
  /** Every contribution of a section, read a page at a time. */
  const everyContribution = async (s: Section, client = syt): Promise<Contribution[]> => {
    const out: Contribution[] = [];
    for (;;) {
      const page = await client.get(pageUrl(s.sectionId, `?offset=${out.length}&limit=5`));
      expect(page.status, page.body).toBe(200);
      out.push(...page.json.items);
      if (page.json.items.length === 0 || out.length >= page.json.total) return out;
    }
  };

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    planId = (await syt.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '2519/KH-UBND',
    ).id;
  });

  it('lists each section’s contributions of the accepted reports, the totals and who is missing', async () => {
    const report = await get();
    expect(report).toMatchObject({ version: 0, basis: 'accepted', canEdit: true });
    const first = section(report, 'I.1');
    // 16 reports accepted in the demo (14 on the report task), each with a text for I.1: counted,
    // the first three sent, the rest paged.
    expect(first.contributionCount).toBeGreaterThanOrEqual(14);
    expect(first.newCount).toBe(first.contributionCount);
    expect(first.contributions).toHaveLength(3);
    expect(report.newContributions).toBe(
      report.sections.reduce((n: number, s: Section) => n + s.newCount, 0),
    );
    expect(first.contributions[0]).toMatchObject({
      unitName: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      isNew: true,
    });
    expect(first.html).toBe('');
    expect(report.missing.map((m: { unitName: string }) => m.unitName)).toContain('Bộ Chỉ huy Quân sự tỉnh');
    expect(report.missing.map((m: { unitName: string }) => m.unitName)).toContain('Liên đoàn Lao động tỉnh');
    // The totals add up the accepted reports' own figures; the report carries each total alone, its
    // breakdown by level and unit is read on its own.
    const summary = report.indicators.find((i: { name: string }) => i.name === 'Số khu cách ly tập trung');
    expect(summary).not.toHaveProperty('units');
    expect(summary).not.toHaveProperty('subtrees');
    const zones = await breakdown(summary.indicatorId);
    const { units: _units, subtrees: _subtrees, ...rest } = zones;
    expect(rest).toEqual(summary);
    expect(zones.reported).toBe(first.contributionCount);
    expect(zones.units).toHaveLength(zones.reported);
    expect(zones.total).toBe(zones.units.reduce((sum: number, u: { value: number }) => sum + u.value, 0));
    const districts = zones.subtrees.find((s: { unitName: string }) => s.unitName === 'UBND huyện Vĩnh Linh');
    expect(districts).toMatchObject({ depth: 1, reported: 1 });
    expect(zones.subtrees[0]).toMatchObject({
      unitName: 'UBND tỉnh Quảng Trị',
      depth: 0,
      value: zones.total,
    });
  });

  it('regenerates, keeps a coordinator’s edit, and appends only what is new', async () => {
    const generated = await syt.post(`/api/v1/campaigns/${planId}/consolidated/regenerate`, { version: 0 });
    expect(generated.status, generated.body).toBe(200);
    expect(generated.json.added).toBeGreaterThan(100);
    const i1 = section(generated.json, 'I.1');
    // One report's worth of text, not fourteen: each point once, with how many units made it.
    expect(i1.html).toContain('(tất cả 14 đơn vị).</p>');
    expect(i1.html).not.toContain('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    const i1All = await everyContribution(i1);
    expect(i1All).toHaveLength(i1.contributionCount);
    expect(i1.html.length).toBeLessThan(i1All.reduce((n, c) => n + c.html.length, 0) / 4);
    // The documents each unit says it issued, added up.
    const issued = i1All.reduce((n, c) => n + Number(/ban hành (\d+) văn bản/.exec(c.html)?.[1] ?? 0), 0);
    expect(i1.html).toContain(`ban hành tổng cộng ${issued.toLocaleString('vi-VN')} văn bản chỉ đạo`);
    expect(i1All.every((c) => !c.isNew)).toBe(true);
    expect(i1.newCount).toBe(0);
    // The figures of I.4 as sentences, from the totals.
    const zones = await breakdown(
      generated.json.indicators.find((i: { name: string }) => i.name === 'Số người đã cách ly tập trung')
        .indicatorId,
    );
    const highest = [...zones.units].sort((a, b) => b.value - a.value)[0];
    expect(section(generated.json, 'I.4').html).toContain(
      `Số người đã cách ly tập trung toàn tỉnh: ${zones.total.toLocaleString('vi-VN')} người; ${zones.reported}/${
        generated.json.missing.length + zones.reported
      } đơn vị báo cáo; cao nhất là ${highest.unitName} (${highest.value.toLocaleString('vi-VN')})`,
    );
    // Each sentence links to the units' sentences it was written from.
    const sources = (await syt.get(`/api/v1/campaigns/${planId}/consolidated/sources`)).json;
    const i1Sources = sources.sections.find((s: { label: string }) => s.label === 'I.1');
    expect(i1Sources.sentences[0]).toMatchObject({ id: 1, kind: 'theme', units: 14 });
    expect(i1Sources.sentences[0].sources).toHaveLength(14);
    expect(i1Sources.sentences[0].sources[0]).toMatchObject({
      unitName: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      submissionId: expect.any(String),
    });
    expect(i1Sources.sentences[0].sources[0].text).toContain(
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã kịp thời quán triệt',
    );

    const edited = await syt.request('PUT', `/api/v1/campaigns/${planId}/consolidated`, {
      version: generated.json.version,
      sections: {
        [i1.sectionId]: '<p>Toàn tỉnh đã ban hành hàng trăm văn bản chỉ đạo.</p><script>x()</script>',
      },
    });
    expect(edited.status, edited.body).toBe(200);
    const mine = section(edited.json, 'I.1');
    expect(mine).toMatchObject({
      html: '<p>Toàn tỉnh đã ban hành hàng trăm văn bản chỉ đạo.</p>',
      generated: false,
    });

    // Another coordinator working from the older version is refused; nothing is lost.
    const stale = await syt.post(`/api/v1/campaigns/${planId}/consolidated/regenerate`, {
      version: generated.json.version,
    });
    expect(stale.status).toBe(409);

    // Liên đoàn Lao động's report is accepted now: it shows as new, and regenerating takes it in.
    const assignments = (await syt.get(`/api/v1/campaigns/${planId}/assignments`)).json.items;
    const ldld = assignments.find(
      (a: { unitName: string; kind: string }) =>
        a.unitName === 'Liên đoàn Lao động tỉnh' && a.kind === 'report',
    );
    const accepted = await syt.post(`/api/v1/assignments/${ldld.id}/review`, {
      decision: 'accept',
      version: ldld.version,
    });
    expect(accepted.status, accepted.body).toBe(200);
    const before = await get();
    expect(
      (await everyContribution(section(before, 'I.1'))).filter((c) => c.isNew).map((c) => c.unitName),
    ).toEqual(['Liên đoàn Lao động tỉnh']);
    expect(section(before, 'I.1').newCount).toBe(1);
    // Only the new ones, asked for.
    const onlyNew = await syt.get(pageUrl(section(before, 'I.1').sectionId, '?onlyNew=1'));
    expect(onlyNew.json).toMatchObject({
      total: 1,
      offset: 0,
      items: [{ unitName: 'Liên đoàn Lao động tỉnh', isNew: true }],
    });
    expect(before.newContributions).toBeGreaterThan(0);
    const again = await syt.post(`/api/v1/campaigns/${planId}/consolidated/regenerate`, {
      version: before.version,
    });
    expect(again.status).toBe(200);
    const kept = section(again.json, 'I.1');
    expect(kept.html.startsWith('<p>Toàn tỉnh đã ban hành hàng trăm văn bản chỉ đạo.</p>')).toBe(true);
    // Only the new report's points are appended, each saying whose it is.
    expect(kept.html).toContain('(Liên đoàn Lao động tỉnh).</p>');
    expect(kept.html).not.toContain('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    // An untouched section was rebuilt with everyone, the new unit among its sources.
    expect(section(again.json, 'I.2').html).toContain('(tất cả 15 đơn vị)');
    const after = (await syt.get(`/api/v1/campaigns/${planId}/consolidated/sources`)).json;
    const i2Sources = after.sections.find((s: { label: string }) => s.label === 'I.2');
    expect(
      i2Sources.sentences.flatMap((s: { sources: Array<{ unitName: string }> }) =>
        s.sources.map((x) => x.unitName),
      ),
    ).toContain('Liên đoàn Lao động tỉnh');
    // The edited section keeps the sources of what was generated, then those of what was appended.
    const keptSources = after.sections.find((s: { label: string }) => s.label === 'I.1');
    expect(keptSources.generated).toBe(false);
    expect(keptSources.sentences.at(-1).sources.map((x: { unitName: string }) => x.unitName)).toEqual([
      'Liên đoàn Lao động tỉnh',
    ]);
    expect(again.json.missing.map((m: { unitName: string }) => m.unitName)).not.toContain(
      'Liên đoàn Lao động tỉnh',
    );
  });

  it('pages a section’s contributions in tree order, finds units by name, and refuses what it should', async () => {
    const report = await get();
    const i1 = section(report, 'I.1');
    const all = await everyContribution(i1);
    expect(all.slice(0, 3)).toEqual(i1.contributions);
    const page = await syt.get(pageUrl(i1.sectionId, '?offset=4&limit=3'));
    expect(page.json).toMatchObject({ sectionId: i1.sectionId, total: all.length, offset: 4 });
    expect(page.json.items.map((c: Contribution) => c.unitName)).toEqual(
      all.slice(4, 7).map((c) => c.unitName),
    );
    // Past the end: nothing, the total still said.
    expect((await syt.get(pageUrl(i1.sectionId, `?offset=${all.length}`))).json).toMatchObject({
      total: all.length,
      items: [],
    });
    // Words of a unit's name in any order, without diacritics.
    const found = await syt.get(pageUrl(i1.sectionId, `?q=${encodeURIComponent('bien phong bo doi')}`));
    expect(found.json.total).toBe(1);
    expect(found.json.items[0]).toMatchObject({ unitName: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh' });
    expect(found.json.items[0].html).toBe(all[0]?.html);
    const none = await syt.get(pageUrl(i1.sectionId, `?q=${encodeURIComponent('không có đơn vị')}`));
    expect(none.json.total).toBe(0);
    // A section not in the outline, a page too long, an unknown parameter.
    const missing = await syt.get(pageUrl('khong-co-muc-nay'));
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toBe('Không có mục này trong đề cương của đợt.');
    expect((await syt.get(pageUrl(i1.sectionId, '?limit=51'))).status).toBe(400);
    expect((await syt.get(pageUrl(i1.sectionId, '?offset=-1'))).status).toBe(400);
    expect((await syt.get(pageUrl(i1.sectionId, '?sort=name'))).status).toBe(400);
  });

  it('answers a page to exactly those who may read the consolidated report', async () => {
    const i1 = section(await get(), 'I.1');
    // The standing agency, the province's leaders, reviewer and administrator read it (the system
    // administrator reads no round: 403); a unit officer and another province's coordinator and
    // administrator do not, and are told the round is not there.
    const expected: Record<string, number> = {
      syt: 200,
      lanhdao: 200,
      admin: 200,
      hethong: 403,
      bchqs: 404,
      huonghoa: 404,
      tdkt: 200,
      'bd-syt': 404,
      'bd-admin': 404,
    };
    for (const [username, status] of Object.entries(expected)) {
      const client = await suite.server.login(username);
      const whole = await client.get(`/api/v1/campaigns/${planId}/consolidated`);
      const page = await client.get(pageUrl(i1.sectionId, '?limit=2'));
      expect([username, whole.status, page.status]).toEqual([username, status, status]);
      if (whole.status === 200) expect(page.json.items).toEqual(i1.contributions.slice(0, 2));
      else expect(page.json.detail).toBe(whole.json.detail);
    }
    expect((await syt.get(pageUrl(i1.sectionId).replace(planId, 'khong-co-dot-nay'))).status).toBe(404);
  });

  it('sends each indicator’s breakdown on its own, as the totals count it, to those who read the report', async () => {
    const report = await get();
    expect(report.indicators.length).toBeGreaterThan(5);
    // Every indicator: the same total, count and own-figure units as the report's, every unit's
    // figure once and in the sub-totals, the round's subtree the total.
    for (const summary of report.indicators) {
      const one = await breakdown(summary.indicatorId);
      const { units, subtrees, ...rest } = one;
      expect(rest).toEqual(summary);
      expect(units).toHaveLength(summary.reported);
      expect(new Set(units.map((u: { unitId: string }) => u.unitId)).size).toBe(units.length);
      if (summary.reported > 0 && summary.aggregation === 'sum') {
        expect(subtrees[0]).toMatchObject({ depth: 0, value: summary.total, reported: summary.reported });
        expect(summary.total).toBe(units.reduce((n: number, u: { value: number }) => n + u.value, 0));
      }
    }
    // An indicator not in the round's outline (or an id too long to be one: 400), a round not there.
    const unknown = await syt.get(indicatorUrl('khong-co-chi-tieu-nay'));
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toBe('Không có chỉ tiêu này trong đề cương của đợt.');
    expect((await syt.get(indicatorUrl('x'.repeat(65)))).status).toBe(400);
    const first = report.indicators[0].indicatorId;
    expect((await syt.get(indicatorUrl(first).replace(planId, 'khong-co-dot-nay'))).status).toBe(404);
    // Exactly those who read the consolidated report, answered as it is: another unit's officer and
    // another province are told the round is not there, the system administrator reads no round.
    const expected: Record<string, number> = {
      syt: 200,
      lanhdao: 200,
      admin: 200,
      tdkt: 200,
      hethong: 403,
      bchqs: 404,
      huonghoa: 404,
      'bd-syt': 404,
      'bd-admin': 404,
    };
    const own = await breakdown(first);
    for (const [username, status] of Object.entries(expected)) {
      const client = await suite.server.login(username);
      const whole = await client.get(`/api/v1/campaigns/${planId}/consolidated`);
      const one = await client.get(indicatorUrl(first));
      expect([username, whole.status, one.status]).toEqual([username, status, status]);
      if (one.status === 200) expect(one.json).toEqual(own);
      else expect(one.json.detail).toBe(whole.json.detail);
    }
  });

  it('prints the consolidated report and its indicators by level; unit officers do not read it', async () => {
    const docx = await syt.get(`/api/v1/campaigns/${planId}/documents/consolidated.docx`);
    expect(docx.status).toBe(200);
    const text = (await readDocx(docx.raw)).text;
    for (const phrase of [
      'BÁO CÁO',
      'Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1',
      'Thực hiện Kế hoạch số 2519/KH-UBND ngày 08/6/2020',
      'KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19',
      'Toàn tỉnh đã ban hành hàng trăm văn bản chỉ đạo.',
      '(Liên đoàn Lao động tỉnh).',
      'PHỤ LỤC',
      'Số khu cách ly tập trung',
    ]) {
      expect(text).toContain(phrase);
    }
    const pdf = await syt.get(`/api/v1/campaigns/${planId}/documents/consolidated.pdf`);
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await syt.get(`/api/v1/campaigns/${planId}/documents/indicators.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Cấp 1', 'Từng đơn vị']);
    expect(workbook.getWorksheet('Cấp 1')?.getColumn(1).values).toContain('UBND huyện Vĩnh Linh');

    const unit = await suite.server.login('bchqs');
    expect((await unit.get(`/api/v1/campaigns/${planId}/consolidated`)).status).toBe(404);
    expect((await unit.get(`/api/v1/campaigns/${planId}/documents/consolidated.pdf`)).status).toBe(404);
    const viewer = await suite.server.login('lanhdao');
    const seen = await viewer.get(`/api/v1/campaigns/${planId}/consolidated`);
    expect(seen.status).toBe(200);
    expect(seen.json.canEdit).toBe(false);
    expect(
      (
        await viewer.post(`/api/v1/campaigns/${planId}/consolidated/regenerate`, {
          version: seen.json.version,
        })
      ).status,
    ).toBe(403);
  });
});

describe.each(DIALECTS)('cascaded rounds: province → district → commune (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let huonghoa: Client;
  let round: { id: string };

  async function officer(username: string, unitCode: string) {
    const res = await suite.admin.post('/api/v1/users', {
      username,
      fullName: `Cán bộ ${unitCode}`,
      role: 'unit',
      unitId: await suite.server.unitId(unitCode),
      password: 'mat-khau-thu-nghiem',
    });
    if (res.status !== 201) throw new Error(res.body);
    return suite.server.login(username, 'mat-khau-thu-nghiem');
  }

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    huonghoa = await suite.server.login('huonghoa');
    round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-HUONGHOA', 'QT-GIOLINH'],
      deadlineInDays: 10,
      name: 'Đợt có cấp dưới',
    });
  });

  it('opens a district round for its communes, with checks on deadline, units and repeats', async () => {
    const later = new Date(Date.now() + 12 * 86_400_000).toISOString();
    const tooLate = await huonghoa.post(`/api/v1/campaigns/${round.id}/children`, { reportDeadline: later });
    expect(tooLate.status).toBe(422);
    expect(tooLate.json.detail).toContain('phải trước thời hạn báo cáo của UBND huyện Hướng Hóa');
    const outside = await huonghoa.post(`/api/v1/campaigns/${round.id}/children`, {
      reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      unitIds: [await suite.server.unitId('QT-GL-CUAVIET')],
    });
    expect(outside.status).toBe(422);
    expect(outside.json.detail).toContain('không thuộc UBND huyện Hướng Hóa');
    const bchqs = await suite.server.login('bchqs');
    expect(
      (await bchqs.post(`/api/v1/campaigns/${round.id}/children`, { reportDeadline: later })).status,
    ).toBe(409);

    const opened = await huonghoa.post(`/api/v1/campaigns/${round.id}/children`, {
      reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    });
    expect(opened.status, opened.body).toBe(201);
    expect(opened.json).toMatchObject({ status: 'draft', parentCampaignId: round.id, canManage: true });
    expect(opened.json.plan.issuingBody).toBe('ỦY BAN NHÂN DÂN\nHUYỆN HƯỚNG HÓA');
    expect(opened.json.plan.tasks[0].unitIds).toHaveLength(3);
    expect(opened.json.outline.sections[0].children).toHaveLength(9);
    const again = await huonghoa.post(`/api/v1/campaigns/${round.id}/children`, {
      reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    });
    expect(again.status).toBe(409);
    // Only its opener runs it; the province's coordinator reads it, Gio Linh does not see it.
    expect((await syt.get(`/api/v1/campaigns/${opened.json.id}`)).json.canManage).toBe(false);
    const giolinh = await officer(`gl.${dialect}`, 'QT-GIOLINH');
    expect((await giolinh.get(`/api/v1/campaigns/${opened.json.id}`)).status).toBe(404);
  });

  it('the district issues it, communes report, and its consolidation becomes the district’s draft upward', async () => {
    const children = (await syt.get(`/api/v1/campaigns/${round.id}/children`)).json.items;
    expect(children).toHaveLength(1);
    const childId = children[0].campaignId;
    let child = (await huonghoa.get(`/api/v1/campaigns/${childId}`)).json;
    const signed = await huonghoa.patch(`/api/v1/campaigns/${childId}`, {
      version: child.version,
      plan: { signature: { ...child.plan.signature, name: 'Hồ Thị Hướng' } },
    });
    expect(signed.status, signed.body).toBe(200);
    const issued = await huonghoa.post(`/api/v1/campaigns/${childId}/issue`, {
      version: signed.json.version,
      docNumber: '315',
    });
    expect(issued.status, issued.body).toBe(200);
    child = issued.json;

    const communes = ['QT-HH-KHESANH', 'QT-HH-LAOBAO', 'QT-HH-TANHOP'];
    for (const [i, code] of communes.entries()) {
      const commune = await officer(`${code.toLowerCase()}.${dialect}`, code);
      const owed = (await commune.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string }) => a.campaignId === childId,
      );
      const content = fullReport(child.outline);
      content.sections[child.outline.sections[0].children[0].id] =
        `<p>Ban Chỉ đạo xã đã họp ${i + 2} lần.</p>${i === 2 ? '<p>Tại bản Tà Rùng, lập 4 chốt kiểm soát trên đường mòn.</p>' : ''}`;
      const sent = await commune.post(`/api/v1/assignments/${owed.id}/submit`, { version: 0, content });
      expect(sent.status, sent.body).toBe(200);
    }
    const progress = (await syt.get(`/api/v1/campaigns/${round.id}/children`)).json.items[0];
    expect(progress.totals).toMatchObject({ expected: 3, submitted: 3 });

    const regenerated = await huonghoa.post(`/api/v1/campaigns/${childId}/consolidated/regenerate`, {
      version: 0,
      basis: 'submitted',
    });
    expect(regenerated.status, regenerated.body).toBe(200);
    const sentUp = await huonghoa.post(`/api/v1/campaigns/${childId}/consolidated/send-up`);
    expect(sentUp.status, sentUp.body).toBe(200);
    expect(sentUp.json.unmapped).toEqual([]);
    const draft = (await huonghoa.get(`/api/v1/assignments/${sentUp.json.assignmentId}`)).json;
    const upward = draft.outline.sections[0].children[0];
    // What the three communes wrote, synthesised: their meetings added up, the third's own point kept.
    expect(draft.draft.content.sections[upward.id]).toContain(
      '<p>Ban Chỉ đạo xã đã họp tổng cộng 9 lần (tất cả 3 đơn vị).</p>',
    );
    expect(draft.draft.content.sections[upward.id]).toContain(
      '<p>Tại bản Tà Rùng, lập 4 chốt kiểm soát trên đường mòn (UBND xã Tân Hợp).</p>',
    );
    // Figures rolled up: three communes reported 10 for the first indicator of I.2.
    const indicator = draft.outline.sections[0].children[1].indicators[0];
    expect(draft.draft.content.indicators[indicator.id]).toBe(30);
    // The district then sends it upward like any report.
    const submitted = await huonghoa.post(`/api/v1/assignments/${draft.assignment.id}/submit`, {
      version: draft.draft.version,
    });
    expect(submitted.status, submitted.body).toBe(200);
  });

  it('refuses to roll up an indicator counted in another unit below', async () => {
    const other = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-HUONGHOA'],
      deadlineInDays: 10,
      name: 'Đợt đơn vị tính khác',
    });
    const opened = await huonghoa.post(`/api/v1/campaigns/${other.id}/children`, {
      reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      unitIds: [await suite.server.unitId('QT-HH-KHESANH')],
    });
    const child = opened.json;
    const outline = structuredClone(child.outline);
    outline.sections[0].children[3].indicators[1].unit = 'lượt người';
    const put = await huonghoa.request('PUT', `/api/v1/campaigns/${child.id}/outline`, {
      version: child.version,
      outline,
    });
    expect(put.status, put.body).toBe(200);
    const signed = await huonghoa.patch(`/api/v1/campaigns/${child.id}`, {
      version: put.json.version,
      plan: { signature: { ...child.plan.signature, name: 'Hồ Thị Hướng' } },
    });
    const issued = await huonghoa.post(`/api/v1/campaigns/${child.id}/issue`, {
      version: signed.json.version,
      docNumber: '316',
    });
    expect(issued.status, issued.body).toBe(200);
    const commune = await suite.server.login(`qt-hh-khesanh.${dialect}`, 'mat-khau-thu-nghiem');
    const owed = (await commune.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string }) => a.campaignId === child.id,
    );
    await commune.post(`/api/v1/assignments/${owed.id}/submit`, {
      version: 0,
      content: fullReport(issued.json.outline),
    });
    await huonghoa.post(`/api/v1/campaigns/${child.id}/consolidated/regenerate`, {
      version: 0,
      basis: 'submitted',
    });
    const refused = await huonghoa.post(`/api/v1/campaigns/${child.id}/consolidated/send-up`);
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('indicator_unit_mismatch');
    expect(refused.json.detail).toContain(
      '“Số người đã cách ly tập trung”: đơn vị tính ở đợt cấp dưới là “lượt người”, ở đợt cấp trên là “người”',
    );
  });
});

describe.each(DIALECTS)('a district and its own communes in one round (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let round: { id: string };
  let outline: Parameters<typeof fullReport>[0] & {
    sections: Array<{
      title: string;
      children: Array<{ title: string; indicators: Array<{ name: string }>; children: unknown[] }>;
    }>;
  };
  const intro = 'Phần mở đầu mục I của huyện Hướng Hóa: Ban Chỉ đạo huyện họp định kỳ hằng tuần.';

  async function officer(username: string, unitCode: string) {
    const res = await suite.admin.post('/api/v1/users', {
      username,
      fullName: `Cán bộ ${unitCode}`,
      role: 'unit',
      unitId: await suite.server.unitId(unitCode),
      password: 'mat-khau-thu-nghiem',
    });
    if (res.status !== 201) throw new Error(res.body);
    return suite.server.login(username, 'mat-khau-thu-nghiem');
  }

  /** Each unit's figure for the first indicator of I.2; every other one is 10 or more as fullReport gives. */
  const figures: Record<string, number> = {
    'QT-HUONGHOA': 100,
    'QT-HH-KHESANH': 30,
    'QT-HH-LAOBAO': 40,
    'QT-GIOLINH': 7,
  };
  const indicator = () => outline.sections[0]?.children[1]?.indicators[0] as { id: string; name: string };

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    round = await issueTestRound(suite.server, syt, {
      reportUnits: Object.keys(figures),
      deadlineInDays: 10,
      name: 'Đợt huyện và xã cùng báo cáo',
    });
    outline = (await syt.get(`/api/v1/campaigns/${round.id}`)).json.outline;
    const clients: Record<string, Client> = {
      'QT-HUONGHOA': await suite.server.login('huonghoa'),
      'QT-HH-KHESANH': await officer(`ks.${dialect}`, 'QT-HH-KHESANH'),
      'QT-HH-LAOBAO': await officer(`lb.${dialect}`, 'QT-HH-LAOBAO'),
      'QT-GIOLINH': await officer(`gl2.${dialect}`, 'QT-GIOLINH'),
    };
    for (const [code, client] of Object.entries(clients)) {
      const owed = (await client.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
      );
      const content = fullReport(outline);
      content.indicators[indicator().id] = figures[code] as number;
      // The district writes an introduction under I., before its sub-sections 1., 2., …
      if (code === 'QT-HUONGHOA') content.sections[outline.sections[0]?.id as string] = `<p>${intro}</p>`;
      const sent = await client.post(`/api/v1/assignments/${owed.id}/submit`, { version: 0, content });
      if (sent.status !== 200) throw new Error(sent.body);
    }
  });

  it('warns, before and after issuing, of the unit reporting with its own communes, listing the pairs', async () => {
    const issued = (await syt.get(`/api/v1/campaigns/${round.id}`)).json;
    expect(issued.warnings).toEqual([
      'Nhiệm vụ 1 giao báo cáo cho cả đơn vị và đơn vị cấp dưới của nó: UBND huyện Hướng Hóa – UBND thị trấn Khe Sanh; UBND huyện Hướng Hóa – UBND thị trấn Lao Bảo. Khi tổng hợp số liệu, số của đơn vị cấp trên được dùng thay cho tổng của các đơn vị cấp dưới (không cộng trùng).',
    ]);
    // A draft shows it while it is prepared, and it does not stop the plan being issued.
    const draft = await syt.post('/api/v1/campaigns', {
      kind: 'tong_ket',
      issuingUnitId: await suite.server.unitId('QT'),
      name: 'Dự thảo có huyện và xã',
      outlineTemplate: 'quang-tri-2020',
    });
    const unitIds = await Promise.all(
      ['QT-GIOLINH', 'QT-HH-TANHOP', 'QT-HUONGHOA'].map((c) => suite.server.unitId(c)),
    );
    const saved = await syt.patch(`/api/v1/campaigns/${draft.json.id}`, {
      version: draft.json.version,
      plan: {
        tasks: [
          { kind: 'speech', unitIds: unitIds.slice(0, 2), text: 'Tham luận.', topic: 'Cách ly' },
          { kind: 'report', unitIds, text: 'Báo cáo theo đề cương.', label: 'Các địa phương' },
        ],
      },
    });
    expect(saved.status, saved.body).toBe(200);
    expect(saved.json.warnings).toEqual([
      'Nhiệm vụ 2 (Các địa phương) giao báo cáo cho cả đơn vị và đơn vị cấp dưới của nó: UBND huyện Hướng Hóa – UBND xã Tân Hợp. Khi tổng hợp số liệu, số của đơn vị cấp trên được dùng thay cho tổng của các đơn vị cấp dưới (không cộng trùng).',
    ]);
    expect(saved.json.problems.join(' ')).not.toContain('cấp dưới');
  });

  it('rolls the figures up without counting the communes twice, and says whose own figure was used', async () => {
    const regenerated = await syt.post(`/api/v1/campaigns/${round.id}/consolidated/regenerate`, {
      version: 0,
      basis: 'submitted',
    });
    expect(regenerated.status, regenerated.body).toBe(200);
    expect(
      regenerated.json.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicator().id),
    ).toMatchObject({ total: 107, reported: 4 });
    const answer = await syt.get(`/api/v1/campaigns/${round.id}/consolidated/indicators/${indicator().id}`);
    expect(answer.status, answer.body).toBe(200);
    const total = answer.json;
    // Hướng Hóa's 100 covers Khe Sanh and Lao Bảo; Gio Linh adds 7 — not 100 + 30 + 40 + 7.
    expect(total).toMatchObject({ total: 107, reported: 4 });
    const sub = (name: string) => total.subtrees.find((s: { unitName: string }) => s.unitName === name);
    expect(sub('UBND tỉnh Quảng Trị')).toMatchObject({ value: 107, reported: 4 });
    expect(sub('UBND huyện Hướng Hóa')).toMatchObject({ value: 100, reported: 3 });
    expect(sub('UBND thị trấn Khe Sanh')).toMatchObject({ value: 30, reported: 1 });
    expect(total.ownFigureUnits).toEqual([
      { unitId: await suite.server.unitId('QT-HUONGHOA'), unitName: 'UBND huyện Hướng Hóa', replaces: 2 },
    ]);

    const xlsx = await syt.get(`/api/v1/campaigns/${round.id}/documents/indicators.xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ExcelJS.Buffer);
    const totals = workbook.getWorksheet('Tổng hợp');
    const totalRow = totals
      ?.getRows(2, totals.rowCount - 1)
      ?.find((r) => r.getCell(2).value === indicator().name);
    expect(totalRow?.getCell(5).value).toBe(107);
    const level1 = workbook.getWorksheet('Cấp 1') as ExcelJS.Worksheet;
    const column = (level1.getRow(1).values as string[]).findIndex((h) => h?.startsWith(indicator().name));
    expect(column).toBeGreaterThan(1);
    const district = level1
      .getRows(2, level1.rowCount - 1)
      ?.find((r) => r.getCell(1).value === 'UBND huyện Hướng Hóa');
    expect(district?.getCell(column).value).toBe(100);
    const note = workbook.getWorksheet('Ghi chú');
    expect(note?.getColumn(2).values).toContain('UBND huyện Hướng Hóa');
    expect(String(note?.getColumn(1).values.at(-1))).toContain('không cộng thêm số liệu của cấp dưới');
  });

  it('carries the text written under a section with sub-sections into the consolidated text and DOCX', async () => {
    const report = (await syt.get(`/api/v1/campaigns/${round.id}/consolidated`)).json;
    const parent = report.sections.find((s: Section) => s.sectionId === outline.sections[0]?.id) as Section;
    expect(parent.html).toContain(`<p>${intro.slice(0, -1)} (UBND huyện Hướng Hóa).</p>`);
    expect(parent.newCount).toBe(0);
    expect(parent.contributions.every((c) => !c.isNew)).toBe(true);
    expect(report.newContributions).toBe(0);

    const docx = await syt.get(`/api/v1/campaigns/${round.id}/documents/consolidated.docx`);
    expect(docx.status).toBe(200);
    const text = (await readDocx(docx.raw)).text;
    const heading = text.indexOf(outline.sections[0]?.title as string);
    const at = text.indexOf(intro.slice(0, -1));
    const firstChild = text.indexOf(outline.sections[0]?.children[0]?.title as string);
    expect(heading).toBeGreaterThan(-1);
    // Under its heading, before the first sub-section.
    expect(at).toBeGreaterThan(heading);
    expect(firstChild).toBeGreaterThan(at);
    // The appendix says whose own figure stands for its communes.
    expect(text).toContain('Ghi chú: số liệu của UBND huyện Hướng Hóa là số của chính đơn vị');

    // The coordinator edits it like any section's text, and regenerating keeps the edit.
    const edited = await syt.request('PUT', `/api/v1/campaigns/${round.id}/consolidated`, {
      version: report.version,
      sections: { [parent.sectionId]: '<p>Toàn tỉnh triển khai đồng bộ.</p>' },
    });
    expect(edited.status, edited.body).toBe(200);
    const again = await syt.post(`/api/v1/campaigns/${round.id}/consolidated/regenerate`, {
      version: edited.json.version,
    });
    expect(again.status, again.body).toBe(200);
    const kept = again.json.sections.find((s: Section) => s.sectionId === parent.sectionId) as Section;
    expect(kept).toMatchObject({ html: '<p>Toàn tỉnh triển khai đồng bộ.</p>', generated: false });
  });
});

describe.each(DIALECTS)('the change against the round this one was cloned from (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let clients: Record<string, Client>;
  type Outline = Parameters<typeof fullReport>[0];
  const zonesOf = (outline: Outline) =>
    (
      (outline.sections[0]?.children ?? []).flatMap((s) => s.indicators) as Array<{
        id: string;
        name: string;
      }>
    ).find((i) => i.name === 'Số khu cách ly tập trung') as { id: string };

  /** Each unit reports `zones` quarantine zones in the round; every other figure is as fullReport gives. */
  async function report(roundId: string, zones: Record<string, number>) {
    const outline = (await syt.get(`/api/v1/campaigns/${roundId}`)).json.outline as Outline;
    for (const [code, client] of Object.entries(clients)) {
      const owed = (await client.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === roundId && a.kind === 'report',
      );
      const content = fullReport(outline);
      content.indicators[zonesOf(outline).id] = zones[code] as number;
      const sent = await client.post(`/api/v1/assignments/${owed.id}/submit`, { version: 0, content });
      if (sent.status !== 200) throw new Error(sent.body);
    }
  }

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    const officer = await suite.admin.post('/api/v1/users', {
      username: `kytruoc.${dialect}`,
      fullName: 'Cán bộ huyện Gio Linh',
      role: 'unit',
      unitId: await suite.server.unitId('QT-GIOLINH'),
      password: 'mat-khau-thu-nghiem',
    });
    if (officer.status !== 201) throw new Error(officer.body);
    clients = {
      'QT-HUONGHOA': await suite.server.login('huonghoa'),
      'QT-GIOLINH': await suite.server.login(`kytruoc.${dialect}`, 'mat-khau-thu-nghiem'),
    };
  });

  it('states each total’s change against the previous round, whose total is one of the sentence’s sources', async () => {
    const last = await issueTestRound(suite.server, syt, {
      reportUnits: Object.keys(clients),
      deadlineInDays: 10,
      name: 'Tổng kết năm trước',
    });
    await report(last.id, { 'QT-HUONGHOA': 10, 'QT-GIOLINH': 15 });
    // Its consolidation was made on the reports as submitted: the previous totals are counted so too.
    const consolidated = await syt.post(`/api/v1/campaigns/${last.id}/consolidated/regenerate`, {
      version: 0,
      basis: 'submitted',
    });
    expect(consolidated.status, consolidated.body).toBe(200);
    const i4 = (json: { sections: Section[] }) => json.sections.find((s) => s.label === 'I.4') as Section;
    expect(i4(consolidated.json).html).toContain('Số khu cách ly tập trung toàn tỉnh: 25 khu;');
    expect(i4(consolidated.json).html).not.toContain('kỳ trước');

    // The next round, cloned from it: its outline's indicators have new ids, matched by name.
    const cloned = await syt.post(`/api/v1/campaigns/${last.id}/clone`, { name: 'Tổng kết năm nay' });
    expect(cloned.status, cloned.body).toBe(201);
    const dated = await syt.patch(`/api/v1/campaigns/${cloned.json.id}`, {
      version: cloned.json.version,
      plan: {
        docDate: consolidated.json.generatedAt.slice(0, 10),
        reportDeadline: new Date(suite.server.clock.nowMs() + 10 * 86_400_000).toISOString(),
      },
    });
    expect(dated.status, dated.body).toBe(200);
    const issued = await syt.post(`/api/v1/campaigns/${cloned.json.id}/issue`, {
      version: dated.json.version,
      docNumber: '8519',
      docDate: dated.json.plan.docDate,
    });
    expect(issued.status, issued.body).toBe(200);
    await report(cloned.json.id, { 'QT-HUONGHOA': 20, 'QT-GIOLINH': 17 });
    const regenerated = await syt.post(`/api/v1/campaigns/${cloned.json.id}/consolidated/regenerate`, {
      version: 0,
      basis: 'submitted',
    });
    expect(regenerated.status, regenerated.body).toBe(200);
    const html = i4(regenerated.json).html;
    expect(html).toContain(
      'Số khu cách ly tập trung toàn tỉnh: 37 khu, tăng 12 khu (+48,0 %) so với kỳ trước (25 khu); 2/2 đơn vị báo cáo;',
    );
    // The same figure both times: said so.
    expect(html).toContain(
      'Số người đã cách ly tập trung toàn tỉnh: 22 người, không thay đổi so với kỳ trước;',
    );

    const sources = (await syt.get(`/api/v1/campaigns/${cloned.json.id}/consolidated/sources`)).json;
    const zones = sources.sections
      .find((s: { label: string }) => s.label === 'I.4')
      .sentences.find((s: { text: string }) => s.text.startsWith('Số khu cách ly tập trung'));
    expect(zones.units).toBe(2);
    expect(zones.sources.at(-1)).toEqual({
      unitId: await suite.server.unitId('QT'),
      unitName: 'UBND tỉnh Quảng Trị',
      submissionId: '',
      text: expect.stringMatching(
        /^Số khu cách ly tập trung toàn tỉnh kỳ trước \(Tổng kết năm trước, \d+\/KH-UBND\): 25 khu$/,
      ),
      value: 25,
      campaignId: last.id,
    });
    // The documents print the sentence as the draft has it.
    const docx = await syt.get(`/api/v1/campaigns/${cloned.json.id}/documents/consolidated.docx`);
    expect((await readDocx(docx.raw)).text).toContain('tăng 12 khu (+48,0 %) so với kỳ trước (25 khu)');
  });
});

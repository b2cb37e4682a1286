import { normaliseText, readDocx, readPdf } from '@tongket/documents/testing';
import { numberOutline, type OutlineSection } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type Response, useTestServer } from '../../../test/harness.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';

/** The text of a downloaded DOCX or PDF, normalised (a PDF's columns kept whole). */
async function textOf(res: Response): Promise<string> {
  expect(res.status, res.body.slice(0, 300)).toBe(200);
  const type = String(res.headers['content-type']);
  if (type.includes('pdf')) return normaliseText((await readPdf(res.raw)).drawnPages.join('\n'));
  expect(type).toContain('wordprocessingml');
  return normaliseText((await readDocx(res.raw)).text);
}

describe.each(DIALECTS)('a unit downloads its own report as an official Báo cáo (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  let huonghoa: Client;
  let lanhdao: Client;
  let tdkt: Client;
  let bdSyt: Client;
  let round: { id: string };
  let own: string;
  let khesanh: string;
  let speech: string;
  let outline: { summary: string; sections: OutlineSection[] };
  let content: ReturnType<typeof fullReport>;
  let draftVersion: number;

  const url = (id: string, file: 'report.docx' | 'report.pdf', query = '') =>
    `/api/v1/assignments/${id}/documents/${file}${query}`;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    huonghoa = await suite.server.login('huonghoa');
    lanhdao = await suite.server.login('lanhdao');
    tdkt = await suite.server.login('tdkt');
    bdSyt = await suite.server.login('bd-syt');
    round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HH-KHESANH'],
      deadlineInDays: 5,
    });
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.filter(
      (a: { campaignId: string }) => a.campaignId === round.id,
    );
    own = mine.find((a: { kind: string }) => a.kind === 'report').id;
    speech = mine.find((a: { kind: string }) => a.kind === 'speech').id;
    khesanh = (await syt.get(`/api/v1/campaigns/${round.id}/assignments`)).json.items.find(
      (a: { unitName: string; kind: string }) =>
        a.unitName === 'UBND thị trấn Khe Sanh' && a.kind === 'report',
    ).id;
    const detail = (await bchqs.get(`/api/v1/assignments/${own}`)).json;
    outline = detail.outline;
    content = fullReport(detail.outline);
    const saved = await bchqs.request('PUT', `/api/v1/assignments/${own}/draft`, {
      version: detail.draft.version,
      content,
    });
    expect(saved.status, saved.body).toBe(200);
    draftVersion = saved.json.version;
  });

  it('prints the unit’s header, a blank number and date, the outline with its text, Nơi nhận and the signature block', async () => {
    for (const file of ['report.docx', 'report.pdf'] as const) {
      const res = await bchqs.get(url(own, file));
      expect(String(res.headers['content-disposition'])).toContain(
        file.replace('report', 'bao-cao-qt-bchqs'),
      );
      const text = await textOf(res);
      expect(text).toContain('UBND TỈNH QUẢNG TRỊ');
      expect(text).toContain('BỘ CHỈ HUY QUÂN SỰ TỈNH');
      expect(text).toContain('Số:/BC-');
      expect(text).toMatch(/Quảng Trị, ngày tháng năm \d{4}/);
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain(outline.summary);
      expect(text).not.toContain('DỰ THẢO');
      for (const { section, label } of numberOutline(outline.sections)) {
        expect(text).toContain(`${label} ${section.title}`);
        const html = content.sections[section.id];
        if (html) expect(text).toContain(html.replace(/<[^>]+>/g, '').replace(/\.$/, ''));
      }
      expect(text).toContain('Nơi nhận:');
      expect(text).toContain('- Sở Y tế;');
      expect(text).toContain('- Lưu: VT.');
      expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    }
  });

  it('prints the indicator values the unit entered, as the outline shows them', async () => {
    const text = await textOf(await bchqs.get(url(own, 'report.docx')));
    const indicators = numberOutline(outline.sections).flatMap(({ section }) => section.indicators);
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) {
      expect(text).toContain(`${i.name}: ${content.indicators[i.id]}${i.unit ? ` ${i.unit}` : ''}`);
    }
  });

  it('prints the number, date and signer the unit fills in before downloading', async () => {
    const query =
      '?number=125&code=BC-BCHQS&date=2020-06-09' +
      `&signerTitle=${encodeURIComponent('KT. Chỉ huy trưởng\nPhó Chỉ huy trưởng')}` +
      `&signerName=${encodeURIComponent('Trần Văn Bình')}`;
    for (const file of ['report.docx', 'report.pdf'] as const) {
      const text = await textOf(await bchqs.get(url(own, file, query)));
      expect(text).toContain('Số: 125/BC-BCHQS');
      expect(text).toContain('Quảng Trị, ngày 09 tháng 6 năm 2020');
      expect(text).toContain('KT. CHỈ HUY TRƯỞNG');
      expect(text).toContain('PHÓ CHỈ HUY TRƯỞNG');
      expect(text).toContain('Trần Văn Bình');
      expect(text).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
    }
  });

  it('refuses what it cannot print, in Vietnamese', async () => {
    const bad = await bchqs.get(url(own, 'report.pdf', '?number=12a&date=09/06/2020&code=bc%20x'));
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Số văn bản chỉ gồm chữ số');
    expect(bad.body).toContain('cần dạng yyyy-mm-dd');
    expect(bad.body).toContain('Ký hiệu văn bản viết hoa');
    const notReport = await bchqs.get(url(speech, 'report.pdf'));
    expect(notReport.status).toBe(400);
    expect(notReport.json.code).toBe('not_a_report_document');
    expect(notReport.json.detail).toContain('Chỉ nhiệm vụ báo cáo theo đề cương');
    const missing = await bchqs.get(url(own, 'report.pdf', '?submission=9'));
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toContain('Không có lần gửi thứ 9');
  });

  it('gives the standing agency what was sent, never the unit’s draft', async () => {
    const before = await syt.get(url(own, 'report.docx'));
    expect(before.status).toBe(404);
    expect(before.json.detail).toBe('Đơn vị chưa gửi báo cáo nào cho nhiệm vụ này.');

    const sent = await bchqs.post(
      `/api/v1/assignments/${own}/submit`,
      { version: draftVersion },
      { 'idempotency-key': `bao-cao-van-ban-${dialect}` },
    );
    expect(sent.status, sent.body).toBe(200);
    const section = numberOutline(outline.sections).find(({ section }) => content.sections[section.id])
      ?.section.id as string;

    const asSent = await textOf(await syt.get(url(own, 'report.pdf')));
    expect(asSent).toContain('BỘ CHỈ HUY QUÂN SỰ TỈNH');
    expect(asSent).toContain(content.sections[section]?.replace(/<[^>]+>/g, '').replace(/\.$/, ''));
    expect(await textOf(await syt.get(url(own, 'report.docx', '?submission=1')))).toContain(
      content.sections[section]?.replace(/<[^>]+>/g, '').replace(/\.$/, ''),
    );
    expect(await textOf(await bchqs.get(url(own, 'report.docx', '?submission=1')))).toContain(
      'BỘ CHỈ HUY QUÂN SỰ TỈNH',
    );
  });

  it('is the owning unit’s and the round’s managers’ only: other units, the leadership, the board and another province are refused', async () => {
    // Another unit's officer: not even seen.
    expect((await huonghoa.get(url(own, 'report.pdf'))).status).toBe(404);
    // The unit above Khe Sanh reads its assignment, but the paper is Khe Sanh's to sign.
    expect((await huonghoa.get(`/api/v1/assignments/${khesanh}`)).status).toBe(200);
    const above = await huonghoa.get(url(khesanh, 'report.docx'));
    expect(above.status).toBe(403);
    expect(above.json.detail).toContain('Chỉ cán bộ của đơn vị được giao và cơ quan thường trực');
    for (const who of [lanhdao, tdkt, suite.admin]) {
      const res = await who.get(url(own, 'report.pdf'));
      expect(res.status).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    // Bình Dương's standing agency does not see Quảng Trị's assignment, nor Quảng Trị Bình Dương's.
    expect((await bdSyt.get(url(own, 'report.pdf'))).status).toBe(404);
    const bdRound = (await bdSyt.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '4865/KH-UBND',
    );
    const bdAssignment = (await bdSyt.get(`/api/v1/campaigns/${bdRound.id}/assignments`)).json.items.find(
      (a: { kind: string; status: string }) =>
        a.kind === 'report' && (a.status === 'submitted' || a.status === 'accepted'),
    );
    expect(bdAssignment).toBeTruthy();
    // Its own standing agency prints it…
    expect(await textOf(await bdSyt.get(url(bdAssignment.id, 'report.docx')))).toContain('BÁO CÁO');
    for (const who of [syt, bchqs]) {
      expect((await who.get(url(bdAssignment.id, 'report.docx'))).status).toBe(404);
    }
  });
});

import { readEdxml, readPdf } from '@tongket/documents/testing';
import { vietnamDate } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type TestServer, useTestServer } from '../../../test/harness.ts';
import { draftTestRound } from '../../../test/rounds.ts';

async function roundId(client: Client, reference: string): Promise<string> {
  const list = (await client.get('/api/v1/campaigns')).json.items;
  return list.find((c: { reference: string }) => c.reference === reference).id;
}

/** A Quảng Trị round issued under `docNumber`, its plan sent to the units of `recipientCodes`. */
async function issuedRound(
  server: TestServer,
  syt: Client,
  docNumber: string,
  recipientCodes: string[],
): Promise<string> {
  const draft = await draftTestRound(server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
  const unitIds = await Promise.all(recipientCodes.map((code) => server.unitId(code)));
  const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
    version: draft.version,
    plan: { recipients: [{ text: 'Các đơn vị', unitIds }, { text: 'Lưu: VT' }] },
  });
  expect(saved.status).toBe(200);
  const issued = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
    version: saved.json.version,
    docNumber,
    docDate: draft.docDate,
  });
  expect(issued.status, issued.body).toBe(200);
  return draft.id;
}

describe.each(DIALECTS)('the issued plan as an edXML package (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let qt2020: string;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    qt2020 = await roundId(syt, '2519/KH-UBND');
  });

  it('carries the plan’s header by agency codes and its PDF, named in ASCII and in UTF-8', async () => {
    const res = await syt.get(`/api/v1/campaigns/${qt2020}/plan.edxml`);
    expect(res.status, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ke-hoach-2519-KH-UBND.edxml"; filename*=UTF-8''${encodeURIComponent('Kế hoạch 2519-KH-UBND.edxml')}`,
    );
    const pkg = readEdxml(res.body);
    const h = pkg.header;
    expect(h.From).toMatchObject({
      OrganId: '000.00.00.H50',
      OrganName: 'UBND tỉnh Quảng Trị',
      Email: 'ubnd@quangtri.gov.vn',
    });
    // The recipients' units in the order "Nơi nhận" names them, without the issuer itself.
    expect(h.To.map((t: { OrganId: string; OrganName: string }) => [t.OrganId, t.OrganName])).toEqual([
      ['000.00.02.H50', 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh'],
      ['000.00.39.H50', 'UBND huyện Đakrông'],
      ['000.00.23.H50', 'Sư đoàn 968'],
    ]);
    expect(h.DocumentId).toBe('000.00.00.H50,2020/06/08,2519/KH-UBND');
    expect(h.Code).toEqual({ CodeNumber: '2519', CodeNotation: 'KH-UBND' });
    expect(h.PromulgationInfo).toEqual({ Place: 'Quảng Trị', PromulgationDate: '2020/06/08' });
    expect(h.DocumentType).toEqual({ Type: '2', TypeName: 'Kế hoạch' });
    expect(h.Subject).toBe('Tổ chức Hội nghị tổng kết giai đoạn 1 công tác chống dịch COVID-19');
    expect(h.SignerInfo).toEqual({
      Competence: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH',
      Position: 'PHÓ CHỦ TỊCH',
      FullName: 'Hoàng Nam',
    });
    const campaign = (await syt.get(`/api/v1/campaigns/${qt2020}`)).json;
    expect(h.DueDate).toBe(vietnamDate(campaign.plan.reportDeadline).replaceAll('-', '/'));
    expect(h.ToPlaces.Place).toEqual([
      'Các PCT UBND tỉnh',
      'Thành viên BCD phòng, chống dịch COVID-19 tỉnh',
      'UBND huyện Đakrông, Sư đoàn 968',
    ]);
    expect(pkg.trace.TraceHeader.OrganId).toBe('000.00.00.H50');

    // The attachment is the plan's PDF: the same document the plan's own download gives.
    expect(pkg.attachments).toHaveLength(1);
    const [attachment] = pkg.attachments;
    expect(attachment).toMatchObject({
      name: 'Kế hoạch 2519-KH-UBND.pdf',
      contentType: 'application/pdf',
      description: 'Kế hoạch số 2519/KH-UBND',
    });
    expect(pkg.manifest[0]?.href).toBe(`cid:${attachment?.contentId}`);
    const attached = await readPdf(attachment?.bytes as Buffer);
    const downloaded = await readPdf((await syt.get(`/api/v1/campaigns/${qt2020}/documents/plan.pdf`)).raw);
    expect(attached.pages).toEqual(downloaded.pages);
    expect(h.OtherInfo.PageAmount).toBe(String(downloaded.pages.length));
  });

  it('is refused for a draft, in Vietnamese', async () => {
    const draft = await draftTestRound(suite.server, syt, { reportUnits: ['QT-BCHQS'], deadlineInDays: 5 });
    const res = await syt.get(`/api/v1/campaigns/${draft.id}/plan.edxml`);
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('campaign_not_issued');
    expect(res.json.detail).toBe(
      'Kế hoạch còn là dự thảo; chỉ kế hoạch đã ban hành mới xuất được gói edXML để gửi liên thông.',
    );
  });

  it('names the receiving units without an agency code, and asks for a receiver when there is none', async () => {
    const id = await issuedRound(suite.server, syt, '8101', ['QT-SYT', 'QT-BVLP', 'QT-CDC']);
    const res = await syt.get(`/api/v1/campaigns/${id}/plan.edxml`);
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('edxml_receiver_codes_missing');
    expect(res.json.detail).toContain(
      'đơn vị chưa có mã định danh điện tử: Bệnh viện Chuyên khoa Lao và Bệnh phổi; Trung tâm Kiểm soát bệnh tật tỉnh.',
    );
    expect(res.json.detail).not.toContain('Sở Y tế');

    const alone = await issuedRound(suite.server, syt, '8102', ['QT']);
    const none = await syt.get(`/api/v1/campaigns/${alone}/plan.edxml`);
    expect(none.status).toBe(409);
    expect(none.json.code).toBe('edxml_no_receivers');
  });

  it('names the issuing unit when it has no agency code; with one again, the package is made', async () => {
    const id = await issuedRound(suite.server, syt, '8103', ['QT-SYT']);
    const qt = (await suite.admin.get('/api/v1/units')).json.items.find(
      (u: { code: string }) => u.code === 'QT',
    );
    const cleared = await suite.admin.patch(`/api/v1/units/${qt.id}`, {
      version: qt.version,
      agencyCode: null,
    });
    expect(cleared.status).toBe(200);
    const res = await syt.get(`/api/v1/campaigns/${id}/plan.edxml`);
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('edxml_sender_code_missing');
    expect(res.json.detail).toContain(
      'Đơn vị ban hành "UBND tỉnh Quảng Trị" chưa có mã định danh điện tử nên chưa lập được gói edXML.',
    );
    const english = await syt.get(`/api/v1/campaigns/${id}/plan.edxml`, { 'accept-language': 'en' });
    expect(english.json.detail).toContain('has no agency identification code');
    const restored = await suite.admin.patch(`/api/v1/units/${qt.id}`, {
      version: cleared.json.version,
      agencyCode: '000.00.00.H50',
    });
    expect(restored.status).toBe(200);
    const ok = await syt.get(`/api/v1/campaigns/${id}/plan.edxml`);
    expect(ok.status).toBe(200);
    const pkg = readEdxml(ok.body);
    expect(pkg.header.Code).toEqual({ CodeNumber: '8103', CodeNotation: 'KH-UBND' });
    expect(pkg.header.To.map((t: { OrganId: string }) => t.OrganId)).toEqual(['000.00.14.H50']);
  });

  it('is exported by whoever may download the plan, and by nobody else: per role, unit and province', async () => {
    const bd2021 = await roundId(await suite.server.login('bd-syt'), '4865/KH-UBND');
    const people = [
      'syt',
      'bchqs',
      'huonghoa',
      'tdkt',
      'lanhdao',
      'admin',
      'hethong',
      'bd-syt',
      'thuanan',
      'binhchuan',
    ];
    const seen: Record<string, number[]> = {};
    for (const username of people) {
      const client = await suite.server.login(username);
      for (const id of [qt2020, bd2021]) {
        const pdf = await client.get(`/api/v1/campaigns/${id}/documents/plan.pdf`);
        const edxml = await client.get(`/api/v1/campaigns/${id}/plan.edxml`);
        // Bình Dương's plan reaches districts without codes: a 409 where the plan may be read.
        const expected = pdf.status === 200 && id === bd2021 ? 409 : pdf.status;
        expect(edxml.status, `${username} ${id === qt2020 ? 'QT' : 'BD'}`).toBe(expected);
        seen[username] = [...(seen[username] ?? []), edxml.status];
      }
    }
    // Quảng Trị's coordinator and its units read Quảng Trị's plan; Bình Dương's is another province's.
    expect(seen.syt).toEqual([200, 404]);
    expect(seen.bchqs?.[0]).toBe(200);
    expect(seen.thuanan?.[0]).toBe(404);
    expect(seen['bd-syt']).toEqual([404, 409]);
    expect((await suite.server.anon.get(`/api/v1/campaigns/${qt2020}/plan.edxml`)).status).toBe(401);
  });
});

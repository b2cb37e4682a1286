import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signPdfWithLocalCertificate } from '@tongket/documents';
import {
  issueTestIdentity,
  makeNssDb,
  makeTestPki,
  pdfsigMissing,
  pdfsigSign,
  readPdf,
  type TestIdentity,
  type TestPki,
} from '@tongket/documents/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';
import { draftTestRound, fullReport } from '../../../test/rounds.ts';

let numbers = 8800;

const pdfsig = pdfsigMissing();
if (pdfsig && process.env.SIGNATURE_TOOLS_REQUIRED === '1') throw new Error(pdfsig);

/**
 * A round whose plan requires signed reports: units attach their report as a PDF signed with their
 * own certificate; the server checks each PDF's signatures as it arrives, shows the result, and
 * takes a report only with a valid one.
 */
describe.each(DIALECTS)('reports signed by the sending unit (%s)', (dialect) => {
  let server: TestServer;
  let trustDir: string;
  let pki: TestPki;
  let chqs: TestIdentity;
  let huongHoa: TestIdentity;
  let syt: Client;
  let bchqs: Client;
  let huonghoa: Client;
  let planPdf: Buffer;
  let round: { id: string };

  beforeAll(async () => {
    vi.stubEnv('TONGKET_DEV_SIGNER', '1');
    pki = await makeTestPki();
    // The units' certificates name their agency with the province, as certificates do.
    chqs = await issueTestIdentity(pki, 'Lê Quang Quân', 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị');
    huongHoa = await issueTestIdentity(pki, 'Hồ Thị Hướng', 'UBND huyện Hướng Hóa');
    trustDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-trust-'));
    fs.writeFileSync(path.join(trustDir, 'root.pem'), pki.root.certPem);
    server = await createTestServer(dialect, { config: { trustStoreDir: trustDir } });
    syt = await server.login('syt');
    bchqs = await server.login('bchqs');
    huonghoa = await server.login('huonghoa');

    const draft = await draftTestRound(server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA', 'QT-SYT'],
      deadlineInDays: 7,
    });
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { signedReports: true },
    });
    expect(saved.status, saved.body).toBe(200);
    expect(saved.json.plan.signedReports).toBe(true);
    const issued = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: String(numbers++),
      docDate: draft.docDate,
    });
    expect(issued.status, issued.body).toBe(200);
    round = { id: draft.id };
    // Any PDF will do as "the report": the issued plan, as the system prints it.
    const pdf = await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf`);
    expect(pdf.status).toBe(200);
    planPdf = pdf.raw;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
    fs.rmSync(trustDir, { recursive: true, force: true });
  });

  const sign = async (who: TestIdentity, pdf: Uint8Array = planPdf) =>
    Buffer.from(
      await signPdfWithLocalCertificate(pdf, {
        certificate: who.certPem,
        privateKey: who.keys.privateKey,
        chain: [pki.agencyCa.certPem],
        name: 'Báo cáo tổng kết',
        reason: 'Ký số báo cáo',
        appearance: false,
      }),
    );

  async function reportOf(client: Client) {
    const mine = (await client.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
    );
    const detail = (await client.get(`/api/v1/assignments/${mine.id}`)).json;
    return { id: mine.id as string, detail };
  }

  const submit = (client: Client, id: string, detail: { draft: { version: number }; outline: never }) =>
    client.post(
      `/api/v1/assignments/${id}/submit`,
      { version: detail.draft.version, content: fullReport(detail.outline) },
      { 'idempotency-key': `ky-${Math.random().toString(36).slice(2)}` },
    );

  it('prints the requirement in the plan and tells the unit on its page', async () => {
    const printed = (await readPdf(planPdf)).pages.join(' ').replace(/\s+/g, ' ');
    expect(printed).toContain('phải kèm bản PDF được ký số bằng chứng thư số của chính cơ quan, đơn vị gửi');
    const { detail } = await reportOf(bchqs);
    expect(detail.campaign.signedReports).toBe(true);
  });

  it('takes a report with a PDF signed by the unit, and shows who signed, for which agency, when', async () => {
    const { id, detail } = await reportOf(bchqs);
    const signed = await sign(chqs);
    const up = await bchqs.upload(`/api/v1/assignments/${id}/attachments`, signed, 'Báo cáo đã ký.pdf');
    expect(up.status, up.body).toBe(201);
    expect(up.json.signature).toMatchObject({
      verdict: 'valid',
      signer: 'Lê Quang Quân',
      organisation: 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị',
      count: 1,
    });
    expect(up.json.signature.certificate).toMatch(/^[0-9a-f:]+$/i);
    // The coordinator sees the same check on the report it receives.
    const seen = (await syt.get(`/api/v1/assignments/${id}`)).json.attachments;
    expect(seen.map((a: { signature: { verdict: string } }) => a.signature.verdict)).toEqual(['valid']);

    const sent = await submit(bchqs, id, detail);
    expect(sent.status, sent.body).toBe(200);
  });

  it('refuses a report without a valid signature, naming what each PDF was, and takes it once signed', async () => {
    const { id, detail } = await reportOf(huonghoa);
    const url = `/api/v1/assignments/${id}/attachments`;
    const unsigned = await huonghoa.upload(url, planPdf, 'Chưa ký.pdf');
    expect(unsigned.json.signature.verdict).toBe('unsigned');
    // Signed by another agency (Bộ CHQS), and a signed file changed afterwards.
    const other = await huonghoa.upload(url, await sign(chqs), 'Ký nhầm.pdf');
    expect(other.json.signature).toMatchObject({
      verdict: 'other_organisation',
      organisation: 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị',
    });
    const tampered = await sign(huongHoa);
    const at = tampered.indexOf('/Type /Page') + 1;
    tampered[at] = tampered[at] === 0x54 ? 0x55 : 0x54;
    const changed = await huonghoa.upload(url, tampered, 'Sửa sau khi ký.pdf');
    expect(changed.status, changed.body).toBe(201);
    expect(changed.json.signature.verdict).toBe('changed');

    const refused = await submit(huonghoa, id, detail);
    expect(refused.status, refused.body).toBe(422);
    expect(refused.json.code).toBe('signed_report_required');
    expect(refused.json.detail).toContain('kế hoạch yêu cầu báo cáo có chữ ký số');
    expect(refused.json.detail).toContain('Chưa ký.pdf: chưa ký số');
    expect(refused.json.detail).toContain('Ký nhầm.pdf: ký bởi cơ quan khác');
    expect(refused.json.detail).toContain('Sửa sau khi ký.pdf: đã bị sửa sau khi ký');
    // Nothing was sent: the unit still owes the report.
    expect((await huonghoa.get(`/api/v1/assignments/${id}`)).json.assignment.status).not.toBe('submitted');

    const good = await huonghoa.upload(url, await sign(huongHoa), 'Báo cáo đã ký.pdf');
    expect(good.json.signature).toMatchObject({ verdict: 'valid', organisation: 'UBND huyện Hướng Hóa' });
    const fresh = (await huonghoa.get(`/api/v1/assignments/${id}`)).json;
    const sent = await submit(huonghoa, id, fresh);
    expect(sent.status, sent.body).toBe(200);
  });

  it.skipIf(pdfsig !== undefined)(
    'verifies a report signed with Debian pdfsig, an independent tool',
    async () => {
      // Sở Y tế reports too; its officer signs with pdfsig and an NSS database holding the key.
      const nss = makeNssDb([pki.root], { signer: { id: pki.signer, chain: [pki.agencyCa] } });
      const signed = Buffer.from(pdfsigSign(nss, 'signer', planPdf, 'Ký số báo cáo'));
      const { id, detail } = await reportOf(syt);
      const up = await syt.upload(
        `/api/v1/assignments/${id}/attachments`,
        signed,
        'Báo cáo ký bằng pdfsig.pdf',
      );
      expect(up.status, up.body).toBe(201);
      expect(up.json.signature).toMatchObject({
        verdict: 'valid',
        signer: 'Nguyễn Văn An',
        organisation: 'Sở Y tế tỉnh Quảng Trị',
      });
      const sent = await submit(syt, id, detail);
      expect(sent.status, sent.body).toBe(200);
    },
  );

  it('does not ask a speech for a signature, and a round without the requirement takes unsigned reports', async () => {
    const speech = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'speech',
    );
    const detail = (await bchqs.get(`/api/v1/assignments/${speech.id}`)).json;
    const sent = await bchqs.post(
      `/api/v1/assignments/${speech.id}/submit`,
      {
        version: detail.draft.version,
        content: { body: '<p>Tham luận về công tác cách ly.</p>', durationMinutes: 7 },
      },
      { 'idempotency-key': `tl-${Math.random().toString(36).slice(2)}` },
    );
    expect(sent.status, sent.body).toBe(200);
  });

  it('shows an untrusted issuer as such when the installation trusts no CA', async () => {
    const bare = await createTestServer(dialect);
    try {
      const coordinator = await bare.login('syt');
      const unit = await bare.login('bchqs');
      const draft = await draftTestRound(bare, coordinator, { reportUnits: ['QT-BCHQS'], deadlineInDays: 7 });
      const issued = await coordinator.post(`/api/v1/campaigns/${draft.id}/issue`, {
        version: draft.version,
        docNumber: String(numbers++),
        docDate: draft.docDate,
      });
      expect(issued.status, issued.body).toBe(200);
      const mine = (await unit.get('/api/v1/assignments')).json.items.find(
        (a: { campaignId: string; kind: string }) => a.campaignId === draft.id && a.kind === 'report',
      );
      const up = await unit.upload(
        `/api/v1/assignments/${mine.id}/attachments`,
        await sign(chqs),
        'Báo cáo.pdf',
      );
      expect(up.json.signature.verdict).toBe('unknown_issuer');
    } finally {
      await bare.close();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signPdfWithLocalCertificate } from '@tongket/documents';
import { issueTestIdentity, makeTestPki, type TestIdentity, type TestPki } from '@tongket/documents/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';
import { issueAwardRound } from '../../../test/rounds.ts';

/**
 * A nomination's dossier (báo cáo thành tích) arrives signed by the nominating unit: every PDF
 * added has its signatures checked on arrival, the check is kept with the file, and the unit and
 * the commendation board (Ban TĐKT) see the same verdict.
 */
describe.each(DIALECTS)('signed nomination dossiers (%s)', (dialect) => {
  let server: TestServer;
  let trustDir: string;
  let pki: TestPki;
  let chqs: TestIdentity;
  let bchqs: Client;
  let huonghoa: Client;
  let tdkt: Client;
  let pdf: Buffer;
  let nomination: { id: string; version: number };

  beforeAll(async () => {
    // The units' signatures are made here with the development signer and the test PKI.
    vi.stubEnv('TONGKET_DEV_SIGNER', '1');
    pki = await makeTestPki();
    // The nominating unit's certificate names the agency with its province, as certificates do.
    chqs = await issueTestIdentity(pki, 'Lê Quang Quân', 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị');
    trustDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-trust-'));
    fs.writeFileSync(path.join(trustDir, 'root.pem'), pki.root.certPem);
    server = await createTestServer(dialect, { config: { trustStoreDir: trustDir } });
    const syt = await server.login('syt');
    bchqs = await server.login('bchqs');
    huonghoa = await server.login('huonghoa');
    tdkt = await server.login('tdkt');
    const round = await issueAwardRound(server, syt, { nominationInDays: 5 });
    // Any PDF will do as the achievement report: the round's plan, as the system prints it.
    const plan = await syt.get(`/api/v1/campaigns/${round.id}/documents/plan.pdf`);
    expect(plan.status).toBe(200);
    pdf = plan.raw;
    const created = await bchqs.post(`/api/v1/campaigns/${round.id}/nominations`, {
      awardGroupId: round.collectives,
      nomineeKind: 'collective',
      name: 'Ban Chỉ huy Quân sự huyện Hướng Hóa',
    });
    expect(created.status, created.body).toBe(201);
    nomination = created.json;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
    fs.rmSync(trustDir, { recursive: true, force: true });
  });

  const sign = async (who: TestIdentity) =>
    Buffer.from(
      await signPdfWithLocalCertificate(pdf, {
        certificate: who.certPem,
        privateKey: who.keys.privateKey,
        chain: [pki.agencyCa.certPem],
        name: 'Báo cáo thành tích',
        reason: 'Ký số báo cáo thành tích',
        appearance: false,
      }),
    );

  it('checks each PDF of the dossier as it arrives and keeps the verdict with the file', async () => {
    const url = `/api/v1/nominations/${nomination.id}/files`;
    const valid = await bchqs.upload(url, await sign(chqs), 'Báo cáo thành tích đã ký.pdf');
    expect(valid.status, valid.body).toBe(201);
    expect(valid.json.signature).toMatchObject({
      verdict: 'valid',
      signer: 'Lê Quang Quân',
      organisation: 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị',
      count: 1,
    });
    expect(valid.json.signature.certificate).toMatch(/^[0-9a-f:]+$/i);

    // Signed by another agency (Sở Giáo dục và Đào tạo), not by the nominating unit.
    const other = await bchqs.upload(url, await sign(pki.otherAgency), 'Ký nhầm.pdf');
    expect(other.status, other.body).toBe(201);
    expect(other.json.signature).toMatchObject({
      verdict: 'other_organisation',
      organisation: 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị',
    });

    // A byte of the page changed after signing.
    const tampered = await sign(chqs);
    const at = tampered.indexOf('/Type /Page') + 1;
    tampered[at] = tampered[at] === 0x54 ? 0x55 : 0x54;
    const changed = await bchqs.upload(url, tampered, 'Sửa sau khi ký.pdf');
    expect(changed.status, changed.body).toBe(201);
    expect(changed.json.signature.verdict).toBe('changed');

    const unsigned = await bchqs.upload(url, pdf, 'Chưa ký.pdf');
    expect(unsigned.status, unsigned.body).toBe(201);
    expect(unsigned.json.signature).toMatchObject({ verdict: 'unsigned', count: 0, signer: null });

    // A file that is not a PDF has nothing to check.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const image = await bchqs.upload(url, png, 'Ảnh.png');
    expect(image.status, image.body).toBe(201);
    expect(image.json.signature).toBeNull();
  });

  const expected = [
    ['Báo cáo thành tích đã ký.pdf', 'valid'],
    ['Ký nhầm.pdf', 'other_organisation'],
    ['Sửa sau khi ký.pdf', 'changed'],
    ['Chưa ký.pdf', 'unsigned'],
    ['Ảnh.png', null],
  ];
  const verdicts = (n: { attachments: Array<{ fileName: string; signature: { verdict: string } | null }> }) =>
    n.attachments.map((a) => [a.fileName, a.signature?.verdict ?? null]);

  it('shows the unit the verdicts kept with its dossier, and the board the same once sent', async () => {
    const mine = await bchqs.get(`/api/v1/nominations/${nomination.id}`);
    expect(mine.status, mine.body).toBe(200);
    expect(verdicts(mine.json)).toEqual(expected);
    const sent = await bchqs.post(`/api/v1/nominations/${nomination.id}/submit`, {
      version: mine.json.version,
    });
    expect(sent.status, sent.body).toBe(200);

    const seen = await tdkt.get(`/api/v1/nominations/${nomination.id}`);
    expect(seen.status, seen.body).toBe(200);
    expect(verdicts(seen.json)).toEqual(expected);
    expect(seen.json.attachments[0].signature).toMatchObject({
      signer: 'Lê Quang Quân',
      organisation: 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị',
    });
    const listed = (await tdkt.get(`/api/v1/campaigns/${seen.json.campaignId}/nominations`)).json.items.find(
      (n: { id: string }) => n.id === nomination.id,
    );
    expect(verdicts(listed)).toEqual(expected);
    // Another unit sees neither the nomination nor its dossier.
    expect((await huonghoa.get(`/api/v1/nominations/${nomination.id}`)).status).toBe(404);
    expect((await huonghoa.get(`/api/v1/nomination-files/${seen.json.attachments[0].id}`)).status).toBe(404);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { signPdfWithLocalCertificate, verifyPdfSignatures } from '@tongket/documents';
import { issueTestIdentity, sealImagePng, signatureImagePng } from '@tongket/documents/testing';
import { parseSigningLaunchUrl } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { devSign } from '../apps/server/src/lib/dev-sign.ts';
import { ARTIFACTS, browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { apiSession, trustedPki } from './support/signing.ts';
import { useBrowserSuite } from './support/suite.ts';

const ISSUER = 'UBND tỉnh Quảng Trị';
const trust = trustedPki(ISSUER);

const json = async <T>(
  res: { status(): number; text(): Promise<string>; json(): Promise<unknown> },
  status = 200,
) => {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
};

/** Today in Vietnam, yyyy-mm-dd. */
const vietnamToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * An issued round with a collective quota for Bộ CHQS tỉnh, its nomination with a signed dossier,
 * forwarded and approved, and the board's draft decision for it — made through the API.
 */
async function draftDecision(
  url: string,
): Promise<{ campaignId: string; decisionId: string; nominee: string }> {
  const syt = await apiSession(url, 'syt');
  const bchqs = await apiSession(url, 'bchqs');
  const tdkt = await apiSession(url, 'tdkt');
  const units = await json<{ items: Array<{ id: string; code: string }> }>(await syt.get('/api/v1/units'));
  const unit = (code: string) => units.items.find((u) => u.code === code)?.id as string;
  const campaign = await json<{ id: string; version: number }>(
    await syt.post('/api/v1/campaigns', {
      data: {
        kind: 'tong_ket',
        issuingUnitId: unit('QT'),
        name: 'Khen thưởng ký số thử',
        outlineTemplate: 'quang-tri-2020',
      },
    }),
    201,
  );
  const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
  const saved = await json<{ version: number; plan: { awardGroups: Array<{ id: string }> } }>(
    await syt.patch(`/api/v1/campaigns/${campaign.id}`, {
      data: {
        version: campaign.version,
        plan: {
          docDate: vietnamToday(),
          purpose: 'Đánh giá công tác phòng, chống dịch.',
          tasks: [{ kind: 'report', unitIds: [unit('QT-BCHQS')], text: 'Báo cáo tổng kết theo đề cương.' }],
          reportDeadline: deadline,
          awardGroups: [
            {
              awardTypeId: 'award-bk-ct-ubnd-tinh',
              heading:
                'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đạt thành tích xuất sắc trong phòng, chống dịch COVID-19',
              quotas: [
                {
                  scope: 'unit',
                  nomineeKind: 'collective',
                  count: 1,
                  unitIds: [unit('QT-BCHQS')],
                  label: 'Bộ Chỉ huy Quân sự tỉnh',
                },
              ],
            },
          ],
          nominationDeadline: deadline,
          nominationTo: 'Sở Y tế - Cơ quan thường trực',
          nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh',
          recipients: [{ text: 'Lưu: VT' }],
          signature: {
            authority: 'TM. ỦY BAN NHÂN DÂN',
            deputy: 'KT. CHỦ TỊCH',
            title: 'PHÓ CHỦ TỊCH',
            name: 'Hoàng Nam',
          },
        },
      },
    }),
  );
  await json(
    await syt.post(`/api/v1/campaigns/${campaign.id}/issue`, {
      data: { version: saved.version, docNumber: '8901', docDate: vietnamToday() },
    }),
  );
  const nominee = 'Đại đội Công binh, Bộ Chỉ huy Quân sự tỉnh';
  const nomination = await json<{ id: string; version: number }>(
    await bchqs.post(`/api/v1/campaigns/${campaign.id}/nominations`, {
      data: { awardGroupId: saved.plan.awardGroups[0]?.id, nomineeKind: 'collective', name: nominee },
    }),
    201,
  );
  // The dossier: the achievement report signed by Bộ CHQS tỉnh, and one signed by another agency.
  const plan = await (await syt.get(`/api/v1/campaigns/${campaign.id}/documents/plan.pdf`)).body();
  const chqs = await issueTestIdentity(trust.pki, 'Lê Quang Quân', 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị');
  for (const [who, name] of [
    [chqs, 'Báo cáo thành tích.pdf'],
    [trust.pki.otherAgency, 'Ký nhầm cơ quan.pdf'],
  ] as const) {
    const signed = await signPdfWithLocalCertificate(new Uint8Array(plan), {
      certificate: who.certPem,
      privateKey: who.keyPem,
      chain: [trust.pki.agencyCa.certPem],
      name: 'Báo cáo thành tích',
      appearance: false,
    });
    await json(
      await bchqs.post(`/api/v1/nominations/${nomination.id}/files`, {
        multipart: { file: { name, mimeType: 'application/pdf', buffer: Buffer.from(signed) } },
      }),
      201,
    );
  }
  const sent = await json<{ version: number }>(
    await bchqs.post(`/api/v1/nominations/${nomination.id}/submit`, {
      data: { version: nomination.version },
    }),
  );
  const forwarded = await json<{ version: number }>(
    await syt.post(`/api/v1/nominations/${nomination.id}/forward`, { data: { version: sent.version } }),
  );
  await json(
    await tdkt.post(`/api/v1/nominations/${nomination.id}/approve`, { data: { version: forwarded.version } }),
  );
  const decision = await json<{ id: string }>(
    await tdkt.post(`/api/v1/campaigns/${campaign.id}/decisions`, {
      data: { nominationIds: [nomination.id] },
    }),
    201,
  );
  await Promise.all([syt.dispose(), bchqs.dispose(), tdkt.dispose()]);
  return { campaignId: campaign.id, decisionId: decision.id, nominee };
}

describe.runIf(browserAvailable())('the Ký số panel of a draft award decision', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('shows the board the dossier’s signatures, then signs and releases the decision with a number', async () => {
    process.env.TONGKET_DEV_SIGNER = '1';
    const url = suite.server.url;
    const { campaignId, decisionId, nominee } = await draftDecision(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    // The board reads the nomination: each PDF of the dossier with its verdict.
    await page.goto(`${url}/campaigns/${campaignId}/nominations`);
    await fillLogin(page, 'tdkt');
    await page.getByRole('button', { name: nominee, exact: true }).first().click();
    const badges = page.getByTestId('signature-badge');
    await badges.first().waitFor({ timeout: 60_000 });
    await expect(
      badges.evaluateAll((all) => all.map((b) => b.getAttribute('data-verdict'))),
    ).resolves.toEqual(['valid', 'other_organisation']);
    await page.getByRole('dialog').getByText('Báo cáo thành tích.pdf').waitFor();
    await page.waitForTimeout(500); // the drawer slides in
    await screenshot(page, 'decision-signing-dossier');

    await page.goto(`${url}/campaigns/${campaignId}/decisions/${decisionId}`);
    const panel = page.getByTestId('signing-panel');
    await panel.waitFor();
    await panel.getByText('Cần chữ ký của người có thẩm quyền trên bản quyết định').waitFor();
    await page.getByTestId('signing-start-sign').click();
    const launch = page.getByTestId('signing-launch');
    await launch.waitFor();
    const links = parseSigningLaunchUrl((await launch.getAttribute('href')) as string);
    await devSign({
      ...(links as { fetchUrl: string; uploadUrl: string }),
      certificatePem: trust.pki.signer.certPem,
      privateKeyPem: trust.pki.signer.keyPem,
      chainPem: [trust.pki.agencyCa.certPem],
      name: 'Hoàng Nam',
      image: signatureImagePng(),
    });
    const table = page.getByTestId('signature-table');
    await table.getByText('Nguyễn Văn An').waitFor({ timeout: 60_000 });
    await panel.getByLabel('Số văn bản').fill('8902');
    await screenshot(page, 'decision-signing-step2');
    await panel.getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByTestId('signing-session-release').waitFor();
    const release = parseSigningLaunchUrl(
      (await page.getByTestId('signing-launch').getAttribute('href')) as string,
    );
    await devSign({
      ...(release as { fetchUrl: string; uploadUrl: string }),
      certificatePem: trust.pki.agency.certPem,
      privateKeyPem: trust.pki.agency.keyPem,
      chainPem: [trust.pki.agencyCa.certPem],
      name: ISSUER,
      agency: true,
      image: sealImagePng(),
    });
    // Released: the decision is issued with its number, both signatures listed, the signed PDF offered.
    const [y, m, d] = vietnamToday().split('-') as [string, string, string];
    const month = Number(m) <= 2 ? m : String(Number(m));
    await page
      .getByRole('heading', { name: `Quyết định số 8902/QĐ-UBND ngày ${d}/${month}/${y}` })
      .waitFor({ timeout: 60_000 });
    const signedPdf = page.getByTestId('signing-panel').getByRole('link', { name: 'Tải PDF đã ký số' });
    await signedPdf.waitFor({ timeout: 60_000 });
    await page.getByTestId('signature-table').getByText(ISSUER, { exact: true }).first().waitFor();
    await screenshot(page, 'decision-signing-released');

    const api = await apiSession(url, 'tdkt');
    const pdf = await (await api.get(`/api/v1/decisions/${decisionId}/documents/decision.pdf`)).body();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'decision-signing-released.pdf'), pdf);
    const verdict = await verifyPdfSignatures(new Uint8Array(pdf), {
      trustAnchors: [trust.pki.root.certPem],
      expectedOrganisation: ISSUER,
    });
    expect(verdict.verdict).toBe('valid');
    expect(verdict.signatures).toHaveLength(2);
    await api.dispose();
  });
});

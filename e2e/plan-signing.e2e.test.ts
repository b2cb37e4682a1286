import fs from 'node:fs';
import path from 'node:path';
import { verifyPdfSignatures } from '@tongket/documents';
import { sealImagePng, signatureImagePng } from '@tongket/documents/testing';
import { parseSigningLaunchUrl } from '@tongket/domain';
import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { devSign } from '../apps/server/src/lib/dev-sign.ts';
import { ARTIFACTS, browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { apiSession, trustedPki } from './support/signing.ts';
import { useBrowserSuite } from './support/suite.ts';

const ISSUER = 'UBND tỉnh Quảng Trị';
const trust = trustedPki(ISSUER);

/** A complete draft made through the API as the standing agency would. */
async function completeDraft(api: APIRequestContext): Promise<string> {
  const units = (await (await api.get('/api/v1/units')).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const unit = (code: string) => units.items.find((u) => u.code === code)?.id as string;
  const created = await api.post('/api/v1/campaigns', {
    data: {
      kind: 'tong_ket',
      issuingUnitId: unit('QT'),
      name: 'Tổng kết ký số thử',
      outlineTemplate: 'quang-tri-2020',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const campaign = (await created.json()) as { id: string; version: number };
  const saved = await api.patch(`/api/v1/campaigns/${campaign.id}`, {
    data: {
      version: campaign.version,
      plan: {
        purpose: 'Đánh giá công tác phòng, chống dịch.',
        tasks: [{ kind: 'report', unitIds: [unit('QT-BCHQS')], text: 'Báo cáo tổng kết theo đề cương.' }],
        reportDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        recipients: [{ text: 'Lưu: VT' }],
        signature: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          deputy: 'KT. CHỦ TỊCH',
          title: 'PHÓ CHỦ TỊCH',
          name: 'Hoàng Nam',
        },
      },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  return campaign.id;
}

describe.runIf(browserAvailable())('the Ký số panel of a draft plan', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('sends the plan for signing, then releases it with a number; the page shows who signed and the signed PDF', async () => {
    process.env.TONGKET_DEV_SIGNER = '1';
    const url = suite.server.url;
    const api = await apiSession(url, 'syt');
    const id = await completeDraft(api);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${url}/campaigns/${id}`);
    await fillLogin(page, 'syt');
    const panel = page.getByTestId('signing-panel');
    await panel.waitFor();
    await expect(panel.getByText('Cần chữ ký của người có thẩm quyền').isVisible()).resolves.toBe(true);

    await page.getByTestId('signing-start-sign').click();
    const launch = page.getByTestId('signing-launch');
    await launch.waitFor();
    await screenshot(page, 'signing-step1-links');
    const links = parseSigningLaunchUrl((await launch.getAttribute('href')) as string);
    expect(links?.fetchUrl).toMatch(/\/api\/v1\/signing\/[\w-]{43}\/document\.pdf$/);
    await devSign({
      ...(links as { fetchUrl: string; uploadUrl: string }),
      certificatePem: trust.pki.signer.certPem,
      privateKeyPem: trust.pki.signer.keyPem,
      chainPem: [trust.pki.agencyCa.certPem],
      name: 'Hoàng Nam',
      image: signatureImagePng(),
    });
    // The panel polls for the signature: the signer and the certificate appear, the release opens.
    const table = page.getByTestId('signature-table');
    await table.getByText('Nguyễn Văn An').waitFor({ timeout: 60_000 });
    await panel.getByLabel('Số văn bản').fill('4801');
    await screenshot(page, 'signing-step2-form');
    await panel.getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page
      .getByTestId('signing-session-release')
      .waitFor()
      .catch(async (error) => {
        await screenshot(page, 'signing-release-failed');
        throw error;
      });
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
    // Released: the round is issued, the table names both signatures, the signed PDF is offered.
    const signedPdf = panel.getByRole('link', { name: 'Tải PDF đã ký số' });
    await signedPdf.waitFor({ timeout: 60_000 });
    await table.getByText(ISSUER, { exact: true }).first().waitFor();
    await page.getByText('4801/KH-UBND').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'signing-released');
    const pdf = await (await api.get(`/api/v1/campaigns/${id}/documents/plan.pdf`)).body();
    // Kept to look at: the header's number and date, the signature and the seal on the last page.
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'signing-released.pdf'), pdf);
    const verdict = await verifyPdfSignatures(new Uint8Array(pdf), {
      trustAnchors: [trust.pki.root.certPem],
      expectedOrganisation: ISSUER,
    });
    expect(verdict.verdict).toBe('valid');
    expect(verdict.signatures).toHaveLength(2);
    await api.dispose();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signPdfWithLocalCertificate } from '@tongket/documents';
import { issueTestIdentity, makeTestPki, type TestIdentity, type TestPki } from '@tongket/documents/testing';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { browserAvailable, fillLogin, openBrowser, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

const trustDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-trust-'));

/** A unit attaches its report signed with its certificate; it and the standing agency see the check. */
describe.runIf(browserAvailable())('a signed PDF is checked as it arrives', () => {
  let pki: TestPki;
  let chqs: TestIdentity;
  const suite = useBrowserSuite({
    env: { TRUST_STORE_DIR: trustDir },
    prepare: async () => {
      pki = await makeTestPki();
      chqs = await issueTestIdentity(pki, 'Lê Quang Quân', 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị');
      fs.writeFileSync(path.join(trustDir, 'root.pem'), pki.root.certPem);
    },
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(trustDir, { recursive: true, force: true });
  });

  async function attach(page: Page, name: string, bytes: Uint8Array) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chọn tệp' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    await page.getByRole('link', { name }).waitFor({ timeout: 120_000 });
  }

  it('shows who signed, for which agency, and a file changed after signing in red, to the unit and the agency', async () => {
    vi.stubEnv('TONGKET_DEV_SIGNER', '1');
    const { page } = suite.browser;
    const url = suite.server.url;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${url}/login`);
    await fillLogin(page, 'bchqs');
    await page.waitForURL(`${url}/`);

    // The live round's report, and its plan as the PDF the unit signs (any PDF would do).
    const mine = (
      (await (await page.request.get(`${url}/api/v1/assignments`)).json()) as {
        items: Array<{ id: string; kind: string; campaignId: string; campaignStatus: string }>;
      }
    ).items.find((a) => a.kind === 'report' && a.campaignStatus === 'issued');
    expect(mine).toBeDefined();
    const { id, campaignId } = mine as { id: string; campaignId: string };
    const plan = await page.request.get(`${url}/api/v1/campaigns/${campaignId}/documents/plan.pdf`);
    expect(plan.status()).toBe(200);
    const signed = await signPdfWithLocalCertificate(await plan.body(), {
      certificate: chqs.certPem,
      privateKey: chqs.keys.privateKey,
      chain: [pki.agencyCa.certPem],
      name: 'Báo cáo tổng kết',
      reason: 'Ký số báo cáo',
    });

    await page.goto(`${url}/assignments/${id}`);
    await attach(page, 'Báo cáo đã ký số.pdf', signed);
    const row = (name: string) => page.locator('li').filter({ has: page.getByRole('link', { name }) });
    const good = row('Báo cáo đã ký số.pdf').getByTestId('signature-badge');
    await expect(good.getAttribute('data-verdict')).resolves.toBe('valid');
    await expect(good.innerText()).resolves.toBe('Chữ ký số hợp lệ');
    await row('Báo cáo đã ký số.pdf')
      .getByText(
        /^Lê Quang Quân · Bộ Chỉ huy Quân sự tỉnh Quảng Trị — ký lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/,
      )
      .waitFor();

    // The same file with one byte changed after signing.
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/Type /Page') + 1;
    tampered[at] = (tampered[at] as number) ^ 1;
    await attach(page, 'Báo cáo sửa sau khi ký.pdf', tampered);
    const bad = row('Báo cáo sửa sau khi ký.pdf').getByTestId('signature-badge');
    await expect(bad.getAttribute('data-verdict')).resolves.toBe('changed');
    await expect(bad.innerText()).resolves.toBe('Đã bị sửa sau khi ký');
    await screenshot(page, 'signed-attachment-unit');

    // Sở Y tế, receiving it, sees the same check.
    const agency = await openBrowser();
    try {
      await agency.page.setViewportSize({ width: 1366, height: 900 });
      await agency.page.goto(`${url}/assignments/${id}`);
      await fillLogin(agency.page, 'syt');
      const seen = agency.page
        .locator('li')
        .filter({ has: agency.page.getByRole('link', { name: 'Báo cáo đã ký số.pdf' }) })
        .getByTestId('signature-badge');
      await seen.waitFor({ timeout: 60_000 });
      await expect(seen.getAttribute('data-verdict')).resolves.toBe('valid');
      await screenshot(agency.page, 'signed-attachment-agency');
    } finally {
      await agency.close();
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { verifyPdfSignatures } from '@tongket/documents';
import { sealImagePng, signatureImagePng } from '@tongket/documents/testing';
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
const vietnamDay = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** An issued round whose consolidated report has one section written by the lead agency — made through the API. */
async function roundWithConsolidatedReport(url: string): Promise<string> {
  const syt = await apiSession(url, 'syt');
  const units = await json<{ items: Array<{ id: string; code: string }> }>(await syt.get('/api/v1/units'));
  const unit = (code: string) => units.items.find((u) => u.code === code)?.id as string;
  const campaign = await json<{ id: string; version: number }>(
    await syt.post('/api/v1/campaigns', {
      data: {
        kind: 'tong_ket',
        issuingUnitId: unit('QT'),
        name: 'Báo cáo tổng hợp ký số thử',
        outlineTemplate: 'quang-tri-2020',
      },
    }),
    201,
  );
  const saved = await json<{ version: number }>(
    await syt.patch(`/api/v1/campaigns/${campaign.id}`, {
      data: {
        version: campaign.version,
        plan: {
          docDate: vietnamDay(),
          purpose: 'Đánh giá công tác phòng, chống dịch.',
          tasks: [{ kind: 'report', unitIds: [unit('QT-BCHQS')], text: 'Báo cáo tổng kết theo đề cương.' }],
          reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          venue: 'Hội trường UBND tỉnh',
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
      data: { version: saved.version, docNumber: '8931', docDate: vietnamDay() },
    }),
  );
  const api = `/api/v1/campaigns/${campaign.id}/consolidated`;
  const empty = await json<{ sections: Array<{ sectionId: string }> }>(await syt.get(api));
  await json(
    await syt.put(api, {
      data: {
        version: 0,
        sections: {
          [empty.sections[0]?.sectionId as string]:
            '<p>Các đơn vị đã triển khai đầy đủ kế hoạch của tỉnh.</p>',
        },
      },
    }),
  );
  await syt.dispose();
  return campaign.id;
}

describe.runIf(browserAvailable())('the Ký số panel of a consolidated report', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('signs the consolidated report, releases it with a number, and offers the signed report of record', async () => {
    process.env.TONGKET_DEV_SIGNER = '1';
    const url = suite.server.url;
    const campaignId = await roundWithConsolidatedReport(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${url}/campaigns/${campaignId}?tab=consolidated`);
    await fillLogin(page, 'syt');
    const panel = page.getByTestId('signing-panel');
    await panel.waitFor({ timeout: 60_000 });
    await panel.getByText('Cần chữ ký của người có thẩm quyền trên bản báo cáo tổng hợp').waitFor();
    await screenshot(page, 'consolidated-signing-start');
    await page.getByTestId('signing-start-sign').click();
    const launch = page.getByTestId('signing-launch');
    await launch.waitFor({ timeout: 120_000 });
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
    await panel.getByLabel('Số văn bản').fill('75');
    await panel.getByRole('button', { name: 'Phát hành', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'consolidated-signing-step2');
    await panel.getByRole('button', { name: 'Phát hành', exact: true }).click();
    // The release checks the number by a trial issue and places it on the signed PDF: slow on a
    // busy machine. A refusal shows in the panel instead: its words make the failure.
    const refusal = panel.locator('[role="alert"]:not([data-testid^="signing-session"])');
    const opened = await Promise.race([
      page
        .getByTestId('signing-session-release')
        .waitFor({ timeout: 240_000 })
        .then(() => true),
      refusal
        .first()
        .waitFor({ timeout: 240_000 })
        .then(() => false),
    ]);
    if (!opened) throw new Error(`release refused: ${await refusal.first().innerText()}`);
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
    // Released: both signatures listed, the signed report offered, the steps closed, and the
    // number and date shown as fixed, saying why; the text can no longer be edited.
    const signedPdf = panel.getByRole('link', { name: 'Tải PDF đã ký số' });
    await signedPdf.waitFor({ timeout: 60_000 });
    await table.getByText(ISSUER, { exact: true }).first().waitFor();
    await page.getByTestId('signing-start-sign').waitFor({ state: 'detached', timeout: 60_000 });
    const released = page.getByTestId('consolidated-released');
    await released.getByText('Đã phát hành: Báo cáo số 75/BC-UBND ngày').waitFor({ timeout: 60_000 });
    await released.getByText('số, ngày và nội dung không sửa được nữa').waitFor();
    // The page's text and figures, the Word copy and the workbook are the released report's.
    await released.getByText('là của bản đã phát hành, đúng như bản đã ký').waitFor();
    await page.getByRole('button', { name: 'Word (bản đã phát hành)' }).waitFor();
    await page.getByRole('button', { name: 'Tổng hợp lại' }).waitFor({ state: 'detached' });
    await page.getByTestId('consolidated-toolbar').scrollIntoViewIfNeeded();
    await screenshot(page, 'consolidated-signing-released');

    const api = await apiSession(url, 'syt');
    const report = await json<{ docNumber: string; released: boolean; canEdit: boolean }>(
      await api.get(`/api/v1/campaigns/${campaignId}/consolidated`),
    );
    expect(report).toMatchObject({ docNumber: '75', released: true, canEdit: false });
    const pdf = await (await api.get(`/api/v1/campaigns/${campaignId}/documents/consolidated.pdf`)).body();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'consolidated-signing-released.pdf'), pdf);
    const verdict = await verifyPdfSignatures(new Uint8Array(pdf), {
      trustAnchors: [trust.pki.root.certPem],
      expectedOrganisation: ISSUER,
    });
    expect(verdict.verdict).toBe('valid');
    expect(verdict.signatures).toHaveLength(2);
    await api.dispose();
  });
});

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

/** The unit (QT-BCHQS) as its certificates name it, with its province. */
const UNIT = 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị';
const trust = trustedPki(UNIT);

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

interface OutlineSection {
  id: string;
  children: OutlineSection[];
}

/** An issued round with a report for Bộ CHQS, whose draft the unit has written and saved — made through the API. */
async function writtenReport(url: string): Promise<string> {
  const syt = await apiSession(url, 'syt');
  const units = await json<{ items: Array<{ id: string; code: string }> }>(await syt.get('/api/v1/units'));
  const unit = (code: string) => units.items.find((u) => u.code === code)?.id as string;
  const campaign = await json<{ id: string; version: number }>(
    await syt.post('/api/v1/campaigns', {
      data: {
        kind: 'tong_ket',
        issuingUnitId: unit('QT'),
        name: 'Báo cáo đơn vị ký số thử',
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
      data: { version: saved.version, docNumber: '8941', docDate: vietnamDay() },
    }),
  );
  await syt.dispose();
  const bchqs = await apiSession(url, 'bchqs');
  const mine = await json<{ items: Array<{ id: string; campaignId: string; kind: string }> }>(
    await bchqs.get('/api/v1/assignments'),
  );
  const id = mine.items.find((a) => a.campaignId === campaign.id && a.kind === 'report')?.id as string;
  const detail = await json<{ outline: { sections: OutlineSection[] } }>(
    await bchqs.get(`/api/v1/assignments/${id}`),
  );
  const sections: Record<string, string> = {};
  const walk = (list: OutlineSection[]) => {
    for (const s of list) {
      if (s.children.length === 0) sections[s.id] = '<p>Đơn vị đã triển khai đầy đủ kế hoạch của tỉnh.</p>';
      walk(s.children);
    }
  };
  walk(detail.outline.sections);
  await json(
    await bchqs.put(`/api/v1/assignments/${id}/draft`, {
      data: { version: 0, content: { sections, indicators: {} } },
    }),
  );
  await bchqs.dispose();
  return id;
}

describe.runIf(browserAvailable())("the Ký số panel of a unit's report", () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('signs the unit’s report, releases it with the unit’s number, attaches the signed PDF and fixes the text', async () => {
    process.env.TONGKET_DEV_SIGNER = '1';
    const url = suite.server.url;
    const assignmentId = await writtenReport(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${url}/assignments/${assignmentId}`);
    await fillLogin(page, 'bchqs');
    const panel = page.getByTestId('signing-panel');
    await panel.waitFor({ timeout: 60_000 });
    await panel.getByText('Cần chữ ký của thủ trưởng đơn vị trên bản báo cáo đã lưu hiện tại').waitFor();
    await page.getByTestId('unit-signing-code').fill('bc-bchqs');
    await page.getByTestId('unit-signing-signer-name').fill('Lê Quang Quân');
    await screenshot(page, 'unit-report-signing-start');
    await page.getByTestId('signing-start-sign').click();
    const launch = page.getByTestId('signing-launch');
    await launch.waitFor({ timeout: 120_000 });
    const links = parseSigningLaunchUrl((await launch.getAttribute('href')) as string);
    await devSign({
      ...(links as { fetchUrl: string; uploadUrl: string }),
      certificatePem: trust.pki.signer.certPem,
      privateKeyPem: trust.pki.signer.keyPem,
      chainPem: [trust.pki.agencyCa.certPem],
      name: 'Lê Quang Quân',
      image: signatureImagePng(),
    });
    const table = page.getByTestId('signature-table');
    await table.getByText('Nguyễn Văn An').waitFor({ timeout: 60_000 });
    await panel.getByLabel('Số văn bản').fill('15');
    await panel.getByRole('button', { name: 'Phát hành', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'unit-report-signing-step2');
    await panel.getByRole('button', { name: 'Phát hành', exact: true }).click();
    // The release checks the number by a trial release and places it on the signed PDF: slow on a
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
      name: UNIT,
      agency: true,
      image: sealImagePng(),
    });
    // Released: both signatures listed, the signed PDF offered and attached, the steps closed, the
    // number and date shown, saying why the text no longer changes; the editor is gone.
    await panel.getByRole('link', { name: 'Tải PDF đã ký số' }).waitFor({ timeout: 60_000 });
    await table.getByText(UNIT, { exact: true }).first().waitFor();
    await page.getByTestId('signing-start-sign').waitFor({ state: 'detached', timeout: 60_000 });
    const released = page.getByTestId('unit-report-released');
    await released.getByText('Đã phát hành: Báo cáo số 15/BC-BCHQS ngày').waitFor({ timeout: 60_000 });
    await released.getByText('gỡ tệp PDF đã ký số').waitFor();
    await page.getByText('Báo cáo số 15-BC-BCHQS ngày').first().waitFor();
    await page.getByText('Chữ ký số hợp lệ').first().waitFor();
    await screenshot(page, 'unit-report-signing-released');

    const api = await apiSession(url, 'bchqs');
    const detail = await json<{ attachments: Array<{ id: string; release?: { reference: string } }> }>(
      await api.get(`/api/v1/assignments/${assignmentId}`),
    );
    const file = detail.attachments.find((a) => a.release);
    expect(file?.release?.reference).toBe('15/BC-BCHQS');
    const pdf = await (await api.get(`/api/v1/attachments/${file?.id}`)).body();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'unit-report-signing-released.pdf'), pdf);
    const verdict = await verifyPdfSignatures(new Uint8Array(pdf), {
      trustAnchors: [trust.pki.root.certPem],
      expectedOrganisation: UNIT,
    });
    expect(verdict.verdict).toBe('valid');
    expect(verdict.signatures).toHaveLength(2);
    await api.dispose();
  });
});

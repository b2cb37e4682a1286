import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './support/browser.ts';
import {
  apiSession,
  json,
  keepReleasedPdf,
  openSigningPanel,
  roundThroughApi,
  signAndRelease,
  trustedPki,
} from './support/signing.ts';
import { useBrowserSuite } from './support/suite.ts';

/** The unit (QT-BCHQS) as its certificates name it, with its province. */
const UNIT = 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị';
const trust = trustedPki(UNIT);

interface OutlineSection {
  id: string;
  children: OutlineSection[];
}

/** An issued round with a report for Bộ CHQS, whose draft the unit has written and saved — made through the API. */
async function writtenReport(url: string): Promise<string> {
  const syt = await apiSession(url, 'syt');
  const campaign = await roundThroughApi(syt, { name: 'Báo cáo đơn vị ký số thử', docNumber: '8941' });
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
    const url = suite.server.url;
    const assignmentId = await writtenReport(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    await openSigningPanel(page, `${url}/assignments/${assignmentId}`, {
      login: 'bchqs',
      asks: 'Cần chữ ký của thủ trưởng đơn vị trên bản báo cáo đã lưu hiện tại',
    });
    await page.getByTestId('unit-signing-code').fill('bc-bchqs');
    await page.getByTestId('unit-signing-signer-name').fill('Lê Quang Quân');
    await screenshot(page, 'unit-report-signing-start');
    await signAndRelease(page, trust, {
      signerName: 'Lê Quang Quân',
      docNumber: '15',
      screenshots: { release: 'unit-report-signing-step2' },
    });
    // Released: the signed PDF attached, the steps closed, the number and date shown, saying why
    // the text no longer changes; the editor is gone.
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
    await keepReleasedPdf(api, `/api/v1/attachments/${file?.id}`, 'unit-report-signing-released', trust);
    await api.dispose();
  });
});

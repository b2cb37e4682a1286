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

const trust = trustedPki('UBND tỉnh Quảng Trị');

/** An issued round whose consolidated report has one section written by the lead agency — made through the API. */
async function roundWithConsolidatedReport(url: string): Promise<string> {
  const syt = await apiSession(url, 'syt');
  const { id } = await roundThroughApi(syt, { name: 'Báo cáo tổng hợp ký số thử', docNumber: '8931' });
  const api = `/api/v1/campaigns/${id}/consolidated`;
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
  return id;
}

describe.runIf(browserAvailable())('the Ký số panel of a consolidated report', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('signs the consolidated report, releases it with a number, and offers the signed report of record', async () => {
    const url = suite.server.url;
    const campaignId = await roundWithConsolidatedReport(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    await openSigningPanel(page, `${url}/campaigns/${campaignId}?tab=consolidated`, {
      login: 'syt',
      asks: 'Cần chữ ký của người có thẩm quyền trên bản báo cáo tổng hợp',
    });
    await screenshot(page, 'consolidated-signing-start');
    await signAndRelease(page, trust, {
      signerName: 'Hoàng Nam',
      docNumber: '75',
      screenshots: { release: 'consolidated-signing-step2' },
    });
    // Released: the steps closed, and the number and date shown as fixed, saying why; the text
    // can no longer be edited.
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
    await keepReleasedPdf(
      api,
      `/api/v1/campaigns/${campaignId}/documents/consolidated.pdf`,
      'consolidated-signing-released',
      trust,
    );
    await api.dispose();
  });
});

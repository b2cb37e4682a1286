import { describe, it } from 'vitest';
import { browserAvailable, screenshot } from './support/browser.ts';
import {
  apiSession,
  keepReleasedPdf,
  openSigningPanel,
  roundThroughApi,
  signAndRelease,
  trustedPki,
} from './support/signing.ts';
import { useBrowserSuite } from './support/suite.ts';

const trust = trustedPki('UBND tỉnh Quảng Trị');

describe.runIf(browserAvailable())('the Ký số panel of a draft plan', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('sends the plan for signing, then releases it with a number; the page shows who signed and the signed PDF', async () => {
    const url = suite.server.url;
    const api = await apiSession(url, 'syt');
    // A complete draft made through the API as the standing agency would.
    const { id } = await roundThroughApi(api, { name: 'Tổng kết ký số thử' });
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await openSigningPanel(page, `${url}/campaigns/${id}`, {
      login: 'syt',
      asks: 'Cần chữ ký của người có thẩm quyền',
    });

    await signAndRelease(page, trust, {
      signerName: 'Hoàng Nam',
      docNumber: '4801',
      screenshots: { links: 'signing-step1-links', release: 'signing-step2-form' },
    });
    // Released: the round is issued with its number.
    await page.getByText('4801/KH-UBND').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'signing-released');
    await keepReleasedPdf(api, `/api/v1/campaigns/${id}/documents/plan.pdf`, 'signing-released', trust);
    await api.dispose();
  });
});

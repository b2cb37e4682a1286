import type { LeaderOverview, Progress } from '@tongket/domain';
import type { APIResponse, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browser, browserAvailable, fillLogin, openBrowser, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

/** Generous on a busy two-core machine: conditions are waited on, never fixed sleeps. */
const WAIT = { timeout: 60_000 };

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** The number on one of the progress page's stat cards. */
async function stat(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`stat-${key}`).getByTestId('stat-value').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** True when the page is no wider than its viewport (nothing scrolls sideways). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.runIf(browserAvailable())('the leader’s home: the province at a glance', () => {
  const suite = useBrowserSuite();

  it('shows the rates of every round as the progress tab counts them, each bar a link to its units', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    let phone: Browser | undefined;
    try {
      await page.goto(`${url}/`);
      await fillLogin(page, 'lanhdao');
      await page.getByRole('heading', { name: 'Toàn cảnh UBND tỉnh Quảng Trị' }).waitFor(WAIT);
      const overview = await ok<LeaderOverview>(await page.request.get(`${url}/api/v1/home/leader`));
      const round = overview.rounds[0];
      if (!round) throw new Error('the demo has no issued round');
      const whole = await ok<Progress>(
        await page.request.get(`${url}/api/v1/campaigns/${round.campaignId}/progress`),
      );

      // The newest round's card says what its progress tab says.
      const card = page.getByTestId('leader-rate-card').first();
      await expect(card.getByTestId('rate-reporting').innerText()).resolves.toBe(
        percent(whole.totals.reportingRate),
      );
      await expect(card.getByTestId('rate-onTime').innerText()).resolves.toBe(
        percent(whole.totals.onTimeRate),
      );

      // Every block of the round has its bar, with the progress tab's figures for that block.
      const areas = page.getByTestId('leader-area').locator('a');
      await expect(areas.count()).resolves.toBe(round.byArea.length);
      expect(round.byArea.length).toBeGreaterThan(1);
      const area = round.byArea.find((a) => a.units > 1) ?? round.byArea[0];
      if (!area) throw new Error('the round has no block');
      const filtered = await ok<Progress>(
        await page.request.get(`${url}/api/v1/campaigns/${round.campaignId}/progress?under=${area.unitId}`),
      );
      const bar = page.getByTestId(`leader-area-${area.unitId}`);
      await expect(bar.innerText()).resolves.toContain(percent(filtered.totals.reportingRate));
      await expect(bar.innerText()).resolves.toContain(
        `(${filtered.totals.submitted}/${filtered.totals.expected})`,
      );
      await bar.scrollIntoViewIfNeeded();
      await screenshot(page, 'leader-home-1366');

      // A click on the block's bar opens the round's progress filtered to it: the same count.
      await bar.click();
      await page.waitForURL(
        (u) =>
          u.pathname === `/campaigns/${round.campaignId}/progress` &&
          u.searchParams.get('under') === area.unitId,
        WAIT,
      );
      await page.getByTestId('progress-view').waitFor(WAIT);
      await expect.poll(() => stat(page, 'expected'), WAIT).toBe(area.expected);
      await expect(stat(page, 'submitted')).resolves.toBe(area.submitted);
      // The comparison chart draws every block under the filter, with a scale under it.
      await page.getByTestId('progress-compare').scrollIntoViewIfNeeded();
      await screenshot(page, 'leader-progress-filtered-1366');

      // Back home, a round with accepted figures shows its indicators by block, by level, over rounds.
      const reported = overview.rounds.find((r) => r.indicators.some((i) => i.total !== null));
      if (!reported) throw new Error('the demo has no round with accepted figures');
      await page.goto(`${url}/`);
      await page.getByTestId('leader-round').click();
      await page.getByRole('option', { name: reported.name, exact: true }).click();
      const indicator = reported.indicators.find((i) => i.total !== null && i.byArea.length > 0);
      if (!indicator) throw new Error('no indicator has a figure by block');
      const first = indicator.byArea[0];
      if (!first) throw new Error('no block');
      await page.getByTestId(`leader-indicator-area-${first.unitId}`).scrollIntoViewIfNeeded();
      await expect(
        page.getByTestId(`leader-indicator-area-${first.unitId}`).getAttribute('href'),
      ).resolves.toBe(`/campaigns/${reported.campaignId}/progress?under=${first.unitId}`);
      await page.getByTestId('leader-indicators').scrollIntoViewIfNeeded();
      await screenshot(page, 'leader-home-indicators-1366');
      await page.getByTestId('leader-awards').scrollIntoViewIfNeeded();
      await screenshot(page, 'leader-home-awards-1366');

      // On a phone the overview reads without sideways scrolling.
      phone = await openBrowser({ width: 375, height: 812 });
      await phone.page.goto(`${url}/`);
      await fillLogin(phone.page, 'lanhdao');
      await phone.page.getByRole('heading', { name: 'Toàn cảnh UBND tỉnh Quảng Trị' }).waitFor(WAIT);
      await phone.page.getByTestId('leader-area').waitFor(WAIT);
      await expect(fitsWidth(phone.page)).resolves.toBe(true);
      await screenshot(phone.page, 'leader-home-375');
      await phone.page.getByTestId('leader-area').scrollIntoViewIfNeeded();
      await screenshot(phone.page, 'leader-home-areas-375');
    } finally {
      await phone?.close();
    }
  });
});

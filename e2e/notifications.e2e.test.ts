import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** The same screen on a phone, for the artifacts; the desktop size is restored after. */
async function phoneScreenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  // Let the layout settle on the narrow breakpoint (cards instead of the table).
  await page.waitForTimeout(300);
  await screenshot(page, name);
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(300);
}

/** Waits for the drawer to finish sliding in, so the screenshot shows it in place. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(400);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').waitFor();
}

describe.runIf(browserAvailable())('units read their notices; the admin sees the outbox', () => {
  const suite = useBrowserSuite();

  it('a unit officer reads the notice of plan 2519/KH-UBND and opens the plan from it', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/`);
    await fillLogin(page, 'bchqs');

    // The menu item (after "Đợt tổng kết") counts this week's notices: the demo's plan and award decision.
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const navLink = nav.getByRole('link', { name: /^Thông báo/ });
    await navLink.getByText(/^[1-9]\d* thông báo trong 7 ngày qua$/).waitFor({ state: 'attached' });
    const labels = await nav.getByRole('link').allInnerTexts();
    expect(labels.findIndex((l) => l.startsWith('Thông báo'))).toBe(labels.indexOf('Đợt tổng kết') + 1);
    // The home page has a card for it; a unit officer has no outbox, neither in the menu nor by address.
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Thông báo\s*Đọc thông báo gửi đến đơn vị/ })
      .waitFor();
    await expect(page.getByRole('link', { name: /Hộp thư đi/ }).count()).resolves.toBe(0);

    await navLink.click();
    await page.getByRole('heading', { name: 'Thông báo', level: 1 }).waitFor();
    await page.getByText('Thông báo gửi đến Bộ Chỉ huy Quân sự tỉnh').waitFor();
    const item = page
      .getByRole('list', { name: 'Danh sách thông báo' })
      .getByRole('button', { name: /Kế hoạch số 2519\/KH-UBND ngày 08\/06\/2020/ });
    await item.waitFor();
    // The date is the moment of issue in dd/mm/yyyy with the time, the preview starts with the body.
    await expect(item.innerText()).resolves.toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    await expect(item.innerText()).resolves.toContain('UBND tỉnh Quảng Trị đã ban hành');
    await screenshot(page, 'notifications');
    await phoneScreenshot(page, 'notifications-phone');

    await item.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nhiệm vụ của Bộ Chỉ huy Quân sự tỉnh:').waitFor();
    // Each task is a list line of its own: the speech and the report, with their deadlines.
    const tasks = dialog.getByRole('listitem');
    await expect(tasks.count()).resolves.toBe(2);
    await expect(tasks.nth(0).innerText()).resolves.toMatch(
      /^Tham luận: Chuẩn bị 01 tham luận về công tác tổ chức Khu cách ly tập trung \(chủ đề: .*\) — thời hạn: trước ngày 10\/06\/2020$/,
    );
    await expect(tasks.nth(1).innerText()).resolves.toMatch(/^Báo cáo: Báo cáo tổng kết/);
    await expect(page.url()).toMatch(/\/notifications\?id=/);
    await settled(page);
    await screenshot(page, 'notifications-open');
    await phoneScreenshot(page, 'notifications-open-phone');

    await dialog.getByRole('link', { name: 'Mở', exact: true }).click();
    await page.waitForURL(/\/campaigns\/[^/?]+$/);
    await page.getByTestId('campaign-reference').getByText('Số: 2519/KH-UBND').waitFor();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);

    await page.goto(`${suite.server.url}/outbox`);
    await page.getByText('Không có quyền truy cập').waitFor();
  });

  it('the admin sees every message in the outbox, with its address and that mail is off', async () => {
    const { page } = suite.browser;
    await signOut(page);
    await fillLogin(page, 'admin');
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Hộp thư đi/ })
      .click();
    await page.getByRole('heading', { name: 'Hộp thư đi', level: 1 }).waitFor();
    await page.getByText('Chưa cấu hình SMTP_URL: thông báo chỉ xem trong hệ thống.').waitFor();

    // The plan's notice to Sở Y tế (it also has the award decision's).
    const row = page.getByRole('row').filter({ hasText: 'Sở Y tế' }).filter({ hasText: 'Kế hoạch số 2519' });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getByRole('cell').nth(2).innerText()).resolves.toBe('pnvyqt@gmail.com');
    await expect(row.getByRole('cell').nth(4).textContent()).resolves.toBe('Chờ gửi');
    // A unit without an address gets its notice in the app only.
    const army = page
      .getByRole('row')
      .filter({ hasText: 'Bộ Chỉ huy Quân sự tỉnh' })
      .filter({ hasText: 'Kế hoạch số 2519' });
    await expect(army.getByRole('cell').nth(2).innerText()).resolves.toBe('— (chỉ trong hệ thống)');
    await expect(army.getByRole('cell').nth(4).textContent()).resolves.toBe('Trong hệ thống');
    await screenshot(page, 'outbox');

    // Only the ones waiting for the mailer: the units of the plan that have an address.
    const statusFilter = page.getByRole('combobox', { name: 'Trạng thái' });
    await statusFilter.click();
    await page.getByRole('option', { name: 'Chờ gửi' }).click();
    await army.waitFor({ state: 'detached' });
    const statuses = await page.getByRole('row').locator('td:nth-child(5)').allTextContents();
    expect(statuses.length).toBeGreaterThan(1);
    expect(new Set(statuses)).toEqual(new Set(['Chờ gửi']));
    await expect(row.count()).resolves.toBe(1);
    await page.getByText(`${statuses.length} thông báo`, { exact: true }).waitFor();
    await statusFilter.click();
    await page.getByRole('option', { name: 'Chờ gửi' }).click();
    await army.waitFor();

    await row.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nhiệm vụ của Sở Y tế:').waitFor();
    await expect(dialog.getByText('pnvyqt@gmail.com').isVisible()).resolves.toBe(true);
    await settled(page);
    await screenshot(page, 'outbox-open');
    await phoneScreenshot(page, 'outbox-open-phone');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await phoneScreenshot(page, 'outbox-phone');
  });
});

describe.runIf(browserAvailable())(
  'with SMTP configured but unreachable, the outbox shows the failures',
  () => {
    // Nothing listens on the discard port: every try fails at once with "connection refused".
    const suite = useBrowserSuite({ env: { SMTP_URL: 'smtp://127.0.0.1:9' } });

    it('says mail is on, and marks the messages with an address as failed, the error on hover', async () => {
      const { page } = suite.browser;
      await page.goto(`${suite.server.url}/outbox`);
      await fillLogin(page, 'admin');
      await page.getByText('Đang gửi thư điện tử qua SMTP.').waitFor();

      // The mailer runs every 15 s; reload until its first pass has been recorded.
      const row = page
        .getByRole('row')
        .filter({ hasText: 'Sở Y tế' })
        .filter({ hasText: 'Kế hoạch số 2519' });
      const deadline = Date.now() + 60_000;
      while (!/^Lỗi gửi \(\d+ lần\)$/.test((await row.getByRole('cell').nth(4).textContent()) ?? '')) {
        if (Date.now() > deadline) throw new Error('the mailer never recorded a failure');
        await page.waitForTimeout(2_000);
        await page.reload();
        await row.waitFor();
      }
      // Units without an address are not mailed, so they cannot fail.
      const army = page
        .getByRole('row')
        .filter({ hasText: 'Bộ Chỉ huy Quân sự tỉnh' })
        .filter({ hasText: 'Kế hoạch số 2519' });
      await expect(army.getByRole('cell').nth(4).textContent()).resolves.toBe('Trong hệ thống');

      await row.getByText(/^Lỗi gửi/).hover();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      await expect(tooltip.innerText()).resolves.toMatch(/ECONNREFUSED|connect/i);
      await settled(page);
      await screenshot(page, 'outbox-failed');

      await row.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Lỗi gửi gần nhất').waitFor();
      await expect(dialog.getByText(/ECONNREFUSED|connect/i).count()).resolves.toBeGreaterThan(0);
    });
  },
);

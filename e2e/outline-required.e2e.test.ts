import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

describe.runIf(browserAvailable())(
  'a coordinator marks an outline indicator as required, dates stay in range',
  () => {
    const suite = useBrowserSuite();

    it('toggles "Bắt buộc" on an indicator, saves it, and finds it still on after a reload', async () => {
      const { page } = suite.browser;
      await page.goto(`${suite.server.url}/campaigns`);
      await fillLogin(page, 'syt');
      await page.getByRole('button', { name: 'Tạo đợt mới' }).click();
      const create = page.getByRole('dialog');
      const issuer = create.getByLabel(/^Đơn vị ban hành/);
      await issuer.fill('ubnd tinh quang tri');
      await page
        .getByRole('option', { name: /^UBND tỉnh Quảng Trị/ })
        .first()
        .click();
      await create.getByLabel('Tên đợt').fill('Sơ kết thử chỉ tiêu bắt buộc');
      // The province's own outline is offered first, so the Quảng Trị outline comes with the round.
      await expect
        .poll(() => create.getByLabel('Đề cương báo cáo', { exact: true }).inputValue())
        .toBe('Đề cương báo cáo tổng kết (Kế hoạch 2519/KH-UBND tỉnh Quảng Trị)');
      await create.getByRole('button', { name: 'Tạo đợt' }).click();
      await page.waitForURL(/\/campaigns\/[^/?]+$/);

      const openIndicator = async () => {
        await page.getByRole('tab', { name: 'Đề cương' }).click();
        const section = page.getByRole('group', { name: 'Mục I.2', exact: true });
        await section.getByRole('button', { name: /^Hướng dẫn, chỉ tiêu/ }).click();
        const row = section.getByRole('group', { name: 'Chỉ tiêu 1 của mục I.2', exact: true });
        await row.waitFor({ timeout: 30_000 });
        return row;
      };
      const row = await openIndicator();
      const toggle = row.getByRole('switch', { name: 'Bắt buộc' });
      await expect(toggle.isChecked()).resolves.toBe(false);
      // By keyboard: the page's sticky header and save bar may cover the row wherever it scrolls to.
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle.isChecked()).resolves.toBe(true);
      await screenshot(page, 'outline-indicator-required');
      const outlineTab = page.getByRole('tabpanel', { name: 'Đề cương' });
      await outlineTab.getByRole('button', { name: 'Lưu', exact: true }).click();
      await outlineTab.getByText('Đã lưu mọi thay đổi').waitFor({ timeout: 30_000 });

      await page.reload();
      const again = await openIndicator();
      await expect(again.getByRole('switch', { name: 'Bắt buộc' }).isChecked()).resolves.toBe(true);
      // The other indicators of the section stay optional.
      const second = page.getByRole('group', { name: 'Chỉ tiêu 2 của mục I.2', exact: true });
      await expect(second.getByRole('switch', { name: 'Bắt buộc' }).isChecked()).resolves.toBe(false);
    });

    it('says at once that a date outside 1900–2100 is not taken', async () => {
      const { page } = suite.browser;
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      const docDate = page.getByLabel('Ngày ban hành', { exact: true });
      await docDate.fill('31/12/9999');
      await docDate.blur();
      await page
        .getByText('Ngày phải trong khoảng từ 01/01/1900 đến 31/12/2100')
        .waitFor({ timeout: 30_000 });
      await docDate.fill('31/12/2100');
      await docDate.blur();
      await expect(
        page.getByText('Ngày phải trong khoảng từ 01/01/1900 đến 31/12/2100').count(),
      ).resolves.toBe(0);
    });
  },
);

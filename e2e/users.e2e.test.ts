import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

describe.runIf(browserAvailable())('admin manages accounts and units through the forms', () => {
  const suite = useBrowserSuite();

  it('creates an account for a unit officer, who then signs in and sees their unit', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/users`);
    await fillLogin(page, 'admin');
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('congan.qt');
    await dialog.getByLabel('Họ và tên').fill('Trần Văn An');
    await dialog.getByLabel(/^Vai trò/).click();
    await page.getByRole('option', { name: 'Cán bộ đơn vị' }).click();
    await dialog.getByLabel(/^Đơn vị/).fill('cong an');
    await page
      .getByRole('option', { name: /Công an tỉnh/ })
      .first()
      .click();
    await dialog.getByLabel('Mật khẩu').fill('ngan');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // Too short: the form says so next to the field and nothing is created.
    await dialog.getByText(/ít nhất 8 ký tự/).waitFor();
    await dialog.getByLabel('Mật khẩu').fill('mat-khau-an-2026');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: 'congan.qt' }).waitFor();
    await screenshot(page, 'users-created');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await fillLogin(page, 'congan.qt', 'mat-khau-an-2026');
    await page.getByText('Trần Văn An').first().waitFor();
    await expect(page.getByText('Công an tỉnh').first().isVisible()).resolves.toBe(true);
    // A unit officer has no account administration.
    await expect(page.getByRole('link', { name: 'Tài khoản' }).count()).resolves.toBe(0);
  });

  it('edits a unit from its detail panel; a second edit from a stale copy is refused', async () => {
    const { page } = suite.browser;
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await fillLogin(page, 'admin');
    await page.goto(`${suite.server.url}/units`);
    await page.getByPlaceholder('Tìm đơn vị…').fill('dai phat thanh');
    await page.getByRole('button', { name: 'Đài Phát thanh - Truyền hình tỉnh' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Sửa' }).click();
    await drawer.getByLabel('Tên viết tắt').fill('Đài PT-TH Quảng Trị');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText('Đài PT-TH Quảng Trị').waitFor();

    // Someone else changes the unit meanwhile; saving the old copy gets the conflict message.
    await drawer.getByRole('button', { name: 'Sửa' }).click();
    const unit = (await (
      await page.request.get(`${suite.server.url}/api/v1/units?q=dai%20phat%20thanh`)
    ).json()) as {
      items: Array<{ id: string; version: number; matched: boolean }>;
    };
    const target = unit.items.find((u) => u.matched) as { id: string; version: number };
    const other = await page.request.patch(`${suite.server.url}/api/v1/units/${target.id}`, {
      data: { version: target.version, email: 'dai@quangtri.gov.vn' },
      headers: { origin: suite.server.url },
    });
    expect(other.status()).toBe(200);
    await drawer.getByLabel('Tên viết tắt').fill('Bản cũ');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText(/người khác sửa/).waitFor();
    await screenshot(page, 'unit-conflict');
  });
});

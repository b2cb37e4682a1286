import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, PARSED_FILE_WAIT, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

async function unitWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    'Tên viết tắt',
    'Loại đơn vị',
    'Mã đơn vị cấp trên',
    'Thư điện tử',
    'Đang hoạt động',
    'Thứ tự',
  ]);
  ws.addRow(['QT-CL-CAMTHANH', 'UBND xã Cam Thành', '', 'Xã, phường, thị trấn', 'QT-CAMLO', '', 'Có', 1]);
  ws.addRow(['QT-CL-CAMLO', 'UBND thị trấn Cam Lộ', '', 'Xã, phường, thị trấn', 'QT-CAMLO', '', 'Có', 2]);
  ws.addRow(['QT-SYT', 'Sở Y tế', 'SYT', 'Sở, ban, ngành', 'QT', 'soyte@quangtri.gov.vn', 'Có', 10]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.runIf(browserAvailable())('admin imports units and finds one without diacritics', () => {
  const suite = useBrowserSuite();

  it('logs in, imports an .xlsx with a preview, searches "so y te" and opens Sở Y tế', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/units`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await screenshot(page, 'login');
    await fillLogin(page, 'admin');
    await page.getByPlaceholder('Tìm đơn vị…').waitFor();
    await screenshot(page, 'units');

    // The export says it is working until the file has come: the server's answer is held back
    // until the busy button has been seen, so the check never races a fast machine.
    let releaseExport = () => {};
    const exportHeld = new Promise<void>((resolve) => {
      releaseExport = resolve;
    });
    await page.route('**/api/v1/units/export.xlsx', async (route) => {
      await exportHeld;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const busy = page.locator('button[aria-busy="true"]').filter({ hasText: /^Đang tải…/ });
    await busy.waitFor({ timeout: 30_000 });
    await expect(busy.isDisabled()).resolves.toBe(true);
    await screenshot(page, 'units-export-busy');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    releaseExport();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByRole('button', { name: 'Xuất Excel' }).waitFor({ timeout: 30_000 });
    await page.unroute('**/api/v1/units/export.xlsx');
    // A refused export says so in Vietnamese rather than saving the error as the file.
    await page.route('**/api/v1/units/export.xlsx', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          code: 'busy',
          detail: 'Máy chủ đang bận, vui lòng thử lại sau ít phút.',
        }),
      }),
    );
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    await page.getByText('Không tải được tệp').waitFor({ timeout: 30_000 });
    await page.getByText('Máy chủ đang bận, vui lòng thử lại sau ít phút.').waitFor({ timeout: 30_000 });
    await page.unroute('**/api/v1/units/export.xlsx');

    // The import's check shows the file going up, then being read, until the preview comes.
    let releaseCheck = () => {};
    const checkHeld = new Promise<void>((resolve) => {
      releaseCheck = resolve;
    });
    await page.route('**/api/v1/units/import?commit=false', async (route) => {
      await checkHeld;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    await page.getByLabel('Chọn tệp Excel').setInputFiles({
      name: 'don-vi-cam-lo.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await unitWorkbook(),
    });
    const dialog = page.getByRole('dialog');
    const uploading = dialog.getByTestId('upload-status');
    await uploading
      .getByText(/^(Đang gửi tệp lên…( \d+%)?|Đã gửi xong, đang đọc và kiểm tra tệp…)$/)
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'units-import-uploading');
    releaseCheck();
    await dialog.getByText('UBND xã Cam Thành').waitFor(PARSED_FILE_WAIT);
    await uploading.waitFor({ state: 'detached', timeout: 30_000 });
    await page.unroute('**/api/v1/units/import?commit=false');
    await expect(dialog.getByText('Thêm mới').first().isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('Cập nhật').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'units-import-preview');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const search = page.getByPlaceholder('Tìm đơn vị…');
    await search.fill('cam thanh');
    await page.getByRole('button', { name: 'UBND xã Cam Thành' }).waitFor();

    // The administrator sees their own province only: Bình Dương's Sở Y tế is not listed.
    await search.fill('so y te');
    const rows = page.getByRole('button', { name: /Sở Y tế/ });
    await expect.poll(() => rows.count()).toBe(1);
    await screenshot(page, 'units-search');
    await rows.first().click();
    const detail = page.getByRole('dialog');
    await detail.getByText('QT-SYT').waitFor();
    await expect(detail.getByText('soyte@quangtri.gov.vn').isVisible()).resolves.toBe(true);
    // Let the drawer finish sliding in before the picture.
    await page.waitForTimeout(400);
    await screenshot(page, 'units-detail');
  });

  it('shows the import in the audit log, with the changed e-mail before and after', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/audit`);
    await page.getByText('Nhập danh sách đơn vị từ Excel').first().waitFor();
    const update = page.getByRole('row').filter({ hasText: 'Sửa đơn vị' }).first();
    await update.getByRole('button', { name: 'Xem chi tiết' }).click();
    const changed = page.getByRole('row').filter({ hasText: 'Thư điện tử' });
    await expect(changed.getByText('pnvyqt@gmail.com').isVisible()).resolves.toBe(true);
    await expect(changed.getByText('soyte@quangtri.gov.vn').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('row')
        .filter({ hasText: 'Loại đơn vị' })
        .getByText('Sở, ban, ngành')
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'audit');
  });
});

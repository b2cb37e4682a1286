import fs from 'node:fs';
import { readEdxml } from '@tongket/documents/testing';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

describe.runIf(browserAvailable())('the issued plan exported as an edXML package', () => {
  const suite = useBrowserSuite();

  it('downloads the package from the plan tab; a plan whose units lack codes says which', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/campaigns`);
    await fillLogin(page, 'syt');
    const list = await (await page.request.get(`${suite.server.url}/api/v1/campaigns`)).json();
    const plan = list.items.find((c: { reference: string }) => c.reference === '2519/KH-UBND');
    await page.goto(`${suite.server.url}/campaigns/${plan.id}?tab=preview`);
    const link = page.getByTestId('plan-edxml');
    await link.waitFor({ timeout: 60_000 });
    await screenshot(page, 'plan-edxml-link');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), link.click()]);
    expect(download.suggestedFilename()).toBe('Kế hoạch 2519-KH-UBND.edxml');
    const xml = fs.readFileSync(await download.path(), 'utf8');
    const pkg = readEdxml(xml);
    expect(pkg.header.From.OrganId).toBe('000.00.00.H50');
    expect(pkg.header.Code).toEqual({ CodeNumber: '2519', CodeNotation: 'KH-UBND' });
    expect(pkg.attachments[0]?.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // Bình Dương's districts have no agency code in the demo: the refusal names them, no file is saved.
    await page.context().clearCookies();
    await page.goto(`${suite.server.url}/campaigns`);
    await fillLogin(page, 'bd-syt');
    const bdList = await (await page.request.get(`${suite.server.url}/api/v1/campaigns`)).json();
    const bdPlan = bdList.items.find((c: { reference: string }) => c.reference === '4865/KH-UBND');
    await page.goto(`${suite.server.url}/campaigns/${bdPlan.id}?tab=preview`);
    await page.getByTestId('plan-edxml').click();
    await page
      .getByText(/đơn vị chưa có mã định danh điện tử: Thường trực Tỉnh ủy Bình Dương/)
      .waitFor({ timeout: 60_000 });
    await screenshot(page, 'plan-edxml-refused');
  });

  it('lets the administrator enter a unit’s agency code, with its help text', async () => {
    const { page, context } = suite.browser;
    await context.clearCookies();
    await page.goto(`${suite.server.url}/units`);
    await fillLogin(page, 'admin');
    const search = page.getByPlaceholder('Tìm đơn vị…');
    await search.fill('benh vien chuyen khoa lao');
    await page
      .getByRole('button', { name: /Bệnh viện Chuyên khoa Lao/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Sửa' }).click();
    const field = drawer.getByLabel('Mã định danh');
    await field.fill('001.14.00.h5');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText('Mã định danh có dạng 000.00.00.H50').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'unit-agency-code-invalid');
    await field.fill('001.14.00.H50');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText('001.14.00.H50').waitFor({ timeout: 30_000 });
    // The agency code and the system's internal id are two rows with two names.
    await expect(drawer.getByRole('rowheader', { name: 'Mã định danh', exact: true }).count()).resolves.toBe(
      1,
    );
    await expect(drawer.getByRole('rowheader', { name: 'Mã nội bộ (ID)' }).count()).resolves.toBe(1);
    await page.waitForTimeout(400);
    await screenshot(page, 'unit-agency-code-saved');
  });
});

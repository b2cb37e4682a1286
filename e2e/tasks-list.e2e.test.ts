import { foldVietnamese, matchesTokens, queryTokens, searchKey } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

interface Row {
  id: string;
  unitId: string;
  unitName: string;
  text: string;
  topic: string;
  status: string;
  deadline: string | null;
}

interface UnitRow {
  id: string;
  shortName: string | null;
  code: string;
}

/** The tasks tab of plan 2519: searched without diacritics, narrowed by status, sorted, kept in the address. */
describe.runIf(browserAvailable())('the tasks tab works like a list', () => {
  const suite = useBrowserSuite();

  it('searches without diacritics, filters by status, sorts by deadline and keeps the filter on the way back', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    await page.goto(`${url}/login`);
    await fillLogin(page, 'syt');
    await page.waitForURL(`${url}/`);

    const rounds = (await (await page.request.get(`${url}/api/v1/campaigns`)).json()) as {
      items: Array<{ id: string; reference: string }>;
    };
    const round = rounds.items.find((c) => c.reference === '2519/KH-UBND');
    expect(round).toBeDefined();
    const id = (round as { id: string }).id;
    const all = (
      (await (await page.request.get(`${url}/api/v1/campaigns/${id}/assignments`)).json()) as { items: Row[] }
    ).items;
    expect(all.length).toBeGreaterThan(10);
    const units = new Map(
      ((await (await page.request.get(`${url}/api/v1/units`)).json()) as { items: UnitRow[] }).items.map(
        (u) => [u.id, u],
      ),
    );
    // What a search should find, as the page states it: every typed word starts a word of the row.
    const matching = (q: string) =>
      all.filter((a) =>
        matchesTokens(
          searchKey(a.unitName, units.get(a.unitId)?.shortName, units.get(a.unitId)?.code, a.text, a.topic),
          queryTokens(q),
        ),
      );
    const names = (list: Row[]) => list.map((a) => a.unitName).sort();

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${url}/campaigns/${id}?tab=assignments`);
    const table = page.locator('table').filter({ has: page.getByRole('columnheader', { name: 'Thời hạn' }) });
    const rows = table.locator('tbody tr');
    await page.getByText(`${all.length} nhiệm vụ`, { exact: true }).waitFor({ timeout: 60_000 });
    await expect(rows.count()).resolves.toBe(all.length);

    // Typed without diacritics: "huyen" finds every "huyện" the round holds, and only those.
    const districts = matching('huyen');
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.length).toBeLessThan(all.length);
    expect(districts.some((a) => a.unitName.includes('huyện'))).toBe(true);
    await page.getByRole('searchbox', { name: 'Tìm' }).fill('huyen');
    await page.getByText(`Đang hiện ${districts.length}/${all.length} nhiệm vụ`).waitFor({ timeout: 30_000 });
    await expect(rows.count()).resolves.toBe(districts.length);
    expect((await rows.locator('td:first-child').allInnerTexts()).map((n) => n.trim()).sort()).toEqual(
      names(districts),
    );
    expect(page.url()).toContain('q=huyen');

    // Narrowed to one status as well: the option says how many rows it holds in the whole round.
    const status = districts[0]?.status as string;
    const label = {
      pending: 'Chưa thực hiện',
      in_progress: 'Đang soạn',
      submitted: 'Đã gửi',
      accepted: 'Đã tiếp nhận',
      returned: 'Trả lại',
    }[status] as string;
    const both = districts.filter((a) => a.status === status);
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    const inRound = all.filter((a) => a.status === status).length;
    await page.getByRole('option', { name: `${label} (${inRound})` }).click();
    await page.getByText(`Đang hiện ${both.length}/${all.length} nhiệm vụ`).waitFor({ timeout: 30_000 });
    await expect(rows.count()).resolves.toBe(both.length);

    // A look at the progress tab and back: each tab keeps its own filters, also through the
    // browser's back button; the progress tab never gets the tasks tab's ?q or ?status.
    const tasksUrl = page.url();
    await page.getByRole('tab', { name: 'Tiến độ' }).click();
    await page.waitForURL((u) => u.searchParams.get('tab') === 'progress', { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(new URL(page.url()).searchParams.get('status')).toBeNull();
    // The unit kinds offered are those of the round's units: there once the figures are.
    await page
      .getByRole('tabpanel')
      .filter({ hasText: /Tỷ lệ nộp\s*\d+\s*%/ })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: 'Loại đơn vị' }).click();
    await page.getByRole('option', { name: 'Huyện, thị xã, thành phố' }).click();
    await page.waitForURL((u) => u.searchParams.get('unitKind') === 'district', { timeout: 30_000 });
    const progressUrl = page.url();
    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.waitForURL(tasksUrl, { timeout: 30_000 });
    await page.getByText(`Đang hiện ${both.length}/${all.length} nhiệm vụ`).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('searchbox', { name: 'Tìm' }).inputValue()).resolves.toBe('huyen');
    await page.goBack();
    await page.waitForURL(progressUrl, { timeout: 30_000 });
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Loại đơn vị' }).inputValue(), { timeout: 30_000 })
      .toBe('Huyện, thị xã, thành phố');
    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.waitForURL(tasksUrl, { timeout: 30_000 });
    await page.getByText(`Đang hiện ${both.length}/${all.length} nhiệm vụ`).waitFor({ timeout: 30_000 });

    // Nearest deadline first: the deadline column never goes back in time.
    await page.getByRole('searchbox', { name: 'Tìm' }).fill('');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.getByText(`${all.length} nhiệm vụ`, { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Sắp xếp' }).click();
    await page.getByRole('option', { name: 'Hạn gần nhất trước' }).click();
    await page.waitForURL(/sort=deadline/);
    // The deadline column, as ISO dates, once the page has drawn the new order.
    const deadlines = async () =>
      (await rows.locator('td:nth-child(4)').allInnerTexts())
        .map((d) => d.trim())
        .filter((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))
        .map((d) => d.split('/').reverse().join('-'));
    const ascending = (list: string[]) => list.every((d, i) => i === 0 || (list[i - 1] as string) <= d);
    await expect.poll(async () => ascending(await deadlines()), { timeout: 30_000 }).toBe(true);
    const iso = await deadlines();
    expect(new Set(iso).size).toBeGreaterThan(1);
    expect(iso.length).toBe(all.filter((a) => a.deadline).length);
    await screenshot(page, 'tasks-tab-sorted');

    // A search, opened task, and back: the list is as it was left.
    await page.getByRole('searchbox', { name: 'Tìm' }).fill('gio linh');
    const gioLinh = matching('gio linh');
    expect(gioLinh.every((a) => foldVietnamese(a.unitName).includes('gio linh'))).toBe(true);
    expect(gioLinh.length).toBeGreaterThan(0);
    await page.getByText(`Đang hiện ${gioLinh.length}/${all.length} nhiệm vụ`).waitFor({ timeout: 30_000 });
    await rows.first().getByRole('link').click();
    await page.waitForURL(/\/assignments\/[^/?]+$/);
    await page.goBack();
    await page.getByText(`Đang hiện ${gioLinh.length}/${all.length} nhiệm vụ`).waitFor({ timeout: 60_000 });
    await expect(page.getByRole('searchbox', { name: 'Tìm' }).inputValue()).resolves.toBe('gio linh');
    await screenshot(page, 'tasks-tab-search');
  });
});

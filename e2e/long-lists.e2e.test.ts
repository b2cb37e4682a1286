import { describe, expect, it } from 'vitest';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { seedDemoPlan2519 } from '../bench/lib/demo-plan.ts';
import { DEFAULT_SHARES, seedLargeRound } from '../bench/lib/large-round.ts';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

const UNITS = 150;
/** 120 of the 150 units send a nomination; Sở Y tế forwarded every other one. */
const NOMINATIONS = 120;

/**
 * A round issued to 150 units (bench/lib/large-round.ts, as bench:web seeds its 1,000): the long
 * lists of a round draw their first 100 rows, "Xem thêm" draws the rest, and the search and the
 * filters still reach every row.
 */
describe.runIf(browserAvailable())('long lists of a round of 150 units', () => {
  let round = '';
  const suite = useBrowserSuite({
    prepare: async (dataDir) => {
      const db = openDatabase({ databaseUrl: null, dataDir });
      try {
        await seedDemoPlan2519(db);
        const shares = { ...DEFAULT_SHARES, nominated: NOMINATIONS / UNITS };
        round = (await seedLargeRound(db, UNITS, () => {}, shares)).campaignId;
      } finally {
        await db.close();
      }
    },
  });

  it('draws 100 rows of delegates, tasks, progress and nominations, and the rest on "Xem thêm"', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    await page.goto(`${url}/login`);
    await fillLogin(page, 'syt');
    await page.waitForURL(`${url}/`);

    // Delegates: the province's 20 in the first group, then 100 of the units' 150.
    await page.goto(`${url}/campaigns/${round}?tab=conference&view=delegates`);
    const delegates = page.getByTestId('delegates-panel');
    const delegateRows = delegates.getByTestId('delegate-row');
    await delegates.getByText(`Trong danh sách ${UNITS + 20}/`).waitFor();
    await expect.poll(() => delegateRows.count(), { timeout: 60_000 }).toBe(120);
    await expect(delegateRows.filter({ hasText: 'số 0150' }).count()).resolves.toBe(0);
    await delegates.getByRole('button', { name: 'Xem thêm 50 đại biểu (còn 50)' }).click();
    await expect.poll(() => delegateRows.count(), { timeout: 60_000 }).toBe(UNITS + 20);
    await delegateRows.filter({ hasText: 'số 0150' }).first().waitFor();
    await screenshot(page, 'long-lists-delegates');
    // At 1366 px the answer column fits: no badge is cut to "CHƯA …".
    const cut = await delegates.getByTestId('rsvp-status').evaluateAll(
      (badges) =>
        badges.filter((b) => {
          const label = b.querySelector('.mantine-Badge-label') ?? b;
          return label.scrollWidth > label.clientWidth;
        }).length,
    );
    expect(cut).toBe(0);
    // The search reaches a delegate the first page does not draw.
    await page.reload();
    await delegates.getByRole('button', { name: /Xem thêm 50 đại biểu/ }).waitFor();
    await delegates
      .getByRole('textbox', { name: 'Tìm theo tên, chức vụ, đơn vị, điện thoại' })
      .fill('so 0149');
    await expect.poll(() => delegateRows.count(), { timeout: 60_000 }).toBe(1);
    await delegateRows.filter({ hasText: 'số 0149' }).waitFor();

    // Tasks: the count says 150, the table draws 100, then all.
    await page.goto(`${url}/campaigns/${round}?tab=assignments`);
    const panel = page.getByRole('tabpanel');
    await panel.getByText(`${UNITS} nhiệm vụ`).waitFor();
    const taskRows = panel.locator('table tbody tr');
    await expect.poll(() => taskRows.count(), { timeout: 60_000 }).toBe(100);
    await panel.getByRole('button', { name: 'Xem thêm 50 nhiệm vụ (còn 50)' }).click();
    await expect.poll(() => taskRows.count(), { timeout: 60_000 }).toBe(UNITS);
    await expect(panel.getByRole('button', { name: /Xem thêm/ }).count()).resolves.toBe(0);

    // Progress by unit: 100 rows, then all 150.
    await page.goto(`${url}/campaigns/${round}?tab=progress`);
    const progressRows = page.getByTestId('progress-units').locator('tbody tr');
    await expect.poll(() => progressRows.count(), { timeout: 60_000 }).toBe(100);
    await page.getByRole('button', { name: 'Xem thêm 50 đơn vị (còn 50)' }).click();
    await expect.poll(() => progressRows.count(), { timeout: 60_000 }).toBe(UNITS);
    await progressRows.filter({ hasText: 'số 0150' }).waitFor();

    // Nominations: 100 of 120 drawn; "select all" still takes the 60 not yet forwarded.
    await page.goto(`${url}/campaigns/${round}?tab=commendation&view=nominations`);
    const nominations = page.getByRole('tabpanel');
    await nominations.getByText(`${NOMINATIONS}/${NOMINATIONS} đề nghị`).waitFor();
    const nominationRows = nominations.getByTestId('nomination-row');
    await expect.poll(() => nominationRows.count(), { timeout: 60_000 }).toBe(100);
    await nominations.getByRole('checkbox', { name: 'Chọn mọi đề nghị đã gửi' }).check();
    await nominations.getByRole('button', { name: 'Chuyển thẩm định (60)' }).waitFor();
    await nominations.getByRole('button', { name: 'Xem thêm 20 đề nghị (còn 20)' }).click();
    await expect.poll(() => nominationRows.count(), { timeout: 60_000 }).toBe(NOMINATIONS);
    await expect(nominations.getByRole('button', { name: /Xem thêm/ }).count()).resolves.toBe(0);
    await screenshot(page, 'long-lists-nominations');
    // The search reaches a nomination the first page did not draw.
    await page.reload();
    await nominations.getByRole('button', { name: /Xem thêm 20 đề nghị/ }).waitFor();
    await nominations.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('so 0119');
    await expect.poll(() => nominationRows.count(), { timeout: 60_000 }).toBe(1);
    await nominationRows.filter({ hasText: 'số 0119' }).waitFor();
  });
});

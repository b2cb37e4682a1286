import { describe, expect, it } from 'vitest';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { seedDemo } from '../apps/server/src/demo/seed-demo.ts';
import { insertNationalUnits, NATIONAL_READER } from '../bench/lib/national-units.ts';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

/** The unit page with a national tree (~7,000 units): only the rows in view are in the page. */
describe.runIf(browserAvailable())('unit tree page with about 7,000 units', () => {
  const suite = useBrowserSuite({
    prepare: async (dataDir) => {
      const db = openDatabase({ databaseUrl: null, dataDir });
      await migrateToLatest(db);
      await seedDemo(db.kysely);
      await insertNationalUnits(db);
      await db.close();
    },
  });

  it('renders a window of rows, expands everything, scrolls to the last unit and searches', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/login`);
    // The whole national tree is the system administrator's: a province's people see their own.
    await fillLogin(page, NATIONAL_READER);
    await page.waitForURL(`${suite.server.url}/`);

    const started = Date.now();
    await page.goto(`${suite.server.url}/units`);
    const tree = page.getByRole('region', { name: 'Cây đơn vị' });
    const rows = tree.locator('button[aria-describedby]');
    await rows.first().waitFor();
    const firstPaint = Date.now() - started;

    const all = (await (await page.request.get(`${suite.server.url}/api/v1/units`)).json()) as {
      items: Array<{ name: string; code: string }>;
      total: number;
    };
    expect(all.total).toBeGreaterThan(7000);
    expect(await rows.count()).toBeLessThan(100);

    const expandStarted = Date.now();
    await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
    await tree.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = all.items[all.items.length - 1] as { name: string; code: string };
    await tree.getByText(last.code, { exact: false }).first().waitFor();
    const expandAndScroll = Date.now() - expandStarted;
    expect(await rows.count()).toBeLessThan(100);
    await screenshot(page, 'units-7000-bottom');

    const searchStarted = Date.now();
    await page.getByPlaceholder('Tìm đơn vị…').fill('so y te');
    const found = (await (
      await page.request.get(`${suite.server.url}/api/v1/units?q=so%20y%20te`)
    ).json()) as {
      total: number;
    };
    expect(found.total).toBeGreaterThan(30);
    await page.getByText(`Tìm thấy ${found.total} đơn vị`).waitFor({ timeout: 60_000 });
    await tree.getByRole('button', { name: 'Sở Y tế' }).first().waitFor();
    expect(await rows.count()).toBeLessThan(100);
    const search = Date.now() - searchStarted;
    // Timings are printed for the record, not asserted: tests stay deterministic.
    console.log(
      `large tree: first rows ${firstPaint} ms, expand all + scroll to end ${expandAndScroll} ms, search ${search} ms`,
    );
  });
});

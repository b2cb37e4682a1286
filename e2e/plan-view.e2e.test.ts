import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1366, height: 900 };

/** Page coordinates of an element's box. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** The frame after the page has drawn what it was asked to. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

describe.runIf(browserAvailable())(
  'a unit reads the issued plan as the document, on a phone and a desk',
  () => {
    const suite = useBrowserSuite();

    it('shows plan 2519/KH-UBND as it prints: header, number, title, parts, Nơi nhận and the signature', async () => {
      const { page } = suite.browser;
      const url = suite.server.url;
      await page.goto(`${url}/`);
      await fillLogin(page, 'bchqs');
      const list = await (await page.request.get(`${url}/api/v1/campaigns`)).json();
      const plan = list.items.find((c: { reference: string }) => c.reference === '2519/KH-UBND');
      expect(plan).toBeTruthy();

      for (const [name, size] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await page.setViewportSize(size);
        const started = Date.now();
        await page.goto(`${url}/campaigns/${plan.id}`);
        const doc = page.getByRole('article', { name: /^Văn bản / });
        await doc.getByText('Hoàng Nam', { exact: true }).waitFor();
        console.log(
          `plan 2519, Kế hoạch tab as bchqs (${name} ${size.width} px): document shown in ${Date.now() - started} ms`,
        );

        // The header of Decree 30, the number and the place and date.
        for (const line of [
          'ỦY BAN NHÂN DÂN',
          'TỈNH QUẢNG TRỊ',
          'Số: 2519/KH-UBND',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Quảng Trị, ngày 08 tháng 6 năm 2020',
        ]) {
          await expect(doc.getByText(line, { exact: true }).isVisible(), line).resolves.toBe(true);
        }
        // The title is the document's heading, its parts are headings under it.
        await expect(
          doc
            .getByRole('heading', { level: 2, name: /^KẾ HOẠCH\s*Tổ chức Hội nghị tổng kết giai đoạn 1/ })
            .count(),
        ).resolves.toBe(1);
        const parts = await doc.getByRole('heading', { level: 3 }).allInnerTexts();
        expect(parts.slice(0, 2)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG CHƯƠNG TRÌNH HỘI NGHỊ']);
        expect(parts).toContain('VII. TỔ CHỨC THỰC HIỆN');
        await doc.getByRole('heading', { name: 'ĐỀ CƯƠNG BÁO CÁO' }).waitFor();
        // A reader's view: no form, no input.
        await expect(page.getByRole('tabpanel').getByRole('textbox').count()).resolves.toBe(0);

        // Nơi nhận beside the signature on a desk, the signature above it on a phone.
        const recipients = await box(doc.getByText('Nơi nhận:', { exact: true }));
        const signature = await box(doc.getByText('TM. ỦY BAN NHÂN DÂN', { exact: true }));
        if (name === 'desktop') {
          expect(Math.abs(recipients.y - signature.y)).toBeLessThan(10);
          expect(signature.x).toBeGreaterThan(recipients.x + recipients.width);
        } else {
          expect(signature.y + signature.height).toBeLessThan(recipients.y);
        }
        // The header's two columns side by side at both sizes, as printed.
        const issuer = await box(doc.getByText('ỦY BAN NHÂN DÂN', { exact: true }));
        const motto = await box(doc.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { exact: true }));
        expect(motto.x).toBeGreaterThan(issuer.x + issuer.width - 1);
        expect(Math.abs(motto.y - issuer.y)).toBeLessThan(30);

        // Nothing wider than the screen: no sideways scroll.
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(widths.scroll, JSON.stringify(widths)).toBeLessThanOrEqual(size.width);

        await page.evaluate(() => window.scrollTo(0, 0));
        await settle(page);
        await screenshot(page, `plan-view-${name}-top`);
        await doc.getByText('I. MỤC ĐÍCH, YÊU CẦU', { exact: true }).scrollIntoViewIfNeeded();
        await settle(page);
        await screenshot(page, `plan-view-${name}-body`);
        await doc.getByText('Hoàng Nam', { exact: true }).scrollIntoViewIfNeeded();
        await settle(page);
        await screenshot(page, `plan-view-${name}-closing`);
      }

      // On a phone the preview is the document too: many Android browsers show no PDF in a frame.
      await page.setViewportSize(PHONE);
      await page.goto(`${url}/campaigns/${plan.id}?tab=preview`);
      await page.getByRole('article').getByText('Số: 2519/KH-UBND', { exact: true }).waitFor();
      await expect(page.locator('iframe').count()).resolves.toBe(0);
    });
  },
);

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, fillLogin } from './support/browser.ts';
import { renderPdfPageToPng } from './support/pdf-page.ts';
import { useBrowserSuite } from './support/suite.ts';

describe.runIf(browserAvailable())('the issued plan as a PDF page a person looks at', () => {
  const suite = useBrowserSuite();

  it('renders page 1 of plan 2519/KH-UBND to a PNG kept as an artifact', async () => {
    const { page, context } = suite.browser;
    await page.goto(`${suite.server.url}/`);
    await fillLogin(page, 'syt');
    const list = await (await page.request.get(`${suite.server.url}/api/v1/campaigns`)).json();
    const plan = list.items.find((c: { reference: string }) => c.reference === '2519/KH-UBND');
    expect(plan).toBeTruthy();
    const res = await page.request.get(`${suite.server.url}/api/v1/campaigns/${plan.id}/documents/plan.pdf`);
    expect(res.status()).toBe(200);
    const pdf = Buffer.from(await res.body());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // A blank page of its own: the app's content security policy has no business with pdfjs.
    const canvasPage = await context.newPage();
    try {
      for (const n of [1, 5]) {
        const file = path.join(ARTIFACTS, `plan-2519-page-${n}.png`);
        fs.rmSync(file, { force: true });
        await renderPdfPageToPng(canvasPage, pdf, n, file);
        const png = fs.readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // An A4 page at 2×, full of text: a blank or broken page compresses to a fraction of this.
        expect(png.readUInt32BE(16)).toBe(1191);
        expect(png.readUInt32BE(20)).toBe(1684);
        expect(png.length).toBeGreaterThan(60_000);
      }
    } finally {
      await canvasPage.close();
    }
  });
});

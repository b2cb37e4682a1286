import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { normaliseText, readPdf } from '@tongket/documents/testing';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  type Browser,
  browserAvailable,
  fillLogin,
  openBrowser,
  screenshot,
} from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

const PHONE = { width: 375, height: 812 };

describe.runIf(browserAvailable())(
  'a unit downloads its own report as an official Báo cáo, on a phone',
  () => {
    const suite = useBrowserSuite();

    it('fills in the number, date and signer, and gets a PDF under its own header', async () => {
      const url = suite.server.url;
      let phone: Browser | undefined;
      try {
        phone = await openBrowser(PHONE);
        const { page } = phone;
        await page.goto(`${url}/assignments`);
        await fillLogin(page, 'bchqs');
        await page.getByRole('heading', { name: 'Việc của đơn vị', level: 1 }).waitFor();
        // Its report in the live round (plan 3150/KH-UBND).
        await page
          .getByTestId('assignment-card')
          .filter({ hasText: '3150/KH-UBND' })
          .filter({ hasText: 'Báo cáo' })
          .first()
          .click();
        await page.waitForURL(/\/assignments\/[^/?]+$/);

        const open = page.getByRole('button', { name: 'Tải báo cáo (Word / PDF)' });
        await open.waitFor();
        await screenshot(page, 'report-document-button-phone');
        await open.click();
        const dialog = page.getByRole('dialog', { name: 'Tải báo cáo của đơn vị' });
        await dialog.waitFor();
        await dialog.getByLabel('Số', { exact: true }).fill('37');
        await dialog.getByLabel('Ký hiệu').fill('bc-bchqs');
        await dialog.getByLabel('Ngày báo cáo').fill('15/06/2020');
        await dialog.getByLabel('Chức vụ người ký').fill('KT. Chỉ huy trưởng\nPhó Chỉ huy trưởng');
        await dialog.getByLabel('Họ tên người ký').fill('Trần Văn Bình');
        await expect(dialog.getByLabel('Ký hiệu').inputValue()).resolves.toBe('BC-BCHQS');
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        await screenshot(page, 'report-document-modal-phone');

        // The PDF button shows it is working until the file is there.
        const pdfButton = dialog.getByRole('button', { name: 'Tải PDF' });
        const loading = dialog.locator('[data-testid="report-document-pdf"][aria-busy="true"]').waitFor();
        const [download] = await Promise.all([page.waitForEvent('download'), loading, pdfButton.click()]);
        expect(download.suggestedFilename()).toBe('Báo cáo - Bộ Chỉ huy Quân sự tỉnh.pdf');
        const bytes = fs.readFileSync(await download.path());
        await dialog.locator('[data-testid="report-document-pdf"][aria-busy="false"]').waitFor();

        const pdf = await readPdf(bytes);
        const text = normaliseText(pdf.drawnPages.join('\n'));
        expect(text).toContain('UBND TỈNH QUẢNG TRỊ');
        expect(text).toContain('BỘ CHỈ HUY QUÂN SỰ TỈNH');
        expect(text).toContain('Số: 37/BC-BCHQS');
        expect(text).toContain('Quảng Trị, ngày 15 tháng 6 năm 2020');
        expect(text).toContain('BÁO CÁO');
        expect(text).toContain('PHÓ CHỈ HUY TRƯỞNG');
        expect(text).toContain('Trần Văn Bình');

        // Its first page, to look at.
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const file = path.join(ARTIFACTS, 'report-document.pdf');
        fs.writeFileSync(file, bytes);
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          file,
          path.join(ARTIFACTS, 'report-document-page'),
        ]);
      } finally {
        await phone?.close();
      }
    });
  },
);

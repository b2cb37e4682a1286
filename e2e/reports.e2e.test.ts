import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Browser,
  browserAvailable,
  fillLogin,
  openBrowser,
  PARSED_FILE_WAIT,
  screenshot,
} from './support/browser.ts';
import { placeCaret, typedAt } from './support/editor.ts';
import { buildReportDocx, RECIPIENTS_LINE } from './support/report-docx.ts';
import { seedHistoricRoundsOpen } from './support/server.ts';
import { useBrowserSuite } from './support/suite.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The number on one of the progress page's stat cards ("Đã nộp", "Đã tiếp nhận"…). */
async function stat(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`stat-${key}`).getByTestId('stat-value').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** A section's rich-text area, by the number the outline gives it. */
function section(page: Page, path: string): Locator {
  return page.getByRole('textbox', { name: `Nội dung mục ${path}`, exact: true });
}

/** Puts the cursor at the end of a section's text and types there. */
async function typeAtEnd(page: Page, path: string, text: string) {
  await placeCaret(page, section(page, path), 'end');
  await page.keyboard.type(text);
  await typedAt(section(page, path), text, 'end');
}

async function waitSaved(page: Page) {
  await page
    .getByTestId('save-status')
    .getByText(/^Đã lưu lúc \d{2}:\d{2}/)
    .waitFor();
}

/** "Gửi báo cáo" asks first; the report goes when that is confirmed. */
async function confirmSubmit(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Gửi báo cáo?' });
  await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe.runIf(browserAvailable())('a unit writes its report, the standing agency reviews it live', () => {
  const suite = useBrowserSuite({ prepare: seedHistoricRoundsOpen });

  it('imports the report from Word, submits, is returned, merges, resubmits and is accepted', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    let agency: Browser | undefined;
    try {
      // Bộ CHQS tỉnh signs in and finds its tasks of plan 2519/KH-UBND, the most urgent first.
      await page.goto(`${url}/assignments`);
      await fillLogin(page, 'bchqs');
      await page.getByRole('heading', { name: 'Việc của đơn vị', level: 1 }).waitFor();
      const cards = page.getByTestId('assignment-card');
      await cards.first().waitFor();
      // Its report and speech of 2020 and of the live demo round.
      await expect(cards.count()).resolves.toBe(4);
      await expect(cards.first().innerText()).resolves.toMatch(/Hạn 10\/06\/2020\s*· quá hạn \d+ ngày/);
      await screenshot(page, 'reports-workspace');

      await cards.filter({ hasText: 'Báo cáo tổng kết công tác phòng, chống dịch' }).click();
      await page.waitForURL(/\/assignments\/[^/?]+$/);
      await section(page, 'I.1').waitFor();
      const planLink = page.getByRole('link', { name: /^Kế hoạch số 2519\/KH-UBND/ });
      const campaignPath = (await planLink.getAttribute('href')) as string;

      // Sở Y tế has the round's progress open in its own browser meanwhile.
      agency = await openBrowser();
      const syt = agency.page;
      await syt.goto(`${url}${campaignPath}/progress`);
      await fillLogin(syt, 'syt');
      await syt.getByTestId('live-indicator').and(syt.locator('[data-state="live"]')).waitFor();
      const submittedBefore = await stat(syt, 'submitted');
      const acceptedBefore = await stat(syt, 'accepted');

      // The report written in Word on the outline goes through the preview.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Nhập từ Word (.docx)' }).click();
      await (await chooser).setFiles({
        name: 'Bao cao tong ket BCHQS.docx',
        mimeType: DOCX_TYPE,
        buffer: await buildReportDocx(),
      });
      const preview = page.getByRole('dialog', { name: 'Nhập báo cáo từ Word' });
      await preview.getByText('Tiêu đề trong tệp: 2 Công tác tuyên truyền').waitFor(PARSED_FILE_WAIT);
      await expect(preview.getByText('Các mục của đề cương (tìm thấy 11/13)').count()).resolves.toBe(1);
      await preview.getByText('Sau tiêu đề “Phụ lục số liệu”').waitFor();
      await preview.getByLabel(/^Đưa vào mục: Sau tiêu đề “Phụ lục số liệu”/).click();
      await page.getByRole('option', { name: /^I\.9\. Một số hoạt động nổi bật/ }).click();
      // The recipients line is offered too, and left out unless placed.
      await preview.getByText('Phần chưa xếp được vào mục nào (2)').waitFor();
      await preview.getByText('Sau tiêu đề “Nơi nhận:”').waitFor();
      await preview.getByText(RECIPIENTS_LINE).waitFor();
      await expect(preview.getByLabel(/^Đưa vào mục: Sau tiêu đề “Nơi nhận:”/).inputValue()).resolves.toBe(
        'Bỏ qua',
      );
      await screenshot(page, 'reports-import-preview');
      await preview.getByRole('button', { name: 'Áp dụng' }).click();
      await preview.waitFor({ state: 'detached' });

      await expect(section(page, 'I.2').innerText()).resolves.toContain('đưa 45 tin, bài');
      await expect(section(page, 'III').innerText()).resolves.toContain('Tiếp tục duy trì sẵn sàng');
      await expect(section(page, 'III').innerText()).resolves.not.toContain('Như trên');
      await expect(section(page, 'I.9').innerText()).resolves.toContain('1.260 lượt');
      // The table under section 4 survived the trip through Word and the editor.
      await expect(section(page, 'I.4').locator('table tr').count()).resolves.toBe(4);
      await waitSaved(page);

      // The figures, with Vietnamese thousands separators.
      await page.getByLabel('Số tin, bài, phóng sự đã phát').fill('45');
      await page.getByLabel('Số tờ rơi, áp phích đã phát hành').fill('3000');
      await page.getByLabel('Số người đã cách ly tập trung').fill('860');
      await page.getByLabel('Kinh phí đã chi').fill('1250000000');
      await expect(page.getByLabel('Kinh phí đã chi').inputValue()).resolves.toBe('1.250.000.000');
      await section(page, 'I.2').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -200));
      await screenshot(page, 'reports-editor');

      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await confirmSubmit(page);
      await page.getByText('Đã gửi báo cáo (lần gửi thứ 1)').waitFor();
      await page.getByText('Đã gửi, đang chờ tiếp nhận').waitFor();
      const history = page.getByRole('region', { name: 'Các lần gửi' });
      await expect(history.getByRole('row').count()).resolves.toBe(2);

      // Without a reload, Sở Y tế's progress counts it.
      await expect.poll(() => stat(syt, 'submitted')).toBe(submittedBefore + 1);
      await screenshot(syt, 'reports-progress');

      // Sở Y tế opens the report from the unit's row and returns it with a comment.
      await syt.getByRole('link', { name: 'Mở Báo cáo của Bộ Chỉ huy Quân sự tỉnh' }).click();
      await syt.getByTestId('review-panel').getByRole('button', { name: 'Xem lần gửi 1' }).click();
      const first = syt.getByRole('dialog', { name: 'Lần gửi thứ 1' });
      // The first submission reads as sent: the text with its table, and the figures.
      await first.getByText('Số tin, bài, phóng sự đã phát:').waitFor();
      await expect(first.locator('table tr').count()).resolves.toBe(4);
      await first.getByRole('button', { name: 'Trả lại' }).click();
      const returnDialog = syt.getByRole('dialog', { name: 'Trả lại báo cáo' });
      const comment = 'Mục I.1 cần nêu rõ số cuộc diễn tập phương án cách ly đã tổ chức.';
      await returnDialog.getByLabel('Lý do trả lại').fill(comment);
      await returnDialog.getByRole('button', { name: 'Trả lại' }).click();
      await syt.getByText('Đã trả lại báo cáo cho Bộ Chỉ huy Quân sự tỉnh').waitFor();
      await first.waitFor({ state: 'detached' });

      // The unit sees the return and the comment as it happens, and can write again.
      const returned = page.getByTestId('returned-alert');
      await returned.waitFor();
      await expect(returned.innerText()).resolves.toContain(comment);
      await section(page, 'I.1').waitFor();

      // A second window of the same unit saves section 3 first; this one then gets the merge.
      const other = await page.context().newPage();
      await other.goto(page.url());
      await typeAtEnd(other, 'I.3', ' Đoàn kiểm tra của Quân khu 4 đánh giá tốt.');
      await waitSaved(other);
      await typeAtEnd(page, 'I.3', ' Đã khắc phục toàn bộ thiếu sót trong tháng 6.');
      const merge = page.getByRole('dialog', { name: 'Gộp với bản đã lưu' });
      await merge.waitFor();
      const part = merge.getByTestId('merge-item').filter({ hasText: 'I.3. Công tác kiểm tra, giám sát' });
      await part.getByText('Bản của bạn', { exact: true }).waitFor();
      await part.getByText('Bản đã lưu', { exact: true }).waitFor();
      await expect(part.innerText()).resolves.toContain('Quân khu 4 đánh giá tốt');
      await part.getByText('Giữ cả hai').click();
      await screenshot(page, 'reports-merge');
      await merge.getByRole('button', { name: 'Gộp và lưu' }).click();
      await merge.waitFor({ state: 'detached' });
      const merged = await section(page, 'I.3').innerText();
      expect(merged).toContain('Đã khắc phục toàn bộ thiếu sót');
      expect(merged).toContain('Quân khu 4 đánh giá tốt');
      await other.close();

      await typeAtEnd(page, 'I.1', ' Tổ chức 2 cuộc diễn tập phương án tiếp nhận công dân vào khu cách ly.');
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await confirmSubmit(page);
      await page.getByText('Đã gửi báo cáo (lần gửi thứ 2)').waitFor();

      // Sở Y tế, still on the report, sees the second submission and what changed in it.
      await syt.getByTestId('review-panel').getByRole('button', { name: 'Xem lần gửi 2' }).click();
      const drawer = syt.getByRole('dialog', { name: 'Lần gửi thứ 2' });
      await drawer.getByText('Thay đổi so với lần 1').waitFor();
      const diff = drawer.getByTestId('diff-section').filter({ hasText: 'I.1. Công tác chỉ đạo, điều hành' });
      const added = (await diff.locator('ins').allInnerTexts()).join(' ');
      expect(added).toContain('Tổ chức 2 cuộc diễn tập phương án tiếp nhận công dân vào khu cách ly.');
      // Nothing was taken out of section 1: only the new sentence is marked.
      await expect(diff.locator('del').count()).resolves.toBe(0);
      await syt.waitForTimeout(400); // the drawer finishes sliding in
      await screenshot(syt, 'reports-diff');
      await drawer.getByRole('button', { name: 'Tiếp nhận' }).click();
      const acceptDialog = syt.getByRole('dialog', { name: 'Tiếp nhận báo cáo' });
      await acceptDialog.getByRole('button', { name: 'Tiếp nhận' }).click();
      await syt.getByText('Đã tiếp nhận báo cáo của Bộ Chỉ huy Quân sự tỉnh').waitFor();

      await page.getByText('Cơ quan thường trực đã tiếp nhận báo cáo').waitFor();

      await syt.goto(`${url}${campaignPath}/progress`);
      await expect.poll(() => stat(syt, 'accepted')).toBe(acceptedBefore + 1);
      await expect(stat(syt, 'submitted')).resolves.toBe(submittedBefore + 1);
    } finally {
      await agency?.close();
    }
  });
});

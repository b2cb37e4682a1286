import fs from 'node:fs';
import { normaliseText, readDocx, readPdf, seedLines } from '@tongket/documents/testing';
import {
  NOMINEE_KIND_LABELS,
  type NomineeKind,
  planInputSchema,
  QUOTA_SCOPE_LABELS,
  type QuotaScope,
  TASK_KIND_LABELS,
  type TaskKind,
} from '@tongket/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUANG_TRI_PLAN } from '../apps/server/src/demo/demo-campaigns.ts';
import { DEMO_UNITS } from '../apps/server/src/demo/demo-units.ts';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

/** Plan 2519/KH-UBND as the demo holds it, with units named by their codes (the form picks them by name). */
const plan = planInputSchema.parse({
  docNumber: '',
  docDate: null,
  signedReports: false,
  ...QUANG_TRI_PLAN.plan((code) => code),
});
const UNIT_NAME = new Map(DEMO_UNITS.map((u) => [u.code, u.name]));
const label = <K extends string>(labels: Record<K, { vi: string }>) =>
  Object.fromEntries(Object.entries<{ vi: string }>(labels).map(([k, v]) => [k, v.vi])) as Record<K, string>;
const SCOPE_LABEL = label<QuotaScope>(QUOTA_SCOPE_LABELS);
const NOMINEE_LABEL = label<NomineeKind>(NOMINEE_KIND_LABELS);
const TASK_LABEL = label<TaskKind>(TASK_KIND_LABELS);

/**
 * Brings a field to the middle of the screen first: its options then open clear of the save bar
 * that stays at the bottom of the form, as a person scrolls before picking.
 */
async function centre(field: Locator) {
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Picks an option of a Mantine Select or MultiSelect: open (or type to search), then click the option. */
async function choose(page: Page, field: Locator, option: string | RegExp, search?: string) {
  await centre(field);
  if (search) await field.fill(search);
  else await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Adds a unit to a unit picker by typing its name, as a clerk would. */
async function chooseUnit(page: Page, field: Locator, code: string) {
  const name = UNIT_NAME.get(code);
  if (!name) throw new Error(`no demo unit ${code}`);
  await centre(field);
  await field.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

async function downloadBytes(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

describe.runIf(browserAvailable())(
  'the standing agency builds and issues the Quảng Trị plan 2519/KH-UBND',
  () => {
    const suite = useBrowserSuite();

    it('types the whole plan and its outline, issues it, and downloads documents that reproduce seed 000', async () => {
      const { page } = suite.browser;
      await page.goto(`${suite.server.url}/campaigns`);
      await fillLogin(page, 'syt');

      // A new final-review round issued by the province (the coordinator's own department is below it).
      await page.getByRole('button', { name: 'Tạo đợt mới' }).click();
      const create = page.getByRole('dialog');
      await expect(create.getByLabel('Tổng kết').isChecked()).resolves.toBe(true);
      await choose(
        page,
        create.getByLabel(/^Đơn vị ban hành/),
        /^UBND tỉnh Quảng Trị/,
        'ubnd tinh quang tri',
      );
      await create.getByLabel('Tên đợt').fill('Tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19');
      // The outline is loaded from the template later, in the outline editor: start blank.
      await create.getByLabel('Đề cương báo cáo', { exact: true }).click();
      await page.getByRole('option', { name: 'Đề cương trống (tự soạn các mục)' }).click();
      await create.getByRole('button', { name: 'Tạo đợt' }).click();
      await page.waitForURL(/\/campaigns\/[^/?]+$/);
      await page.getByRole('tab', { name: 'Kế hoạch' }).waitFor();
      const problems = page.getByRole('region', { name: 'Cần hoàn thiện trước khi ban hành' });
      await problems.getByText('Chưa có đề cương báo cáo.').waitFor();
      await screenshot(page, 'campaign-new-draft');

      // Every part of plan 2519/KH-UBND, typed in from the same data the demo seeds, so that the
      // documents downloaded at the end can be compared with seed 000 line by line.
      await page.getByLabel('Cơ quan ban hành', { exact: true }).fill(plan.issuingBody ?? '');
      await page.getByLabel('Ký hiệu', { exact: true }).fill(plan.docCode ?? '');
      await page.getByLabel('Địa danh', { exact: true }).fill(plan.place ?? '');
      await page.getByLabel('Tên loại văn bản', { exact: true }).fill(plan.docType ?? '');
      await page.getByLabel('Trích yếu', { exact: true }).fill(plan.summary ?? '');
      await page.getByLabel('Tình hình và lý do tổ chức').fill(plan.situation);
      await page.getByLabel('Mục đích, yêu cầu', { exact: true }).fill(plan.purpose);

      // II. Chương trình, typed with the last two items swapped, then put right by moving one up.
      const programme = plan.programme.map((p) => p.text);
      const typed = [...programme.slice(0, -2), programme.at(-1), programme.at(-2)];
      for (const [i, text] of typed.entries()) {
        await page.getByRole('button', { name: 'Thêm nội dung chương trình' }).click();
        await page.getByLabel(`Nội dung chương trình ${i + 1}`, { exact: true }).fill(text ?? '');
      }
      await page
        .getByRole('group', { name: `Chương trình, dòng ${programme.length}` })
        .getByRole('button', { name: 'Chuyển lên' })
        .click();
      for (const [i, text] of programme.entries()) {
        await expect(
          page.getByLabel(`Nội dung chương trình ${i + 1}`, { exact: true }).inputValue(),
        ).resolves.toBe(text);
      }

      // III. Thời gian, địa điểm (tentative: no date yet); IV. Thành phần; V. Kinh phí.
      await page.getByLabel('Thời gian tổ chức').fill(plan.conferenceTime);
      await page.getByLabel('Địa điểm', { exact: true }).fill(plan.venue);
      for (const [i, group] of plan.delegateGroups.entries()) {
        await page.getByRole('button', { name: 'Thêm thành phần' }).click();
        await page.getByLabel(`Thành phần ${i + 1}`, { exact: true }).fill(group.text);
      }
      await page.getByLabel('Số lượng đại biểu dự kiến').fill(String(plan.expectedDelegates));
      for (const [i, line] of plan.budgetLines.entries()) {
        await page.getByRole('button', { name: 'Thêm khoản kinh phí' }).click();
        const row = page.getByRole('group', { name: `Kinh phí ${i + 1}` });
        await row.getByLabel('Khoản kinh phí').fill(line.item);
        await row.getByLabel('Nguồn kinh phí').fill(line.source);
      }

      // VI. Khen thưởng: both awards with every quota row — per unit, shared by the districts, and
      // "each district but Cồn Cỏ".
      for (const [g, group] of plan.awardGroups.entries()) {
        await page.getByRole('button', { name: 'Thêm hình thức khen thưởng' }).click();
        const award = page.getByRole('group', { name: `Khen thưởng, mục ${g + 1}` });
        await choose(page, award.getByLabel('Hình thức khen thưởng'), 'Bằng khen của Chủ tịch UBND tỉnh');
        await award.getByLabel('Nội dung khen thưởng').fill(group.heading);
        for (const [q, quota] of group.quotas.entries()) {
          if (q > 0) await award.getByRole('button', { name: 'Thêm dòng chỉ tiêu' }).click();
          const row = award.getByRole('group', { name: `Chỉ tiêu ${q + 1}`, exact: true });
          if (quota.scope !== 'unit') {
            await choose(page, row.getByLabel('Cách tính chỉ tiêu'), SCOPE_LABEL[quota.scope]);
            await choose(page, row.getByLabel('Loại đơn vị áp dụng'), 'Huyện, thị xã, thành phố');
          }
          for (const code of quota.unitIds)
            await chooseUnit(page, row.getByLabel('Đơn vị', { exact: true }), code);
          for (const code of quota.exceptUnitIds ?? []) {
            await chooseUnit(page, row.getByLabel('Trừ các đơn vị'), code);
          }
          await choose(page, row.getByLabel('Đối tượng'), NOMINEE_LABEL[quota.nomineeKind]);
          await row.getByLabel('Số lượng').fill(String(quota.count));
          await row.getByLabel('Tên in trước dấu hai chấm').fill(quota.label);
          await row.getByLabel('Nội dung in sau dấu hai chấm').fill(quota.text);
        }
      }
      await page.getByLabel('Hạn gửi hồ sơ khen thưởng').fill('12/06/2020');
      await page.getByLabel('Nơi nhận hồ sơ khen thưởng').fill(plan.nominationTo);
      await page.getByLabel('Cơ quan xét chọn').fill(plan.nominationReviewer);

      // VII. Tổ chức thực hiện: the ten task rows, 31 units for the reports of item 9.
      for (const [i, task] of plan.tasks.entries()) {
        await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
        const row = page.getByRole('group', { name: `Nhiệm vụ ${i + 1}`, exact: true });
        await choose(page, row.getByLabel('Loại nhiệm vụ'), TASK_LABEL[task.kind]);
        for (const code of task.unitIds) await chooseUnit(page, row.getByLabel('Đơn vị thực hiện'), code);
        await row.getByLabel('Tên in trước dấu hai chấm').fill(task.label);
        await row.getByLabel('Nội dung nhiệm vụ').fill(task.text);
        if (task.topic) await row.getByLabel('Chủ đề').fill(task.topic);
        if (task.minMinutes) await row.getByLabel('Tối thiểu (phút)').fill(String(task.minMinutes));
        if (task.maxMinutes) await row.getByLabel('Tối đa (phút)').fill(String(task.maxMinutes));
      }
      await page.getByLabel('Hạn gửi báo cáo').fill('10/06/2020');
      await page.getByLabel('Nơi nhận báo cáo').fill(plan.submissionTo);
      await page.getByLabel('Thư điện tử nhận báo cáo').fill(plan.submissionEmail);

      // Nơi nhận, each with the units it is sent to, and the signature.
      for (const [i, recipient] of plan.recipients.entries()) {
        if (i > 0) await page.getByRole('button', { name: 'Thêm nơi nhận' }).click();
        await page.getByLabel(`Nơi nhận ${i + 1}`, { exact: true }).fill(recipient.text);
        for (const code of recipient.unitIds) {
          await chooseUnit(
            page,
            page.getByRole('combobox', { name: `Đơn vị của nơi nhận ${i + 1}`, exact: true }),
            code,
          );
        }
      }
      await page.getByLabel('Thẩm quyền ký').fill(plan.signature.authority);
      await page.getByLabel('Ký thay').fill(plan.signature.deputy);
      await page.getByLabel('Chức vụ người ký').fill(plan.signature.title);
      await page.getByLabel('Họ tên người ký').fill(plan.signature.name);

      const planTab = page.getByRole('tabpanel', { name: 'Kế hoạch' });
      await planTab.getByText('Có thay đổi chưa lưu').waitFor();
      // A look at another tab draws only that tab, and loses none of the unsaved plan.
      await page.getByRole('tab', { name: 'Đề cương' }).click();
      await page.getByRole('button', { name: 'Dùng mẫu' }).waitFor();
      await expect(page.getByLabel('Địa danh', { exact: true }).count()).resolves.toBe(0);
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      await expect(page.getByLabel('Địa danh', { exact: true }).inputValue()).resolves.toBe(plan.place ?? '');
      await expect(page.getByLabel('Họ tên người ký').inputValue()).resolves.toBe(plan.signature.name);
      await expect(page.getByRole('button', { name: 'Dùng mẫu' }).count()).resolves.toBe(0);
      await planTab.getByText('Có thay đổi chưa lưu').waitFor();
      await planTab.getByRole('button', { name: 'Lưu', exact: true }).click();
      await planTab.getByText('Đã lưu mọi thay đổi').waitFor();
      // What still blocks issuing came back with the save: the outline, not the plan's parts.
      await problems.getByText('Chưa có đề cương báo cáo.').waitFor();
      await expect(problems.getByText('Chưa có mục đích, yêu cầu.').count()).resolves.toBe(0);
      await expect(problems.getByText('Chưa có thời hạn gửi báo cáo.').count()).resolves.toBe(0);
      await screenshot(page, 'campaign-plan-saved');

      // Đề cương: the Quảng Trị template; moving section III up makes it II, and back.
      await page.getByRole('tab', { name: 'Đề cương' }).click();
      await page.getByRole('button', { name: 'Dùng mẫu' }).click();
      const templates = page.getByRole('dialog');
      await templates.getByText('Đề cương hiện tại sẽ được thay').waitFor();
      await templates.getByRole('button', { name: 'Dùng mẫu này' }).click();
      await templates.waitFor({ state: 'hidden' });
      const title = (path: string) => page.getByLabel(`Tên mục ${path}`, { exact: true });
      await expect(title('I').inputValue()).resolves.toMatch(/^KẾT QUẢ TRIỂN KHAI/);
      await expect(title('I.9').inputValue()).resolves.toMatch(/hoạt động nổi bật/);
      await expect(title('III').inputValue()).resolves.toMatch(/^PHƯƠNG HƯỚNG/);
      await page
        .getByRole('group', { name: 'Mục III', exact: true })
        .getByRole('button', { name: 'Chuyển mục lên' })
        .click();
      await expect(title('II').inputValue()).resolves.toMatch(/^PHƯƠNG HƯỚNG/);
      await expect(title('III').inputValue()).resolves.toMatch(/^ĐÁNH GIÁ/);
      // The subsections moved with their section: "Thuận lợi" is now III.1.
      await expect(title('III.1').inputValue()).resolves.toBe('Thuận lợi');
      await screenshot(page, 'campaign-outline-moved');
      await page
        .getByRole('group', { name: 'Mục II', exact: true })
        .getByRole('button', { name: 'Chuyển mục xuống' })
        .click();
      await expect(title('III').inputValue()).resolves.toMatch(/^PHƯƠNG HƯỚNG/);
      const outlineTab = page.getByRole('tabpanel', { name: 'Đề cương' });
      await outlineTab.getByRole('button', { name: 'Lưu', exact: true }).click();
      await outlineTab.getByText('Đã lưu mọi thay đổi').waitFor();
      await expect(problems.getByText('Chưa có đề cương báo cáo.').count()).resolves.toBe(0);

      // Ban hành: without a number it is refused with the reason; then number 2519 dated 08/06/2020.
      await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
      const issue = page.getByRole('dialog');
      await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
      await issue.getByRole('listitem').filter({ hasText: 'Chưa có số văn bản.' }).waitFor();
      await screenshot(page, 'campaign-issue-refused');
      await issue.getByLabel('Số văn bản').fill('2519');
      await issue.getByLabel('Ngày ban hành').fill('08/06/2020');
      await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
      let number = '2519';
      const taken = issue.getByText(/đã được dùng/).first();
      await taken
        .or(page.getByText(/^Số: 2519\/KH-UBND/))
        .first()
        .waitFor();
      if (await taken.isVisible()) {
        // The demo data holds the real 2519/KH-UBND of 2020, issued by the same committee: the number
        // is refused beside its field, and the next one is taken.
        await screenshot(page, 'campaign-issue-duplicate');
        number = '2520';
        await issue.getByLabel('Số văn bản').fill(number);
        await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
      }
      await issue.waitFor({ state: 'hidden' });
      await page.getByText(`Số: ${number}/KH-UBND · ngày 08/06/2020`).waitFor();
      await expect
        .poll(() => page.getByRole('tab', { name: 'Nhiệm vụ' }).getAttribute('aria-selected'))
        .toBe('true');
      await page.getByRole('cell', { name: 'Bộ Chỉ huy Quân sự tỉnh' }).first().waitFor();
      await page.getByRole('cell', { name: 'UBND huyện Hướng Hóa' }).first().waitFor();
      await screenshot(page, 'campaign-issued-assignments');

      // The issued plan reads as its document, no longer as a form.
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      await page.getByRole('heading', { name: 'I. MỤC ĐÍCH, YÊU CẦU' }).waitFor();
      await page.getByRole('article').getByText(`Số: ${number}/KH-UBND`).waitFor();
      await expect(page.getByLabel('Địa danh', { exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Thêm nhiệm vụ' }).count()).resolves.toBe(0);

      const docx = await downloadBytes(page, page.getByRole('button', { name: 'Tải DOCX' }).first());
      expect(docx.name).toMatch(/\.docx$/);
      const pdf = await downloadBytes(page, page.getByRole('button', { name: 'Tải PDF' }).first());
      expect(pdf.name).toMatch(/\.pdf$/);
      // Every sentence, heading and list item of seed 000 is in both documents (with the number this
      // round was given, where the demo's own 2519 took the seed's).
      const expected = seedLines().map((line) => line.replaceAll('2519/', `${number}/`));
      expect(expected.length).toBeGreaterThan(80);
      const docxText = normaliseText((await readDocx(docx.bytes)).text);
      expect(expected.filter((line) => !docxText.includes(line))).toEqual([]);
      expect(docxText).toContain(`Số: ${number}/KH-UBND`);
      expect(docxText).toContain('Quảng Trị, ngày 08 tháng 6 năm 2020');
      const pdfText = normaliseText((await readPdf(pdf.bytes)).drawnPages.join(' '));
      expect(expected.filter((line) => !pdfText.includes(line))).toEqual([]);
    });
  },
);

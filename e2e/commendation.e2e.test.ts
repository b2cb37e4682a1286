import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { renderPdfPageToPng } from './support/pdf-page.ts';
import { useBrowserSuite } from './support/suite.ts';

/** Today in Vietnam, yyyy-mm-dd. */
function vietnamToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/**
 * An issued round with a commendation section, made through the API as the standing agency would
 * (the shape of apps/server/test/rounds.ts issueAwardRound): Bộ CHQS tỉnh 1 collective, the
 * districts 2 collectives shared, each district 1 individual except Cồn Cỏ; nominations due in 5 days.
 */
async function issueAwardRound(page: Page, url: string, docNumber = '8801'): Promise<string> {
  const headers = { origin: url };
  const units = (await (await page.request.get(`${url}/api/v1/units`)).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const unit = (code: string) => {
    const found = units.items.find((u) => u.code === code);
    if (!found) throw new Error(`no unit ${code}`);
    return found.id;
  };
  const created = await page.request.post(`${url}/api/v1/campaigns`, {
    headers,
    data: {
      kind: 'tong_ket',
      issuingUnitId: unit('QT'),
      name: `Sơ kết khen thưởng đợt thử ${docNumber}`,
      outlineTemplate: 'quang-tri-2020',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const campaign = (await created.json()) as { id: string; version: number };
  const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
  const docDate = vietnamToday();
  const award = 'award-bk-ct-ubnd-tinh';
  const saved = await page.request.patch(`${url}/api/v1/campaigns/${campaign.id}`, {
    headers,
    data: {
      version: campaign.version,
      plan: {
        docDate,
        purpose: 'Đánh giá công tác phòng, chống dịch.',
        tasks: [{ kind: 'report', unitIds: [unit('QT-BCHQS')], text: 'Báo cáo tổng kết theo đề cương.' }],
        reportDeadline: deadline,
        awardGroups: [
          {
            awardTypeId: award,
            heading:
              'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đạt thành tích xuất sắc trong phòng, chống dịch COVID-19',
            quotas: [
              {
                scope: 'unit',
                nomineeKind: 'collective',
                count: 1,
                unitIds: [unit('QT-BCHQS')],
                label: 'Bộ Chỉ huy Quân sự tỉnh',
              },
              {
                scope: 'pool',
                nomineeKind: 'collective',
                count: 2,
                unitKind: 'district',
                label: 'Ban Chỉ đạo các huyện, thị xã, thành phố',
              },
            ],
          },
          {
            awardTypeId: award,
            heading:
              'Bằng khen của Chủ tịch UBND tỉnh cho cá nhân đạt thành tích xuất sắc trong phòng, chống dịch COVID-19',
            quotas: [
              {
                scope: 'each',
                nomineeKind: 'individual',
                count: 1,
                unitKind: 'district',
                exceptUnitIds: [unit('QT-CONCO')],
                label: 'Các huyện, thị xã, thành phố (trừ huyện đảo Cồn Cỏ)',
                text: 'Mỗi địa phương đề xuất 01 cá nhân',
              },
            ],
          },
        ],
        nominationDeadline: deadline,
        nominationTo: 'Sở Y tế - Cơ quan thường trực',
        nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh',
        recipients: [{ text: 'Lưu: VT' }],
        signature: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          deputy: 'KT. CHỦ TỊCH',
          title: 'PHÓ CHỦ TỊCH',
          name: 'Hoàng Nam',
        },
      },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const issued = await page.request.post(`${url}/api/v1/campaigns/${campaign.id}/issue`, {
    headers,
    data: { version: ((await saved.json()) as { version: number }).version, docNumber, docDate },
  });
  expect(issued.status(), await issued.text()).toBe(200);
  return campaign.id;
}

async function signInAs(page: Page, username: string, url: string) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').waitFor();
  await fillLogin(page, username);
  await page.goto(url);
}

/** A row of the nominations table, by the nominee's name. */
function row(page: Page, name: string): Locator {
  return page.getByTestId('nomination-row').filter({ hasText: name });
}

/** The smallest PDF a clerk might attach as the achievement report. */
const REPORT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function addCollective(page: Page, name: string, withReport: boolean) {
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
  // The unit's own quota is chosen for it, and said: 1 collective, none sent yet.
  await dialog.getByTestId('quota-hint').getByText('Bộ Chỉ huy Quân sự tỉnh: 01 tập thể').waitFor();
  await dialog.getByLabel('Tên tập thể').fill(name);
  await dialog.getByLabel('Thuộc cơ quan, đơn vị').fill('Bộ Chỉ huy Quân sự tỉnh');
  await dialog
    .getByLabel('Tóm tắt thành tích')
    .fill('Tổ chức tiếp nhận, phục vụ 860 công dân cách ly tập trung an toàn, không để lây nhiễm chéo.');
  if (withReport) {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Chọn tệp' }).click();
    await (await chooser).setFiles({
      name: 'Bao cao thanh tich.pdf',
      mimeType: 'application/pdf',
      buffer: REPORT_PDF,
    });
    await dialog.getByText('Bao cao thanh tich.pdf').waitFor();
  }
  await dialog.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await dialog.waitFor({ state: 'detached' });
  await row(page, name).getByText('Đang soạn').waitFor();
}

describe.runIf(browserAvailable())('nominations within quota, review and the award decision', () => {
  const suite = useBrowserSuite();

  it('a unit nominates within its quota, the agency forwards, the board approves and issues the decision', async () => {
    const { page, context } = suite.browser;
    const url = suite.server.url;
    await page.goto(`${url}/`);
    await fillLogin(page, 'syt');
    const id = await issueAwardRound(page, url);
    const nominations = `${url}/campaigns/${id}/nominations`;
    const first = 'Đại đội Công binh, Bộ Chỉ huy Quân sự tỉnh';
    const second = 'Ban Chỉ huy Quân sự huyện Đakrông';

    // Bộ CHQS tỉnh writes two collectives; its quota is one.
    await signInAs(page, 'bchqs', nominations);
    await page.getByTestId('my-quota').getByText('còn 1').waitFor();
    await addCollective(page, first, true);
    await addCollective(page, second, false);
    await row(page, first)
      .getByRole('button', { name: `Gửi: ${first}` })
      .click();
    await row(page, first).getByText('Đã gửi', { exact: true }).waitFor();
    await page.getByTestId('my-quota').getByText('còn 0').waitFor();

    // The second is refused, in the server's words: the quota by name and what is used of it.
    await row(page, second)
      .getByRole('button', { name: `Gửi: ${second}` })
      .click();
    const refused = page.getByRole('dialog', { name: 'Chưa gửi được đề nghị' });
    const detail = await refused.getByTestId('submit-refused').innerText();
    expect(detail).toContain('Bộ Chỉ huy Quân sự tỉnh');
    expect(detail).toContain('đã gửi 1/1');
    await screenshot(page, 'commendation-quota-refused');
    await refused.getByRole('button', { name: 'Đóng' }).click();
    await row(page, second).getByText('Vượt chỉ tiêu, chờ xem xét').waitFor();

    // Sở Y tế forwards the sent one to the board.
    await signInAs(page, 'syt', nominations);
    await row(page, first)
      .getByRole('button', { name: `Chuyển thẩm định: ${first}` })
      .click();
    await row(page, first).getByText('Đã chuyển thẩm định').waitFor();
    // The refused draft waits for Sở Y tế, which may send it over quota with a reason.
    await row(page, second).getByText('Vượt chỉ tiêu, chờ xem xét').waitFor();
    await row(page, second)
      .getByRole('button', { name: `Gửi vượt chỉ tiêu: ${second}` })
      .waitFor();

    // The board approves it, drafts the decision and issues it.
    await signInAs(page, 'tdkt', nominations);
    await row(page, first)
      .getByRole('button', { name: `Đồng ý: ${first}`, exact: true })
      .click();
    const approve = page.getByRole('dialog', { name: 'Đồng ý khen thưởng' });
    await approve.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await approve.waitFor({ state: 'detached' });
    await row(page, first).getByText('Đồng ý khen thưởng').waitFor();

    await page.goto(`${url}/campaigns/${id}?tab=commendation&view=decisions`);
    await page.getByRole('button', { name: 'Soạn quyết định' }).click();
    const draft = page.getByRole('dialog', { name: 'Soạn quyết định khen thưởng' });
    await expect(draft.getByTestId('decision-counts').innerText()).resolves.toBe('Đã chọn 1: 1 tập thể');
    await draft.getByRole('button', { name: 'Soạn quyết định' }).click();
    await page.waitForURL(/\/campaigns\/[^/]+\/decisions\/[^/?]+$/);
    await page.getByRole('heading', { name: 'Dự thảo quyết định khen thưởng' }).waitFor();
    await page.getByTestId('decision-nominee').filter({ hasText: first }).waitFor();
    await page.getByTestId('decision-preview').waitFor();
    await page.waitForTimeout(500); // the PDF frame draws
    await screenshot(page, 'commendation-decision-draft');

    await page.getByRole('button', { name: 'Ban hành' }).click();
    const issue = page.getByRole('dialog', { name: 'Ban hành quyết định khen thưởng' });
    await issue.getByLabel('Số quyết định').fill('8802');
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await issue.waitFor({ state: 'detached' });
    const [y, m, d] = vietnamToday().split('-') as [string, string, string];
    const month = Number(m) <= 2 ? m : String(Number(m));
    await page.getByRole('heading', { name: `Quyết định số 8802/QĐ-UBND ngày ${d}/${month}/${y}` }).waitFor();
    await screenshot(page, 'commendation-decision-issued');

    // The certificates, one page per awardee, download once the decision is issued.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bằng khen (PDF)' }).click(),
    ]);
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);

    const canvasPage = await context.newPage();
    try {
      const file = path.join(ARTIFACTS, 'certificate-page-1.png');
      fs.rmSync(file, { force: true });
      await renderPdfPageToPng(canvasPage, pdf, 1, file);
      expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await canvasPage.close();
    }
  });

  it('the standing agency enters a nomination for a district, against the district’s quota', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    // Signed in as whoever the previous test left, or not at all when this one runs alone.
    await page.goto(`${url}/`);
    const signOut = page.getByRole('button', { name: 'Đăng xuất' });
    await signOut.or(page.getByLabel('Tên đăng nhập')).first().waitFor();
    if (await signOut.isVisible()) await signInAs(page, 'syt', `${url}/`);
    else await fillLogin(page, 'syt');
    const id = await issueAwardRound(page, url, '8803');
    const nominations = `${url}/campaigns/${id}/nominations`;
    const name = 'Ban Chỉ đạo phòng, chống dịch huyện Hướng Hóa';

    // A unit officer writes for their own unit only: no unit to choose.
    await signInAs(page, 'huonghoa', nominations);
    await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
    const own = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
    await own.getByLabel('Tên tập thể').waitFor();
    expect(await own.getByLabel('Đơn vị đề nghị').count()).toBe(0);
    await own.getByRole('button', { name: 'Hủy' }).click();
    await own.waitFor({ state: 'detached' });

    await signInAs(page, 'syt', nominations);
    await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
    await dialog.getByLabel('Đơn vị đề nghị').fill('Hướng Hóa');
    await page.getByRole('option', { name: 'UBND huyện Hướng Hóa', exact: true }).click();
    // The hint follows the unit chosen: the districts' shared quota.
    await dialog
      .getByTestId('quota-hint')
      .getByText('Ban Chỉ đạo các huyện, thị xã, thành phố: 02 tập thể')
      .waitFor();
    await dialog.getByLabel('Tên tập thể').fill(name);
    await dialog.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(page, name).getByText('UBND huyện Hướng Hóa').waitFor();
    await row(page, name)
      .getByRole('button', { name: `Gửi: ${name}` })
      .click();
    await row(page, name).getByText('Đã gửi', { exact: true }).waitFor();
    await row(page, name).getByText(name).first().click();
    const onBehalf = page.getByText('cơ quan thường trực nhập thay (syt)');
    await onBehalf.waitFor();
    await screenshot(page, 'commendation-entered-on-behalf');
    await page.keyboard.press('Escape');
    await onBehalf.waitFor({ state: 'detached' });

    // The district finds it among its own, sent.
    await signInAs(page, 'huonghoa', nominations);
    await row(page, name).getByText('Đã gửi', { exact: true }).waitFor();
  });
});

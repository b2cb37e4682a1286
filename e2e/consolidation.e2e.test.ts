import fs from 'node:fs';
import { readDocx } from '@tongket/documents/testing';
import { type APIRequestContext, type Locator, type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import { caretAt, placeCaret, typedAt } from './support/editor.ts';
import { useBrowserSuite } from './support/suite.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** dd/mm/yyyy in Vietnam, `days` from now. */
function vnDate(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date(Date.now() + days * 86_400_000))
    .split('-');
  return `${d}/${m}/${y}`;
}

/** A signed-in API session of its own, beside the browser's (the browser's cookie stays the page's). */
async function apiSession(
  url: string,
  username: string,
  password = 'tongket-demo',
): Promise<APIRequestContext> {
  const session = await request.newContext({ baseURL: url, extraHTTPHeaders: { origin: url } });
  const login = await session.post('/api/v1/auth/login', { data: { username, password } });
  expect(login.status(), await login.text()).toBe(200);
  return session;
}

async function signInAs(page: Page, username: string, url: string, password?: string) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').waitFor();
  await fillLogin(page, username, password);
  await page.goto(url);
}

async function unitId(api: APIRequestContext, code: string): Promise<string> {
  const units = (await (await api.get('/api/v1/units')).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const found = units.items.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found.id;
}

/**
 * An issued provincial round made through the API as the standing agency would: the Quảng Trị
 * outline, a report owed by UBND huyện Hướng Hóa due in ten days.
 */
async function issueDistrictRound(api: APIRequestContext): Promise<string> {
  const created = await api.post('/api/v1/campaigns', {
    data: {
      kind: 'so_ket',
      issuingUnitId: await unitId(api, 'QT'),
      name: 'Sơ kết phòng, chống dịch quý III có đợt cấp huyện',
      outlineTemplate: 'quang-tri-2020',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const campaign = (await created.json()) as { id: string; version: number };
  const docDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const saved = await api.patch(`/api/v1/campaigns/${campaign.id}`, {
    data: {
      version: campaign.version,
      plan: {
        docDate,
        purpose: 'Đánh giá công tác phòng, chống dịch quý III.',
        tasks: [
          {
            kind: 'report',
            unitIds: [await unitId(api, 'QT-HUONGHOA')],
            text: 'Báo cáo sơ kết theo đề cương.',
          },
        ],
        reportDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
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
  const issued = await api.post(`/api/v1/campaigns/${campaign.id}/issue`, {
    data: { version: ((await saved.json()) as { version: number }).version, docNumber: '9301', docDate },
  });
  expect(issued.status(), await issued.text()).toBe(200);
  return campaign.id;
}

interface OutlineNode {
  id: string;
  indicators: Array<{ id: string; name: string }>;
  children: OutlineNode[];
}

/** The commune's report: a text for every section (one distinctive), a figure for every indicator. */
function communeReport(sections: OutlineNode[], firstText: string) {
  const texts: Record<string, string> = {};
  const figures: Record<string, number> = {};
  const byName: Record<string, number> = {};
  let leaf = 0;
  let n = 0;
  const walk = (list: OutlineNode[]) => {
    for (const s of list) {
      if (s.children.length === 0) {
        texts[s.id] =
          leaf++ === 0
            ? `<p>${firstText}</p>`
            : '<p>Thị trấn triển khai đầy đủ các nội dung theo hướng dẫn của huyện.</p>';
      }
      for (const i of s.indicators) {
        const value = 37 + 11 * n++;
        figures[i.id] = value;
        byName[i.name] = value;
      }
      walk(s.children);
    }
  };
  walk(sections);
  return { content: { sections: texts, indicators: figures }, byName };
}

/** Resizes the window and lets the layout (the menu sliding away) settle before a screenshot. */
async function resize(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.waitForTimeout(500);
}

/** Puts the cursor at the end of a rich text and types there, in a paragraph of its own. */
async function typeAtEnd(page: Page, editor: Locator, text: string) {
  await placeCaret(page, editor, 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await typedAt(editor, text, 'end');
}

/** A section's consolidated text area, by the number the outline gives it. */
function consolidatedSection(scope: Page | Locator, path: string): Locator {
  return scope.getByRole('textbox', { name: `Nội dung tổng hợp mục ${path}`, exact: true });
}

describe.runIf(browserAvailable())('consolidated report and cascaded rounds', () => {
  const suite = useBrowserSuite();

  it('the standing agency regenerates the consolidated report, edits a section, saves it and downloads it', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    await page.goto(`${url}/campaigns`);
    await fillLogin(page, 'syt');
    const list = (await (await page.request.get(`${url}/api/v1/campaigns`)).json()) as {
      items: Array<{ id: string; reference: string }>;
    };
    const planId = list.items.find((c) => c.reference === '2519/KH-UBND')?.id as string;

    await page.goto(`${url}/campaigns/${planId}?tab=consolidated`);
    const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
    await panel.getByText('Chưa tổng hợp lần nào.', { exact: false }).waitFor();
    // Each section lists what the units wrote for it, new ones marked; accepted reports only.
    const i1 = panel.locator('[data-testid="consolidated-section"][data-path="I.1"]');
    const first = i1.getByTestId('contribution').first();
    await expect(first.getAttribute('data-unit')).resolves.toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    await first.getByText('Mới', { exact: true }).waitFor();
    await panel.getByTestId('missing-units').getByText('Bộ Chỉ huy Quân sự tỉnh').waitFor();

    await panel.getByRole('button', { name: /^Tổng hợp lại/ }).click();
    const result = await panel.getByTestId('regenerate-result').innerText();
    const added = Number(/đưa thêm (\d+) ý kiến mới/.exec(result)?.[1]);
    expect(added).toBeGreaterThan(100);
    await expect(i1.getByText('Mới', { exact: true }).count()).resolves.toBe(0);
    const editor = consolidatedSection(panel, 'I.1');
    // The synthesis: each point once, with how many units made it — not every unit's text under its name.
    await expect(editor.innerText()).resolves.toMatch(/\(tất cả \d+ đơn vị\)/);
    await expect(editor.innerText()).resolves.not.toContain('Bộ Chỉ huy Bộ đội Biên phòng tỉnh:');

    // Beside the draft, its sources: a generated sentence opens on what each unit behind it wrote,
    // and its count names those units on hover.
    const i2Section = panel.locator('[data-testid="consolidated-section"][data-path="I.2"]');
    await i2Section.getByText('Nguồn của bản tổng hợp', { exact: true }).click();
    const sourced = i2Section.getByTestId('source-sentence').first();
    const count = Number(
      /(\d+) đơn vị/.exec((await sourced.getByTestId('source-count').textContent()) ?? '')?.[1],
    );
    expect(count).toBeGreaterThan(0);
    await sourced.getByRole('button').first().click();
    await expect.poll(() => sourced.getByTestId('source-unit').count()).toBe(count);
    const firstUnit = (
      await sourced.getByTestId('source-unit').first().locator('p').first().innerText()
    ).trim();
    await sourced.getByTestId('source-count').hover();
    await page.getByRole('tooltip').filter({ hasText: firstUnit }).waitFor();
    await i2Section.scrollIntoViewIfNeeded();
    await screenshot(page, 'consolidated-sources');
    await i2Section.getByText(/^Đơn vị viết \(\d+\)$/).click();
    await i2Section.getByTestId('contributions').waitFor();
    // The report brings each section's first three contributions; "Xem thêm" asks the server for
    // the next ones, and the search finds a unit among all of them.
    const i2List = i2Section.getByTestId('contributions');
    await expect.poll(() => i2List.getByTestId('contribution').count()).toBe(3);
    await i2List.getByRole('button', { name: /^Xem thêm/ }).click();
    await expect.poll(() => i2List.getByTestId('contribution').count()).toBeGreaterThan(3);
    await i2List.getByRole('textbox', { name: 'Tìm đơn vị trong ý kiến mục I.2' }).fill('bien phong');
    await expect.poll(() => i2List.getByTestId('contribution').count()).toBe(1);
    await expect(i2List.getByTestId('contribution').getAttribute('data-unit')).resolves.toBe(
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    );
    await i2List.getByRole('textbox', { name: 'Tìm đơn vị trong ý kiến mục I.2' }).fill('');
    await expect.poll(() => i2List.getByTestId('contribution').count()).toBeGreaterThan(3);

    // The agency writes its own opening sentence at the top of section I.1, and saves.
    const sentence = 'Ban Chỉ đạo tỉnh đã họp 47 phiên, ban hành 1.286 văn bản chỉ đạo trong giai đoạn 1.';
    // A paragraph of its own above the first generated one.
    await placeCaret(page, editor, 'start');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await caretAt(editor, 'start');
    await page.keyboard.type(sentence);
    await typedAt(editor, sentence, 'start');
    await i1.getByText('Chưa lưu', { exact: true }).waitFor();
    const saveBar = panel.getByTestId('save-bar');
    await saveBar.getByRole('button', { name: 'Lưu' }).click();
    await saveBar.getByText('Đã lưu mọi thay đổi').waitFor();
    await i1.getByText('Đã sửa tay', { exact: true }).waitFor();

    // A colleague in another window saves section I.2 meanwhile; this window's save of the same
    // section is refused, and merging keeps both additions once, the shared text not repeated.
    const mineLine = 'Sở Thông tin và Truyền thông phối hợp đưa 312 tin cảnh báo qua tin nhắn.';
    const theirsLine = 'Các huyện tổ chức 58 buổi tuyên truyền lưu động tại thôn, bản.';
    const other = await page.context().newPage();
    try {
      await other.goto(page.url());
      const otherPanel = other.getByRole('tabpanel', { name: 'Tổng hợp' });
      await typeAtEnd(other, consolidatedSection(otherPanel, 'I.2'), theirsLine);
      await otherPanel.getByTestId('save-bar').getByRole('button', { name: 'Lưu' }).click();
      await otherPanel.getByTestId('save-bar').getByText('Đã lưu mọi thay đổi').waitFor();
    } finally {
      await other.close();
    }
    const i2 = consolidatedSection(panel, 'I.2');
    const sharedLength = (await i2.innerText()).length;
    await typeAtEnd(page, i2, mineLine);
    await saveBar.getByRole('button', { name: 'Lưu' }).click();
    await saveBar.getByText('Báo cáo tổng hợp vừa được lưu ở nơi khác', { exact: false }).waitFor();
    await saveBar.getByRole('button', { name: 'Xem bản mới và gộp' }).click();
    const merge = page.getByRole('dialog', { name: 'Gộp với bản tổng hợp đã lưu' });
    const part = merge.getByTestId('merge-item').filter({ hasText: 'I.2. Công tác tuyên truyền' });
    await expect(part.innerText()).resolves.toContain(theirsLine);
    await part.getByText('Giữ cả hai').click();
    await screenshot(page, 'consolidated-merge');
    await merge.getByRole('button', { name: 'Gộp và lưu' }).click();
    await merge.waitFor({ state: 'detached' });
    await saveBar.getByText('Đã lưu mọi thay đổi').waitFor();
    const merged = await i2.innerText();
    expect(merged).toContain(mineLine);
    expect(merged).toContain(theirsLine);
    expect(merged.length).toBeLessThan(sharedLength + mineLine.length + theirsLine.length + 20);

    await i1.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await screenshot(page, 'consolidated-desktop');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'consolidated-desktop-top');

    // The Word file is the saved text: the agency's sentence and the synthesis after it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Word', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Báo cáo tổng hợp.docx');
    const docx = await readDocx(fs.readFileSync(await download.path()));
    expect(docx.text).toContain(sentence);
    const attributed = /\(tất cả \d+ đơn vị\)/.exec(docx.text);
    expect(attributed).not.toBeNull();
    expect(docx.text.indexOf(sentence)).toBeLessThan(attributed?.index ?? -1);
    expect(docx.text).toContain(mineLine);
    expect(docx.text).toContain(theirsLine);

    // A unit's contribution can be taken into the text again by hand, at the end of the section.
    const i3 = consolidatedSection(panel, 'I.3');
    const before = (await i3.innerText()).split('Công an tỉnh:').length;
    await panel.getByRole('button', { name: 'Chèn ý kiến của Công an tỉnh vào mục I.3' }).click();
    await expect.poll(async () => (await i3.innerText()).split('Công an tỉnh:').length).toBe(before + 1);
    // It comes last, under its unit's name.
    const headings = (await i3.innerText()).split('\n').filter((line) => /^[^.]+:$/.test(line.trim()));
    expect(headings.at(-1)?.trim()).toBe('Công an tỉnh:');
    await saveBar.getByRole('button', { name: 'Lưu' }).click();
    await saveBar.getByText('Đã lưu mọi thay đổi').waitFor();

    // The figures: each indicator's total, opening onto the figure of each unit.
    const views = panel.getByRole('radiogroup', { name: 'Phần của báo cáo tổng hợp' });
    await views.getByText(/^Số liệu \(\d+ chỉ tiêu\)$/).click();
    const totals = panel.getByTestId('indicator-totals');
    // The report carries the totals alone: an indicator's figures by level are read when it opens.
    // The first read fails (the network dropped): a Vietnamese error and a retry, then the levels.
    let refused = 0;
    await page.route('**/consolidated/indicators/**', (route) => {
      if (refused++ === 0) return route.abort('connectionreset');
      return route.continue();
    });
    const open = totals.getByRole('button', { name: 'Xem theo cấp: Số khu cách ly tập trung' });
    await open.click();
    const failed = totals.getByTestId('indicator-levels-failed');
    await failed.getByText('Không tải được số liệu theo cấp của chỉ tiêu này.').waitFor();
    const answered = page.waitForResponse(
      (res) => res.url().includes('/consolidated/indicators/') && res.status() === 200,
    );
    await failed.getByRole('button', { name: 'Thử lại' }).click();
    await answered;
    await page.unroute('**/consolidated/indicators/**');
    const levels = totals.getByTestId('indicator-levels');
    await levels.locator('[data-level-unit="UBND huyện Vĩnh Linh"]').waitFor();
    expect(refused).toBe(2);
    await screenshot(page, 'consolidated-figures');

    await resize(page, PHONE);
    try {
      // On a phone each indicator is a card; the one opened above still shows its levels.
      const card = panel.getByTestId('indicator-card').filter({ hasText: 'Số khu cách ly tập trung' });
      await card.getByTestId('indicator-levels').waitFor();
      await card.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -140));
      await screenshot(page, 'consolidated-figures-phone');
      await views.getByText('Nội dung', { exact: true }).click();
      await i1.scrollIntoViewIfNeeded();
      await screenshot(page, 'consolidated-phone');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'consolidated-phone-top');
    } finally {
      await resize(page, DESKTOP);
    }

    // The leadership reads the same text, and the figures, without anything to change.
    await signInAs(page, 'lanhdao', `${url}/campaigns/${planId}?tab=consolidated`);
    const read = page.getByRole('tabpanel', { name: 'Tổng hợp' });
    const readI1 = read.locator('[data-testid="consolidated-section"][data-path="I.1"]');
    await readI1.getByText(sentence).waitFor();
    await expect(read.getByRole('textbox', { name: /^Nội dung tổng hợp mục/ }).count()).resolves.toBe(0);
    await expect(read.getByRole('button', { name: /^Tổng hợp lại/ }).count()).resolves.toBe(0);
    await expect(readI1.getByRole('button', { name: /^Chèn ý kiến/ }).count()).resolves.toBe(0);
    await read.getByText('Tổng hợp từ: Chỉ báo cáo đã tiếp nhận').waitFor();
  });

  it('a district opens a lower round, a commune reports, the district consolidates it and sends it up', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    const syt = await apiSession(url, 'syt');
    const admin = await apiSession(url, 'admin');
    const commune = 'khesanh.e2e';
    const password = 'mat-khau-khe-sanh-2021';
    try {
      const roundId = await issueDistrictRound(syt);
      const made = await admin.post('/api/v1/users', {
        data: {
          username: commune,
          fullName: 'Cán bộ UBND thị trấn Khe Sanh',
          role: 'unit',
          unitId: await unitId(admin, 'QT-HH-KHESANH'),
          password,
        },
      });
      expect(made.status(), await made.text()).toBe(201);

      // Hướng Hóa owes its report in ten days and opens its own round for its communes.
      await signInAs(page, 'huonghoa', `${url}/campaigns/${roundId}`);
      await page.getByRole('button', { name: 'Mở đợt cấp dưới' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mở đợt cấp dưới' });
      await expect(dialog.getByTestId('own-deadline').innerText()).resolves.toBe(
        `Thời hạn báo cáo của UBND huyện Hướng Hóa ở đợt này: ${vnDate(10)}.`,
      );
      const units = dialog.getByTestId('child-units').getByRole('checkbox');
      await expect(units.count()).resolves.toBe(3);
      for (const box of await units.all()) await expect(box.isChecked()).resolves.toBe(true);
      const deadline = dialog.getByLabel('Thời hạn đơn vị trực thuộc gửi báo cáo');

      // A deadline after its own is refused by the server, in its words, on the field.
      await deadline.fill(vnDate(12).replace(/\//g, ''));
      await dialog.getByRole('button', { name: 'Mở đợt cấp dưới' }).click();
      await dialog
        .getByText('phải trước thời hạn báo cáo của UBND huyện Hướng Hóa ở đợt cấp trên', { exact: false })
        .waitFor();
      await screenshot(page, 'cascade-open-refused');
      await deadline.fill(vnDate(5).replace(/\//g, ''));
      await dialog.getByRole('button', { name: 'Mở đợt cấp dưới' }).click();
      await page.waitForURL((u) => /\/campaigns\/[^/?]+$/.test(u.pathname) && !u.pathname.endsWith(roundId));
      const childId = new URL(page.url()).pathname.split('/').at(-1) as string;
      await page
        .getByTestId('parent-round')
        .getByText('Sơ kết phòng, chống dịch quý III có đợt cấp huyện')
        .waitFor();

      // The draft: the district signs and issues it like any plan.
      await page.getByLabel('Họ tên người ký').fill('Hồ Thị Hướng');
      await page.getByRole('tabpanel', { name: 'Kế hoạch' }).getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu thay đổi').first().waitFor();
      await page.getByRole('button', { name: 'Ban hành' }).click();
      const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
      await issue.getByLabel('Số văn bản').fill('315');
      await issue.getByRole('button', { name: 'Ban hành' }).click();
      await issue.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();

      // Khe Sanh reports with a sentence and figures of its own.
      const khesanh = await apiSession(url, commune, password);
      try {
        const mine = (await (await khesanh.get('/api/v1/assignments')).json()) as {
          items: Array<{ id: string; campaignId: string; kind: string }>;
        };
        const owed = mine.items.find((a) => a.campaignId === childId && a.kind === 'report');
        expect(owed).toBeDefined();
        const detail = (await (await khesanh.get(`/api/v1/assignments/${owed?.id}`)).json()) as {
          outline: { sections: OutlineNode[] };
        };
        const words = 'Thị trấn Khe Sanh lập 9 chốt kiểm soát dịch trên Quốc lộ 9 và đường Hồ Chí Minh.';
        const report = communeReport(detail.outline.sections, words);
        const sent = await khesanh.post(`/api/v1/assignments/${owed?.id}/submit`, {
          data: { version: 0, content: report.content },
        });
        expect(sent.status(), await sent.text()).toBe(200);

        // The district consolidates what its communes sent (not yet accepted) and sends it up.
        await page.goto(`${url}/campaigns/${childId}?tab=consolidated`);
        const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
        await panel.getByTestId('missing-units').getByText('UBND thị trấn Khe Sanh').waitFor();
        await panel.getByText('Tất cả báo cáo đã gửi', { exact: true }).click();
        const basis = page.getByRole('dialog', { name: 'Đổi nguồn tổng hợp' });
        await basis.getByRole('button', { name: 'Tổng hợp lại' }).click();
        await panel
          .getByTestId('regenerate-result')
          .getByText(/đưa thêm \d+ ý kiến mới/)
          .waitFor();
        // One commune: its sentence as written, saying whose it is.
        await expect(consolidatedSection(panel, 'I.1').innerText()).resolves.toContain(
          `${words.slice(0, -1)} (UBND thị trấn Khe Sanh).`,
        );
        await page.waitForTimeout(300); // the basis switch finishes sliding
        await screenshot(page, 'cascade-child-consolidated');

        await panel.getByRole('button', { name: 'Chuyển báo cáo lên cấp trên' }).click();
        const up = page.getByRole('dialog', { name: 'Chuyển báo cáo lên cấp trên' });
        await up.getByRole('button', { name: 'Chuyển lên' }).click();
        await page.waitForURL(/\/assignments\/[^/?]+$/);

        // The district's own report upward now starts from the commune's text and figures.
        const upward = page.getByRole('textbox', { name: 'Nội dung mục I.1', exact: true });
        await upward.waitFor();
        const text = await upward.innerText();
        expect(text).toContain(`${words.slice(0, -1)} (UBND thị trấn Khe Sanh).`);
        const news = report.byName['Số tin, bài, phóng sự đã phát'] as number;
        await expect(page.getByLabel('Số tin, bài, phóng sự đã phát').inputValue()).resolves.toBe(
          String(news),
        );
        await page.getByTestId('child-round-note').waitFor();
        await screenshot(page, 'cascade-upward-draft');
      } finally {
        await khesanh.dispose();
      }

      // The province sees the district's lower round and how far its communes got.
      await signInAs(page, 'syt', `${url}/campaigns/${roundId}?tab=children`);
      const row = page.getByTestId('child-rounds').locator('[data-unit="UBND huyện Hướng Hóa"]');
      await expect(row.getByTestId('child-submitted').innerText()).resolves.toBe('1/3 (33%)');
      await screenshot(page, 'cascade-children');
      await resize(page, PHONE);
      try {
        await page.getByTestId('child-round-card').first().waitFor();
        await screenshot(page, 'cascade-children-phone');
      } finally {
        await resize(page, DESKTOP);
      }

      // Its progress page shows the lower round's totals and leads into them.
      await page.goto(`${url}/campaigns/${roundId}/progress`);
      const nested = page.getByTestId('progress-children');
      await expect(
        nested.locator('[data-unit="UBND huyện Hướng Hóa"]').getByTestId('child-submitted').innerText(),
      ).resolves.toBe('1/3 (33%)');
      await nested.getByRole('link', { name: 'Tiến độ đợt cấp dưới của UBND huyện Hướng Hóa' }).click();
      await page.waitForURL(new RegExp(`/campaigns/${childId}/progress$`));
      await page.getByTestId('parent-progress').waitFor();
      await page.getByTestId('progress-units').locator('[data-unit="UBND thị trấn Khe Sanh"]').waitFor();
    } finally {
      await syt.dispose();
      await admin.dispose();
    }
  }, 240_000);

  it('a district and its own commune both report: the issue warns, the figures are not counted twice, the district’s introduction is kept', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    const syt = await apiSession(url, 'syt');
    const admin = await apiSession(url, 'admin');
    const commune = 'khesanh.nested.e2e';
    const password = 'mat-khau-khe-sanh-2022';
    try {
      const created = await syt.post('/api/v1/campaigns', {
        data: {
          kind: 'so_ket',
          issuingUnitId: await unitId(syt, 'QT'),
          name: 'Sơ kết quý IV: huyện và thị trấn cùng báo cáo',
          outlineTemplate: 'quang-tri-2020',
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      const draft = (await created.json()) as { id: string; version: number };
      const docDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
        data: {
          version: draft.version,
          plan: {
            docDate,
            purpose: 'Đánh giá công tác phòng, chống dịch quý IV.',
            tasks: [
              {
                kind: 'report',
                unitIds: [await unitId(syt, 'QT-HUONGHOA'), await unitId(syt, 'QT-HH-KHESANH')],
                text: 'Báo cáo sơ kết theo đề cương.',
              },
            ],
            reportDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
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
      const made = await admin.post('/api/v1/users', {
        data: {
          username: commune,
          fullName: 'Cán bộ UBND thị trấn Khe Sanh',
          role: 'unit',
          unitId: await unitId(admin, 'QT-HH-KHESANH'),
          password,
        },
      });
      expect(made.status(), await made.text()).toBe(201);

      // Issuing warns of the district reporting together with its own commune, and still issues.
      await page.context().clearCookies();
      await page.goto(`${url}/campaigns/${draft.id}`);
      await fillLogin(page, 'syt');
      await page.goto(`${url}/campaigns/${draft.id}`);
      await page.getByRole('button', { name: 'Ban hành' }).click();
      const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
      await expect(issue.getByTestId('issue-warnings').innerText()).resolves.toContain(
        'UBND huyện Hướng Hóa – UBND thị trấn Khe Sanh',
      );
      await screenshot(page, 'issue-nested-warning');
      await issue.getByLabel('Số văn bản').fill('9302');
      await issue.getByRole('button', { name: 'Ban hành' }).click();
      await issue.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();

      // Both report; the district writes an introduction under I., before its sub-sections.
      const intro = 'Huyện Hướng Hóa mở đầu: Ban Chỉ đạo huyện họp giao ban hằng tuần suốt quý IV.';
      const figures: Record<string, number> = {};
      for (const [username, pass, scale] of [
        ['huonghoa', 'tongket-demo', 10],
        [commune, password, 1],
      ] as const) {
        const session = await apiSession(url, username, pass);
        try {
          const mine = (await (await session.get('/api/v1/assignments')).json()) as {
            items: Array<{ id: string; campaignId: string; kind: string }>;
          };
          const owed = mine.items.find((a) => a.campaignId === draft.id && a.kind === 'report');
          const detail = (await (await session.get(`/api/v1/assignments/${owed?.id}`)).json()) as {
            outline: { sections: OutlineNode[] };
          };
          const report = communeReport(detail.outline.sections, 'Triển khai đầy đủ.');
          for (const id of Object.keys(report.content.indicators)) {
            report.content.indicators[id] = (report.content.indicators[id] as number) * scale;
          }
          if (scale === 10) {
            report.content.sections[detail.outline.sections[0]?.id as string] = `<p>${intro}</p>`;
            for (const [name, value] of Object.entries(report.byName)) figures[name] = value * scale;
          }
          const sent = await session.post(`/api/v1/assignments/${owed?.id}/submit`, {
            data: { version: 0, content: report.content },
          });
          expect(sent.status(), await sent.text()).toBe(200);
        } finally {
          await session.dispose();
        }
      }

      await page.goto(`${url}/campaigns/${draft.id}?tab=consolidated`);
      const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
      await panel.getByText('Tất cả báo cáo đã gửi', { exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Đổi nguồn tổng hợp' })
        .getByRole('button', { name: 'Tổng hợp lại' })
        .click();
      await panel.getByTestId('regenerate-result').waitFor();
      // The introduction is the text of section I itself, ahead of I.1.
      await expect.poll(() => consolidatedSection(panel, 'I').innerText()).toContain(intro.slice(0, -1));
      await panel.locator('[data-testid="consolidated-section"][data-path="I"]').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -80));
      await screenshot(page, 'consolidated-parent-section');

      const views = panel.getByRole('radiogroup', { name: 'Phần của báo cáo tổng hợp' });
      await views.getByText(/^Số liệu \(\d+ chỉ tiêu\)$/).click();
      await expect(panel.getByTestId('rollup-rule').innerText()).resolves.toContain(
        'UBND huyện Hướng Hóa (thay cho 1 đơn vị cấp dưới)',
      );
      const totals = panel.getByTestId('indicator-totals');
      const name = 'Số khu cách ly tập trung';
      // The province's figure is the district's own, not the district's plus the commune's.
      await expect(
        totals.locator(`[data-indicator="${name}"]`).getByTestId('indicator-total').innerText(),
      ).resolves.toBe(new Intl.NumberFormat('vi-VN').format(figures[name] as number));
      await totals.getByRole('button', { name: `Xem theo cấp: ${name}` }).click();
      await totals
        .getByTestId('indicator-levels')
        .locator('[data-level-unit="UBND huyện Hướng Hóa"]')
        .getByTestId('own-used')
        .waitFor();
      await screenshot(page, 'consolidated-figures-nested');
    } finally {
      await syt.dispose();
      await admin.dispose();
    }
  }, 240_000);
});

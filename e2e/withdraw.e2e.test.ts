import { type APIRequestContext, type Locator, type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browser, browserAvailable, fillLogin, openBrowser, screenshot } from './support/browser.ts';
import { placeCaret, typedAt } from './support/editor.ts';
import { seedHistoricRoundsOpen } from './support/server.ts';
import { useBrowserSuite } from './support/suite.ts';

const PHONE = { width: 375, height: 812 };

/** A signed-in API session of its own, beside the browser's. */
async function apiSession(url: string, username: string): Promise<APIRequestContext> {
  const session = await request.newContext({ baseURL: url, extraHTTPHeaders: { origin: url } });
  const login = await session.post('/api/v1/auth/login', { data: { username, password: 'tongket-demo' } });
  expect(login.status(), await login.text()).toBe(200);
  return session;
}

interface OutlineNode {
  id: string;
  indicators: Array<{ id: string }>;
  children: OutlineNode[];
}

/** A text for every section the outline ends in and a figure for every indicator. */
function wholeReport(sections: OutlineNode[]) {
  const texts: Record<string, string> = {};
  const figures: Record<string, number> = {};
  const walk = (list: OutlineNode[]) => {
    for (const s of list) {
      if (s.children.length === 0) texts[s.id] = '<p>Đơn vị triển khai đầy đủ theo kế hoạch của tỉnh.</p>';
      for (const i of s.indicators) figures[i.id] = 12;
      walk(s.children);
    }
  };
  walk(sections);
  return { sections: texts, indicators: figures };
}

function section(page: Page, path: string): Locator {
  return page.getByRole('textbox', { name: `Nội dung mục ${path}`, exact: true });
}

/** The phone's screenshot after a dialog or the page has finished moving. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForTimeout(300);
}

describe.runIf(browserAvailable())('a unit withdraws what it sent, on a phone', () => {
  const suite = useBrowserSuite({ prepare: seedHistoricRoundsOpen });

  it('sends after a late warning, withdraws, edits, sends again; the standing agency reads the last', async () => {
    const url = suite.server.url;
    let phone: Browser | undefined;
    let agency: Browser | undefined;
    try {
      // Bộ CHQS tỉnh's report of plan 2519/KH-UBND (due 10/06/2020, long past), its draft complete.
      const unitApi = await apiSession(url, 'bchqs');
      const mine = (await (await unitApi.get('/api/v1/assignments')).json()) as {
        items: Array<{ id: string; kind: string; campaignReference: string }>;
      };
      const report = mine.items.find((a) => a.kind === 'report' && a.campaignReference === '2519/KH-UBND');
      if (!report) throw new Error('no report of plan 2519 for bchqs');
      const detail = await (await unitApi.get(`/api/v1/assignments/${report.id}`)).json();
      const saved = await unitApi.put(`/api/v1/assignments/${report.id}/draft`, {
        data: { version: detail.draft.version, content: wholeReport(detail.outline.sections) },
      });
      expect(saved.status(), await saved.text()).toBe(200);
      await unitApi.dispose();

      phone = await openBrowser(PHONE);
      const page = phone.page;
      await page.goto(`${url}/assignments/${report.id}`);
      await fillLogin(page, 'bchqs');
      await section(page, 'I.1').waitFor();
      await screenshot(page, 'withdraw-phone-top');

      // Sending asks first: what goes, and plainly that it will be recorded as late.
      await page.getByTestId('submit-bar').getByRole('button', { name: 'Gửi báo cáo' }).click();
      const confirm = page.getByRole('dialog', { name: 'Gửi báo cáo?' });
      await confirm.waitFor();
      await confirm.getByText(/mục của đề cương có nội dung/).waitFor();
      await expect(confirm.innerText()).resolves.toMatch(
        /Hạn nộp là trước ngày 10\/06\/2020 và đã qua\. Báo cáo sẽ được ghi nhận là nộp muộn\./,
      );
      await settle(page);
      await screenshot(page, 'withdraw-phone-confirm-submit');
      // Going back sends nothing.
      await confirm.getByRole('button', { name: 'Quay lại soạn' }).click();
      await confirm.waitFor({ state: 'detached' });
      await page.getByTestId('submit-bar').getByRole('button', { name: 'Gửi báo cáo' }).click();
      await confirm.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByText('Đã gửi báo cáo (lần gửi thứ 1)').waitFor();
      const sentAlert = page.getByTestId('submitted-alert');
      await sentAlert.waitFor();

      // Sở Y tế has the report open, ready to accept it.
      agency = await openBrowser();
      const syt = agency.page;
      await syt.goto(`${url}/assignments/${report.id}`);
      await fillLogin(syt, 'syt');
      await syt.getByTestId('review-panel').waitFor();

      // The unit takes it back, after saying so.
      await sentAlert.getByRole('button', { name: 'Rút lại bài đã gửi' }).click();
      const withdraw = page.getByRole('dialog', { name: 'Rút lại bài đã gửi?' });
      await withdraw.getByText(/Lần gửi thứ 1 sẽ được rút về/).waitFor();
      await expect(withdraw.innerText()).resolves.toContain(
        'khi gửi lại, báo cáo sẽ được ghi nhận là nộp muộn',
      );
      await settle(page);
      await screenshot(page, 'withdraw-phone-confirm-withdraw');
      await withdraw.getByRole('button', { name: 'Rút lại' }).click();
      await page.getByText('Đã rút lại báo cáo. Bạn có thể sửa và gửi lại.').waitFor();
      await withdraw.waitFor({ state: 'detached' });
      await sentAlert.waitFor({ state: 'detached' });
      await expect(page.getByTestId('withdrawn-alert').innerText()).resolves.toMatch(
        /Lần gửi thứ 1 đã được rút lại lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
      );

      // The editor is back, with the text as it was sent, and writable.
      await section(page, 'I.1').waitFor();
      await expect(section(page, 'I.1').getAttribute('contenteditable')).resolves.toBe('true');
      await expect(section(page, 'I.1').innerText()).resolves.toContain('Đơn vị triển khai đầy đủ');
      const history = page.getByRole('region', { name: 'Các lần gửi' });
      await history.getByText('Đã rút lại').locator('visible=true').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      await screenshot(page, 'withdraw-phone-withdrawn');

      // Sở Y tế's page no longer offers to accept it.
      await syt.getByTestId('review-panel').waitFor({ state: 'detached', timeout: 120_000 });

      // Edited and sent again: still late, as the dialog says.
      const added = ' Bổ sung sau khi rút lại: 3 cuộc diễn tập.';
      await placeCaret(page, section(page, 'I.1'), 'end');
      await page.keyboard.type(added);
      await typedAt(section(page, 'I.1'), added, 'end');
      await page.getByTestId('submit-bar').getByRole('button', { name: 'Gửi báo cáo' }).click();
      await expect(confirm.innerText()).resolves.toContain('Báo cáo sẽ được ghi nhận là nộp muộn.');
      await confirm.getByText('lần gửi thứ 2', { exact: false }).waitFor();
      await confirm.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByText('Đã gửi báo cáo (lần gửi thứ 2)').waitFor();

      // Sở Y tế reads the second submission, with what was added, and the first marked withdrawn.
      await syt.getByTestId('review-panel').getByRole('button', { name: 'Xem lần gửi 2' }).click({
        timeout: 120_000,
      });
      const drawer = syt.getByRole('dialog', { name: 'Lần gửi thứ 2' });
      await drawer.getByText('Thay đổi so với lần 1').waitFor();
      await drawer.getByText('Muộn', { exact: true }).waitFor();
      const diff = drawer.getByTestId('diff-section').filter({ hasText: 'I.1.' });
      await expect(diff.locator('ins').allInnerTexts()).resolves.toEqual(
        expect.arrayContaining([expect.stringContaining('Bổ sung sau khi rút lại: 3 cuộc diễn tập.')]),
      );
      await syt.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      const sytHistory = syt.getByRole('region', { name: 'Các lần gửi' });
      await sytHistory.getByText('Đã rút lại').locator('visible=true').first().waitFor();
    } finally {
      await phone?.close();
      await agency?.close();
    }
  });
});

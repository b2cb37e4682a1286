import type { AssignmentDetail, UnitWork } from '@tongket/domain';
import type { APIResponse, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fullReport } from '../apps/server/test/rounds.ts';
import { type Browser, browserAvailable, fillLogin, openBrowser, screenshot } from './support/browser.ts';
import { placeCaret, typedAt } from './support/editor.ts';
import { useBrowserSuite } from './support/suite.ts';

/** Generous on a busy two-core machine: conditions are waited on, never fixed sleeps. */
const WAIT = { timeout: 60_000 };
const PHONE = { width: 375, height: 812 };

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.runIf(browserAvailable())('the unit’s home on a phone: its tasks and what is missing', () => {
  const suite = useBrowserSuite();

  it('lists what the submit rule still refuses, first on the screen, and leads to the task', async () => {
    const url = suite.server.url;
    const headers = { origin: url };
    let phone: Browser | undefined;
    try {
      phone = await openBrowser(PHONE);
      const { page } = phone;
      await page.goto(`${url}/`);
      await fillLogin(page, 'bchqs');
      await page.getByRole('heading', { name: /Việc của đơn vị/ }).waitFor(WAIT);

      // Bộ CHQS writes half its report of the live round: the first section and figure left empty.
      const before = await ok<UnitWork>(await page.request.get(`${url}/api/v1/home/unit`));
      const report = before.tasks.find((t) => t.kind === 'report' && t.status !== 'submitted');
      if (!report) throw new Error('the demo leaves Bộ CHQS no open report');
      const detail = await ok<AssignmentDetail>(
        await page.request.get(`${url}/api/v1/assignments/${report.assignmentId}`),
      );
      const half = fullReport(detail.outline);
      delete half.sections[Object.keys(half.sections)[0] as string];
      delete half.indicators[Object.keys(half.indicators)[0] as string];
      await ok(
        await page.request.put(`${url}/api/v1/assignments/${report.assignmentId}/draft`, {
          headers,
          data: { version: detail.draft.version, content: half },
        }),
      );
      // What the server's submit rule refuses it for.
      const refused = await page.request.post(`${url}/api/v1/assignments/${report.assignmentId}/submit`, {
        headers,
        data: {},
      });
      expect(refused.status()).toBe(422);
      const rule = (await refused.json()) as {
        missing: Array<{ label: string }>;
        missingIndicators: Array<{ name: string }>;
      };
      expect(rule.missing.length + rule.missingIndicators.length).toBeGreaterThan(0);

      // The home, read again: every open task a card, in the server's order.
      await page.reload();
      const work = await ok<UnitWork>(await page.request.get(`${url}/api/v1/home/unit`));
      const cards = page.getByTestId('unit-task');
      await cards.first().waitFor(WAIT);
      await expect(cards.count()).resolves.toBe(work.tasks.length);
      await expect(page.getByTestId('unit-work-count').innerText()).resolves.toBe(`(${work.tasks.length})`);
      const shownOrder = await cards.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-assignment-id')),
      );
      expect(shownOrder).toEqual(work.tasks.map((t) => t.assignmentId));

      // The report's card says what the rule says, in its words.
      const card = page.locator(`[data-testid="unit-task"][data-assignment-id="${report.assignmentId}"]`);
      const missing = card.getByTestId('unit-task-missing');
      const parts = [
        ...(rule.missing.length > 0 ? [`mục ${rule.missing.map((m) => m.label).join(', ')}`] : []),
        ...(rule.missingIndicators.length > 0
          ? [`chỉ tiêu ${rule.missingIndicators.map((m) => `“${m.name}”`).join(', ')}`]
          : []),
      ];
      await missing.getByText(`Còn trống: ${parts.join('; ')}`, { exact: true }).waitFor(WAIT);
      const needsSigned =
        detail.campaign.signedReports && !detail.attachments.some((a) => a.signature?.verdict === 'valid');
      await expect(missing.getByText('Cần đính kèm bản PDF đã ký số').count()).resolves.toBe(
        needsSigned ? 1 : 0,
      );
      await expect(card.getByTestId('unit-task-deadline').innerText()).resolves.toMatch(
        /Hạn \d{2}\/\d{2}\/\d{4}(\s*· (còn \d+ ngày|quá hạn \d+ ngày|hết hạn hôm nay|đã quá hạn))?/,
      );

      // On the phone: nothing runs off the side; the first card shows without scrolling.
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
      const first = await cards.first().boundingBox();
      expect(first).not.toBeNull();
      expect((first?.y ?? 0) + Math.min(first?.height ?? 0, 160)).toBeLessThanOrEqual(PHONE.height);
      await screenshot(page, 'unit-home-375');

      // The card opens the task; what is still missing is at the top of its page.
      await card.click();
      await page.waitForURL(new RegExp(`/assignments/${report.assignmentId}$`), WAIT);
      const now = page.getByTestId('missing-now');
      await now.getByText(`Còn trống: ${parts.join('; ')}`, { exact: true }).waitFor(WAIT);
      const top = await now.boundingBox();
      expect((top?.y ?? PHONE.height) + 40).toBeLessThanOrEqual(PHONE.height);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
      await page.getByTestId('submit-bar').waitFor(WAIT);
      await screenshot(page, 'unit-assignment-375');

      // It follows the draft as it is typed: the section written leaves the list, here and at home.
      const written = rule.missing[0];
      if (written) {
        const area = page.getByRole('textbox', { name: `Nội dung mục ${written.label}`, exact: true });
        await placeCaret(page, area, 'end');
        await page.keyboard.type('Đã triển khai đầy đủ.');
        await typedAt(area, 'Đã triển khai đầy đủ.', 'end');
        const rest = [
          ...(rule.missing.length > 1
            ? [
                `mục ${rule.missing
                  .slice(1)
                  .map((m) => m.label)
                  .join(', ')}`,
              ]
            : []),
          ...parts.filter((p) => p.startsWith('chỉ tiêu')),
        ];
        const after = rest.length > 0 ? `Còn trống: ${rest.join('; ')}` : null;
        if (after) await now.getByText(after, { exact: true }).waitFor(WAIT);
        else if (!needsSigned)
          await now.getByText('Đã đủ các mục, chỉ tiêu bắt buộc: có thể gửi.').waitFor(WAIT);
        await page
          .getByTestId('save-status')
          .getByText(/^Đã lưu lúc \d{2}:\d{2}/)
          .waitFor(WAIT);
        await screenshot(page, 'unit-assignment-375-written');
        await page.goto(`${url}/`);
        const home = page.locator(`[data-testid="unit-task"][data-assignment-id="${report.assignmentId}"]`);
        await home.waitFor(WAIT);
        if (after) await home.getByText(after, { exact: true }).waitFor(WAIT);
        else await expect(home.getByText(/^Còn trống:/).count()).resolves.toBe(0);
      }

      // On a computer, the same cards side by side.
      const desktop = suite.browser.page;
      await desktop.goto(`${url}/`);
      await fillLogin(desktop, 'bchqs');
      await desktop.getByTestId('unit-task').first().waitFor(WAIT);
      await expect(desktop.getByTestId('unit-task').count()).resolves.toBe(work.tasks.length);
      await screenshot(desktop, 'unit-home-1366');

      // A draft nomination in the round taking them: its count shows once on the home, in "Việc
      // của đơn vị" that leads to the list sending it; the commendation card shows the quota only.
      const list = await ok<{ items: Array<{ id: string; status: string }> }>(
        await desktop.request.get(`${url}/api/v1/campaigns`),
      );
      let open: { id: string; plan: { awardGroups: Array<{ id: string }> } } | undefined;
      for (const c of list.items.filter((c) => c.status === 'issued')) {
        const round = await ok<{
          id: string;
          plan: { awardGroups: Array<{ id: string }>; nominationDeadline: string | null };
        }>(await desktop.request.get(`${url}/api/v1/campaigns/${c.id}`));
        const deadline = round.plan.nominationDeadline;
        if (round.plan.awardGroups.length > 0 && deadline && new Date(deadline) > new Date()) open = round;
      }
      if (!open) throw new Error('the demo has no round taking nominations');
      await ok(
        await desktop.request.post(`${url}/api/v1/campaigns/${open.id}/nominations`, {
          headers,
          data: {
            awardGroupId: open.plan.awardGroups[0]?.id,
            nomineeKind: 'collective',
            name: 'Đại đội Trinh sát, Bộ Chỉ huy Quân sự tỉnh',
          },
        }),
      );
      const withDraft = await ok<UnitWork>(await desktop.request.get(`${url}/api/v1/home/unit`));
      const mine = withDraft.nominations.find((n) => n.campaignId === open?.id);
      expect(mine?.drafts).toBeGreaterThan(0);
      for (const [view, name] of [
        [page, 'unit-home-375-nominations'],
        [desktop, 'unit-home-1366-nominations'],
      ] as const) {
        await view.goto(`${url}/`);
        const block = view.getByTestId('unit-nominations');
        await block.getByText(`${mine?.drafts} đề nghị đang soạn, chưa gửi`, { exact: false }).waitFor(WAIT);
        // The commendation card has drawn (its quota) before the page is counted.
        await view.getByTestId('award-work').first().waitFor(WAIT);
        await expect(view.getByText(/đề nghị đang soạn, chưa gửi/).count()).resolves.toBe(
          withDraft.nominations.length,
        );
        expect(await noSidewaysScroll(view)).toBeLessThanOrEqual(0);
        await block.scrollIntoViewIfNeeded();
        await screenshot(view, name);
      }
    } finally {
      await phone?.close();
    }
  }, 300_000);
});

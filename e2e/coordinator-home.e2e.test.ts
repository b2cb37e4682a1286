import {
  type Assignment,
  type CampaignListItem,
  type CoordinatorWork,
  dueSoonUntil,
  isSubmittable,
  type MyAssignment,
} from '@tongket/domain';
import type { APIResponse, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fullReport } from '../apps/server/test/rounds.ts';
import { type Browser, browserAvailable, fillLogin, openBrowser, screenshot } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

/** Generous on a busy two-core machine: conditions are waited on, never fixed sleeps. */
const WAIT = { timeout: 60_000 };

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

type Group = 'toAccept' | 'toForward' | 'overdue' | 'dueSoon' | 'unanswered';

/** The count a group of "Việc cần làm ngay" shows. */
async function shownCount(page: Page, group: Group): Promise<number> {
  const text = await page.getByTestId(`work-${group}`).getByTestId('work-count').innerText();
  return Number(text.replace(/\D/g, ''));
}

/**
 * What the coordinator's groups should count, read from the round pages' own endpoints (tasks,
 * nominations, progress, delegates) of every issued round syt runs — not from the home's answer.
 */
async function countsFromRoundPages(page: Page, url: string, asOf: string) {
  const rounds = (await ok<{ items: CampaignListItem[] }>(await page.request.get(`${url}/api/v1/campaigns`)))
    .items;
  const running = rounds.filter((r) => r.status === 'issued' && r.canManage);
  const soon = dueSoonUntil(asOf);
  const counts = { toAccept: 0, toForward: 0, overdue: 0, dueSoon: 0, unanswered: 0 };
  for (const round of running) {
    const api = `${url}/api/v1/campaigns/${round.id}`;
    const tasks = (
      await ok<{ items: Assignment[] }>(await page.request.get(`${api}/assignments`))
    ).items.filter((a) => isSubmittable(a.kind));
    counts.toAccept += tasks.filter((a) => a.status === 'submitted').length;
    counts.dueSoon += tasks.filter(
      (a) =>
        (a.status === 'pending' || a.status === 'in_progress') &&
        a.deadline !== null &&
        a.deadline >= asOf &&
        a.deadline <= soon,
    ).length;
    const sent = await ok<{ items: unknown[] }>(
      await page.request.get(`${api}/nominations?status=submitted`),
    );
    counts.toForward += sent.items.length;
    const progress = await ok<{ totals: { overdue: number } }>(await page.request.get(`${api}/progress`));
    counts.overdue += progress.totals.overdue;
    const delegates = await ok<{ items: Array<{ invitedAt: string | null; rsvpStatus: string }> }>(
      await page.request.get(`${api}/conference/delegates`),
    );
    counts.unanswered += delegates.items.filter(
      (d) => d.invitedAt !== null && d.rsvpStatus === 'pending',
    ).length;
  }
  return counts;
}

describe.runIf(browserAvailable())('the coordinator’s home: what needs them now', () => {
  const suite = useBrowserSuite();

  it('counts what waits as the rounds say, and a report just sent leads to its review', async () => {
    const { page } = suite.browser;
    const url = suite.server.url;
    const headers = { origin: url };
    let phone: Browser | undefined;
    let admin: Browser | undefined;
    try {
      // Bộ CHQS tỉnh sends its report of the live round through the API.
      await ok(
        await page.request.post(`${url}/api/v1/auth/login`, {
          headers,
          data: { username: 'bchqs', password: 'tongket-demo' },
        }),
      );
      const mine = (await ok<{ items: MyAssignment[] }>(await page.request.get(`${url}/api/v1/assignments`)))
        .items;
      const report = mine.find(
        (a) =>
          a.kind === 'report' &&
          a.campaignStatus === 'issued' &&
          (a.status === 'pending' || a.status === 'in_progress' || a.status === 'returned'),
      );
      if (!report) throw new Error('the demo leaves Bộ CHQS no open report in its live round');
      const detail = await ok<{ draft: { version: number }; outline: Parameters<typeof fullReport>[0] }>(
        await page.request.get(`${url}/api/v1/assignments/${report.id}`),
      );
      await ok(
        await page.request.put(`${url}/api/v1/assignments/${report.id}/draft`, {
          headers,
          data: { version: detail.draft.version, content: fullReport(detail.outline) },
        }),
      );
      await ok(
        await page.request.post(`${url}/api/v1/assignments/${report.id}/submit`, { headers, data: {} }),
      );
      expect((await page.request.post(`${url}/api/v1/auth/logout`, { headers })).status()).toBe(204);

      // Sở Y tế signs in: "Việc cần làm ngay" comes first on its home.
      await page.goto(`${url}/`);
      await fillLogin(page, 'syt');
      await page.getByRole('heading', { name: 'Việc cần làm ngay' }).waitFor(WAIT);
      const toAccept = page.getByTestId('work-toAccept');
      const sentLink = toAccept.locator(`a[href="/assignments/${report.id}"]`);
      await sentLink.waitFor(WAIT);
      await expect(sentLink.innerText()).resolves.toContain('Bộ Chỉ huy Quân sự tỉnh · Báo cáo');

      // Every group counts what the round pages say.
      const work = await ok<CoordinatorWork>(await page.request.get(`${url}/api/v1/home/coordinator`));
      const expected = await countsFromRoundPages(page, url, work.asOf);
      expect(expected.toAccept).toBeGreaterThan(0);
      for (const group of ['toAccept', 'toForward', 'overdue', 'dueSoon', 'unanswered'] as const) {
        await expect(shownCount(page, group), group).resolves.toBe(expected[group]);
      }
      // An empty group says so in a line.
      if (expected.dueSoon === 0) {
        await page.getByTestId('work-dueSoon').getByText('Không có nhiệm vụ nào sắp đến hạn.').waitFor(WAIT);
      }
      // The existing cards stay below.
      await page
        .getByText('Soạn kế hoạch tổng kết, đề cương báo cáo, ban hành và theo dõi nhiệm vụ.')
        .waitFor(WAIT);
      await screenshot(page, 'coordinator-home-1366');

      // A nomination's link opens it on the round's nominations page; an overdue unit the progress tab.
      if (expected.toForward > 0) {
        const href = await page.getByTestId('work-toForward').locator('a').first().getAttribute('href');
        expect(href).toMatch(/^\/campaigns\/[^/]+\/nominations\?nomination=/);
      }
      if (expected.overdue > 0) {
        const href = await page.getByTestId('work-overdue').locator('a').first().getAttribute('href');
        expect(href).toMatch(/^\/campaigns\/[^/?]+\?tab=progress$/);
      }
      if (expected.unanswered > 0) {
        const href = await page.getByTestId('work-unanswered').locator('a').first().getAttribute('href');
        expect(href).toMatch(/^\/campaigns\/[^/?]+\?tab=conference&view=delegates$/);
      }

      // The report just sent opens where it is accepted or returned.
      await sentLink.click();
      await page.waitForURL(new RegExp(`/assignments/${report.id}$`), WAIT);
      await page.getByText('Chờ cơ quan thường trực xem xét').waitFor(WAIT);
      await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).waitFor(WAIT);

      // The round list shows each round's progress, as its progress tab counts it.
      await page.goto(`${url}/campaigns`);
      const live = (
        await ok<{ items: CampaignListItem[] }>(await page.request.get(`${url}/api/v1/campaigns`))
      ).items.find((r) => r.id === report.campaignId) as CampaignListItem;
      const totals = (
        await ok<{ totals: { expected: number; submitted: number; overdue: number } }>(
          await page.request.get(`${url}/api/v1/campaigns/${live.id}/progress`),
        )
      ).totals;
      const row = page.getByRole('row').filter({ hasText: live.name });
      await row
        .getByTestId('round-progress')
        .getByText(`${totals.submitted}/${totals.expected} đã gửi`)
        .waitFor(WAIT);
      if (totals.overdue > 0) {
        await row.getByTestId('round-progress').getByText(`${totals.overdue} quá hạn`).waitFor(WAIT);
      }
      await screenshot(page, 'coordinator-rounds-1366');

      // On a phone the same groups, one under another.
      phone = await openBrowser({ width: 375, height: 812 });
      await phone.page.goto(`${url}/`);
      await fillLogin(phone.page, 'syt');
      await phone.page
        .getByTestId('work-toAccept')
        .locator(`a[href="/assignments/${report.id}"]`)
        .waitFor(WAIT);
      await expect(shownCount(phone.page, 'toAccept')).resolves.toBe(expected.toAccept);
      // Its counts first, in one row; each leads to its group.
      const summary = phone.page.getByTestId('work-summary');
      await summary.getByText('Chờ tiếp nhận').waitFor(WAIT);
      await expect(summary.locator('a').first().innerText()).resolves.toContain(String(expected.toAccept));
      // Nothing runs off the side of the screen.
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(phone.page, 'coordinator-home-375');
      await phone.page.getByTestId('work-unanswered').scrollIntoViewIfNeeded();
      await screenshot(phone.page, 'coordinator-home-375-lower');
      await phone.page.goto(`${url}/campaigns`);
      await phone.page.locator('[data-testid="round-progress"]:visible').first().waitFor(WAIT);
      await screenshot(phone.page, 'coordinator-rounds-375');

      // The province's administrator co-organises its conferences: the unanswered invitations only.
      admin = await openBrowser();
      await admin.page.goto(`${url}/`);
      await fillLogin(admin.page, 'admin');
      await admin.page.getByTestId('work-unanswered').waitFor(WAIT);
      await expect(shownCount(admin.page, 'unanswered')).resolves.toBe(expected.unanswered);
      await expect(admin.page.getByTestId('work-toAccept').count()).resolves.toBe(0);
      await screenshot(admin.page, 'admin-home-1366');
    } finally {
      await phone?.close();
      await admin?.close();
    }
  }, 300_000);
});

/**
 * Time to content in a real browser: Chromium (playwright-core, headless) opens every tab of the
 * demo's round 2519/KH-UBND and the main pages, each signed in as the role that uses it, against
 * the server started as `npm start` runs it on the built web client (run `npm run build:web` first).
 *
 *   npm run bench:web                       5 loads per page and way
 *   BENCH_LOADS=3 npm run bench:web         a quick run
 *   BENCH_WEB_LARGE=0 npm run bench:web     the demo only, without the round of 1,000 units
 *   BENCH_WEB_LARGE=only npm run bench:web  the round of 1,000 units only
 *   BENCH_WEB_PAGES='home|conference' …    only the pages whose name (as printed) matches
 *
 * Time to content is from navigation start to the moment the page shows real data (a figure, a
 * unit's name, a saved field), checked on every animation frame, not a spinner or a heading the
 * page draws before its data. Cold: a new browser context (empty cache, no service state) per
 * load; warm: one context, the page loaded once, then reloaded. The unit's pages and a round's
 * page (the coordinator's progress tab) are also loaded on a phone (375 × 812, touch) with the CPU
 * throttled 4×. Prints `web.<page>.<cold|warm>_p90`
 * and `web.phone.<page>_p90` on stdout; exits non-zero when a page fails to show its content (a
 * missed target is a figure, not a failure).
 *
 * Then, on a database and server of their own (so the demo's figures stay the demo's), the same
 * with a round issued to 1,000 units (bench/lib/large-round.ts: 600 reports sent, 300 accepted
 * and consolidated, 300 nominations, 1,020 delegates): its tasks, progress, consolidated,
 * nominations and delegates, the coordinator's home and the round list, cold and warm, printed as
 * `web.<page>_1000.<cold|warm>_p90` against the target of that scale.
 */
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { sqliteBenchDatabase } from './lib/bench-database.ts';
import { BenchRun, intFromEnv } from './lib/bench-run.ts';
import { seedDemoPlan2519 } from './lib/demo-plan.ts';
import { login } from './lib/http-client.ts';
import { seedLargeRound } from './lib/large-round.ts';
import { freePort, startServerProcess, waitForHealthy } from './lib/server-process.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LOADS = intFromEnv('BENCH_LOADS', 5, 1, 50);
const PASSWORD = 'tongket-demo';
/** Targets on a 2-core machine at demo scale (p90). */
const TARGET_MS = 1000;
const PHONE_TARGET_MS = 3000;
/** The round issued to this many units, and its target (p90). */
const LARGE_UNITS = 1000;
const LARGE_TARGET_MS = 2000;
/** `0`: skip the round of 1,000 units; `only`: measure nothing else; anything else: both. */
const LARGE = (process.env.BENCH_WEB_LARGE ?? '1').trim();
/** A regular expression over the pages' names (`round.conference`, `phone.home`, `home_1000`…): only those are measured. */
const PAGES = process.env.BENCH_WEB_PAGES ? new RegExp(process.env.BENCH_WEB_PAGES) : null;
const wanted = (name: string) => !PAGES || PAGES.test(name);
/** A page that shows nothing in this long has failed, on however busy a machine. */
const CONTENT_TIMEOUT_MS = 60_000;
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1366, height: 900 };

const run = new BenchRun('bench:web', intFromEnv('BENCH_WATCHDOG_S', 1800, 60, 7200) * 1000);

/**
 * What shows that a page has its content: text (a regular expression over the text of the visible
 * tab panel, or of the page's main area) and/or an element (a CSS selector) in it, and/or a field
 * holding a value (the plan's and outline's saved data).
 */
interface ContentCheck {
  text?: string;
  selector?: string;
  inputValue?: string;
}

interface PageCase {
  name: string;
  user: string;
  path: string;
  check: ContentCheck;
}

function roundTabs(id: string, user: string, prefix = 'round'): PageCase[] {
  const tab = (name: string, check: ContentCheck): PageCase => ({
    name: `${prefix}.${name}`,
    user,
    path: `/campaigns/${id}${name === 'plan' ? '' : `?tab=${name}`}`,
    check,
  });
  return [
    // The issued plan, read as the document (number to "Nơi nhận"), for everyone once it is issued.
    tab('plan', { selector: 'article', text: '2519/KH-UBND[\\s\\S]*Nơi nhận:' }),
    tab('outline', { inputValue: 'KẾT QUẢ TRIỂN KHAI' }),
    tab('assignments', { text: 'Bệnh viện Chuyên khoa Lao và Bệnh phổi' }),
    tab('progress', { text: 'Tỷ lệ nộp\\s*\\d+\\s*%' }),
    // The rich-text editor, loaded with its tab, and what the units sent.
    tab('consolidated', { selector: '.ProseMirror', text: 'Còn \\d+ đơn vị' }),
    tab('children', { text: 'Chưa có đơn vị nào mở đợt cấp dưới' }),
    tab('commendation', { text: '\\d+ tập thể' }),
    tab('conference', { text: 'Hội trường UBND tỉnh' }),
    tab('preview', { selector: 'iframe[src*="plan.pdf"]', text: 'Tải PDF' }),
  ];
}

/** Runs in the page on every animation frame: the time since navigation start once content shows. */
function contentShown(check: ContentCheck): number | false {
  const panels = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
  const scope =
    panels.find((p) => p.offsetParent !== null) ??
    (panels.length === 0 ? document.querySelector<HTMLElement>('main') : null);
  if (!scope) return false;
  if (check.selector && !scope.querySelector(check.selector)) return false;
  if (check.text && !new RegExp(check.text).test(scope.textContent ?? '')) return false;
  if (check.inputValue) {
    const fields = scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (![...fields].some((f) => f.value.includes(check.inputValue as string))) return false;
  }
  return performance.now();
}

async function waitForContent(page: Page, check: ContentCheck): Promise<number> {
  const handle = await page.waitForFunction(contentShown, check, {
    polling: 'raf',
    timeout: CONTENT_TIMEOUT_MS,
  });
  return (await handle.jsonValue()) as number;
}

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] as number;
}

class Sessions {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly origin: string) {}

  /** One sign-in per role, through the API as the login form does; every context carries the cookie. */
  async cookie(user: string): Promise<{ name: string; value: string; url: string }> {
    let pair = this.cookies.get(user);
    if (!pair) {
      pair = await login(this.origin, user, PASSWORD);
      this.cookies.set(user, pair);
    }
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: this.origin };
  }
}

interface ContextOptions {
  phone?: boolean;
}

async function newContext(
  browser: Browser,
  sessions: Sessions,
  user: string,
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.phone ? PHONE : DESKTOP,
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.addCookies([await sessions.cookie(user)]);
  const page = await context.newPage();
  if (options.phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  return { context, page };
}

/** Fails with what the page showed instead, so a broken page is told apart from a slow one. */
async function describeFailure(page: Page, pageCase: PageCase, err: unknown): Promise<Error> {
  const shown = await page
    .evaluate(() =>
      (document.querySelector('main')?.textContent ?? document.body.textContent ?? '').slice(0, 300),
    )
    .catch(() => '(page closed)');
  const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new Error(
    `${pageCase.name} (${pageCase.path} as ${pageCase.user}): ${reason}; the page showed: ${shown}`,
  );
}

async function loadCold(
  browser: Browser,
  sessions: Sessions,
  origin: string,
  pageCase: PageCase,
  options: ContextOptions = {},
): Promise<number> {
  const { context, page } = await newContext(browser, sessions, pageCase.user, options);
  try {
    await page.goto(origin + pageCase.path, { waitUntil: 'commit' });
    return await waitForContent(page, pageCase.check);
  } catch (err) {
    throw await describeFailure(page, pageCase, err);
  } finally {
    await context.close();
  }
}

async function loadWarm(
  browser: Browser,
  sessions: Sessions,
  origin: string,
  pageCase: PageCase,
): Promise<number[]> {
  const { context, page } = await newContext(browser, sessions, pageCase.user);
  try {
    // The first load fills the cache; the figures are the reloads that follow.
    await page.goto(origin + pageCase.path, { waitUntil: 'commit' });
    await waitForContent(page, pageCase.check);
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload({ waitUntil: 'commit' });
      times.push(await waitForContent(page, pageCase.check));
    }
    return times;
  } catch (err) {
    throw await describeFailure(page, pageCase, err);
  } finally {
    await context.close();
  }
}

async function seed(dataDir: string): Promise<{ round: string; liveRound: string }> {
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    const { campaign } = await seedDemoPlan2519(db);
    // The province's round of this year, issued and open: what a unit officer opens on a phone.
    const live = await db.kysely
      .selectFrom('campaigns')
      .select('id')
      .where('doc_number', '=', '3150')
      .executeTakeFirstOrThrow();
    return { round: campaign.id, liveRound: live.id };
  } finally {
    await db.close();
  }
}

/** The demo, then the round of 1,000 units with its reports, nominations and delegates. */
async function seedLarge(dataDir: string): Promise<string> {
  const db = openDatabase({ databaseUrl: null, dataDir });
  try {
    await seedDemoPlan2519(db);
    const started = performance.now();
    const large = await seedLargeRound(db, LARGE_UNITS, (message) => run.progress(message));
    run.progress(
      `round ${large.docNumber} of ${large.units.length} units: ${large.submitted} reports sent, ` +
        `${large.accepted} accepted, ${large.nominations} nominations, ${large.delegates} delegates ` +
        `(${Math.round(performance.now() - started)} ms to seed)`,
    );
    return large.campaignId;
  } finally {
    await db.close();
  }
}

/** The unit officer's first task in the open round: the page a unit works in. */
async function firstAssignment(
  browser: Browser,
  sessions: Sessions,
  origin: string,
  user: string,
): Promise<string> {
  const { context, page } = await newContext(browser, sessions, user);
  try {
    await page.goto(`${origin}/assignments`);
    const link = page.locator('main a[href^="/assignments/"]').first();
    await link.waitFor({ timeout: CONTENT_TIMEOUT_MS });
    return (await link.getAttribute('href')) as string;
  } finally {
    await context.close();
  }
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a part of the run found: pages that showed nothing, and pages over their target. */
interface Outcome {
  failures: string[];
  overTarget: string[];
}

function recorder(outcome: Outcome) {
  return (name: string, times: number[], target: number) => {
    const value = p90(times);
    run.figure(name, value, 'ms');
    if (value >= target) outcome.overTarget.push(name);
  };
}

/** Each page cold (LOADS new contexts) and warm (LOADS reloads), as `web.<name>.<cold|warm>_p90`. */
async function measurePages(
  browser: Browser,
  sessions: Sessions,
  origin: string,
  cases: PageCase[],
  target: number,
  outcome: Outcome,
): Promise<void> {
  const record = recorder(outcome);
  for (const pageCase of cases.filter((c) => wanted(c.name))) {
    try {
      const cold: number[] = [];
      for (let i = 0; i < LOADS; i++) cold.push(await loadCold(browser, sessions, origin, pageCase));
      const warm = await loadWarm(browser, sessions, origin, pageCase);
      run.progress(
        `${pageCase.name}: cold ${cold.map(Math.round).join(', ')} ms; warm ${warm.map(Math.round).join(', ')} ms`,
      );
      record(`web.${pageCase.name}.cold_p90`, cold, target);
      record(`web.${pageCase.name}.warm_p90`, warm, target);
    } catch (err) {
      outcome.failures.push(pageCase.name);
      run.progress(`failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** The demo's rounds and main pages, and the unit officer's pages on a phone. */
async function demoPart(outcome: Outcome): Promise<void> {
  const database = run.trackDatabase(sqliteBenchDatabase('tongket-bench-web'));
  const { round, liveRound } = await seed(database.dataDir);
  const server = run.track(startServerProcess(REPO_ROOT, database.dataDir, await freePort()));
  await waitForHealthy(server, 120_000);
  const origin = server.origin;
  run.progress(`server pid ${server.pid} at ${origin}; round 2519 is ${round}`);

  const browser = await launchBrowser();
  const record = recorder(outcome);
  try {
    const sessions = new Sessions(origin);
    const unitTask = await firstAssignment(browser, sessions, origin, 'huonghoa');
    const cases: PageCase[] = [
      // The standing agency's coordinator works every tab of the round.
      ...roundTabs(round, 'syt'),
      { name: 'home', user: 'syt', path: '/', check: { text: '\\d+ đề nghị' } },
      { name: 'rounds', user: 'syt', path: '/campaigns', check: { text: '2519/KH-UBND' } },
      { name: 'units', user: 'admin', path: '/units', check: { text: 'QT-SYT' } },
      { name: 'users', user: 'admin', path: '/users', check: { text: 'Phạm Văn Y' } },
      {
        name: 'audit',
        user: 'admin',
        path: '/audit',
        check: { selector: 'tbody tr', text: '\\d\\d/\\d\\d/\\d{4}' },
      },
      { name: 'assignments', user: 'huonghoa', path: '/assignments', check: { text: 'Số 3150/KH-UBND' } },
    ];
    // The unit officer on a phone: home, the list of tasks, one task, the round's plan; and the
    // coordinator's round on a phone.
    const phoneCases: PageCase[] = [
      {
        name: 'home',
        user: 'huonghoa',
        path: '/',
        check: { selector: '[data-testid="unit-work-count"]', text: '\\(\\d+\\)' },
      },
      { name: 'assignments', user: 'huonghoa', path: '/assignments', check: { text: 'Số 3150/KH-UBND' } },
      { name: 'assignment', user: 'huonghoa', path: unitTask, check: { text: 'Hạn \\d\\d/\\d\\d/\\d{4}' } },
      {
        name: 'plan',
        user: 'huonghoa',
        path: `/campaigns/${liveRound}`,
        check: { selector: 'article', text: '3150/KH-UBND[\\s\\S]*Nơi nhận:' },
      },
      // The coordinator's round, its progress tab: the round page's heaviest common tab, cold.
      {
        name: 'round.progress',
        user: 'syt',
        path: `/campaigns/${round}?tab=progress`,
        check: { text: 'Tỷ lệ nộp\\s*\\d+\\s*%' },
      },
    ];

    await measurePages(browser, sessions, origin, cases, TARGET_MS, outcome);
    for (const pageCase of phoneCases.filter((c) => wanted(`phone.${c.name}`))) {
      try {
        const times: number[] = [];
        for (let i = 0; i < LOADS; i++) {
          times.push(await loadCold(browser, sessions, origin, pageCase, { phone: true }));
        }
        run.progress(`phone ${pageCase.name}: ${times.map(Math.round).join(', ')} ms`);
        record(`web.phone.${pageCase.name}_p90`, times, PHONE_TARGET_MS);
      } catch (err) {
        outcome.failures.push(`phone.${pageCase.name}`);
        run.progress(`failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } finally {
    await browser.close();
    await run.stopServer(server);
  }
}

/**
 * The round of 1,000 units, on its own database and server: the coordinator's tabs of it (a row
 * of the list drawn is the content: a unit's name, numbered "số 0001"…), home and the round list.
 */
async function largePart(outcome: Outcome): Promise<void> {
  const database = run.trackDatabase(sqliteBenchDatabase('tongket-bench-web-1000'));
  const round = await seedLarge(database.dataDir);
  const server = run.track(startServerProcess(REPO_ROOT, database.dataDir, await freePort()));
  await waitForHealthy(server, 120_000);
  const origin = server.origin;
  run.progress(`server pid ${server.pid} at ${origin}; the round of ${LARGE_UNITS} units is ${round}`);

  const browser = await launchBrowser();
  try {
    const sessions = new Sessions(origin);
    const tab = (name: string, query: string, check: ContentCheck): PageCase => ({
      name: `round.${name}_${LARGE_UNITS}`,
      user: 'syt',
      path: `/campaigns/${round}?${query}`,
      check,
    });
    const cases: PageCase[] = [
      tab('assignments', 'tab=assignments', { text: `${LARGE_UNITS} nhiệm vụ[\\s\\S]*số \\d{4}` }),
      tab('progress', 'tab=progress', { text: 'Tỷ lệ nộp\\s*\\d+\\s*%[\\s\\S]*số \\d{4}' }),
      tab('consolidated', 'tab=consolidated', { selector: '.ProseMirror', text: 'Còn \\d+ đơn vị' }),
      // A nominee of the list, not the quota card's "Tập thể · …".
      tab('nominations', 'tab=commendation&view=nominations', { text: 'Tập thể [^·]+ số \\d{4}' }),
      tab('delegates', 'tab=conference&view=delegates', {
        text: 'Trong danh sách \\d+/\\d+[\\s\\S]*Đại biểu lãnh đạo số 1',
      }),
      { name: `home_${LARGE_UNITS}`, user: 'syt', path: '/', check: { text: '\\d+ đề nghị' } },
      {
        name: `rounds_${LARGE_UNITS}`,
        user: 'syt',
        path: '/campaigns',
        check: { text: `9100/KH-UBND\\s*\\d+/${LARGE_UNITS} đã gửi` },
      },
    ];
    await measurePages(browser, sessions, origin, cases, LARGE_TARGET_MS, outcome);
  } finally {
    await browser.close();
    await run.stopServer(server);
  }
}

async function main(): Promise<number> {
  const cpus = os.cpus().length;
  const parts =
    LARGE === '0'
      ? 'demo data'
      : LARGE === 'only'
        ? `a round of ${LARGE_UNITS} units`
        : `demo data and a round of ${LARGE_UNITS} units`;
  run.comment(
    `tongket bench:web — ${parts}, ${LOADS} loads per page and way, Chromium headless, ` +
      `${cpus} CPU${cpus === 1 ? '' : 's'}, SQLite, server and browser on one host, load average ${os.loadavg()[0]?.toFixed(1)} at start; ` +
      `targets: p90 < ${TARGET_MS} ms, phone (CPU 4× slower) p90 < ${PHONE_TARGET_MS} ms, ${LARGE_UNITS} units p90 < ${LARGE_TARGET_MS} ms`,
  );
  const outcome: Outcome = { failures: [], overTarget: [] };
  if (LARGE !== 'only') await demoPart(outcome);
  if (LARGE !== '0') await largePart(outcome);

  run.figure('web.failed_pages', outcome.failures.length, 'count');
  run.figure('web.over_target', outcome.overTarget.length, 'count');
  run.printFigures();
  if (outcome.overTarget.length > 0) run.progress(`over the target: ${outcome.overTarget.join(', ')}`);
  if (outcome.failures.length > 0) {
    run.progress(`pages that did not show their content: ${outcome.failures.join(', ')}`);
    return 1;
  }
  return 0;
}

run.main(main);

import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser as PlaywrightBrowser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, CHROMIUM_PATH } from './support/browser.ts';
import { ROOT, type RunningServer, startServer } from './support/server.ts';

const ASSETS = path.join(ROOT, 'apps/web/dist/assets');

/**
 * The first load: every script index.html starts or preloads, before any page's own code. It was
 * 653 kB (200 kB gzipped) in 8 files; the bound leaves room for a few kB of growth, not for a
 * library or a page pulled into it by mistake.
 */
const FIRST_LOAD_MAX = { files: 6, kb: 680, gzipKb: 210 };
/**
 * Scripts a cold page asks for before its content shows: a round's page asked for 60–80 (a chunk
 * for every set of pages sharing a module; the browser sends six at a time), home 35. The round's
 * page and what it shares with home are now a few chunks (apps/web/vite-page-chunks.ts).
 */
const ROUND_PAGE_MAX_FILES = 16;
const HOME_MAX_FILES = 16;

/** zod's own names, which survive minification: a chunk holding its schemas has them. */
const ZOD = /\$ZodType|ZodError/;

function firstLoadScripts(): string[] {
  const html = fs.readFileSync(path.join(ROOT, 'apps/web/dist/index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

const read = (file: string) => fs.readFileSync(path.join(ASSETS, file));

type Cookie = { name: string; value: string; url: string };

describe.runIf(browserAvailable())('the code a page loads', () => {
  let server: RunningServer;
  let browser: PlaywrightBrowser;
  let roundId: string;
  let cookie: Cookie;

  /** The session cookie of a demo user, signed in through the API. */
  async function signIn(username: string): Promise<Cookie> {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username, password: 'tongket-demo' }),
    });
    expect(login.status).toBe(200);
    const pair = (login.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: server.url };
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    cookie = await signIn('syt');
    const pair = `${cookie.name}=${cookie.value}`;
    const rounds = (await (
      await fetch(`${server.url}/api/v1/campaigns`, { headers: { cookie: pair } })
    ).json()) as { items: Array<{ id: string; reference: string }> };
    roundId = rounds.items.find((r) => r.reference === '2519/KH-UBND')?.id as string;
    expect(roundId).toBeTruthy();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * Opens `pathname` in a new context (empty cache) and lists the scripts asked for until `shown`;
   * with `settle`, also those asked for once it shows, until the network is idle.
   */
  async function coldScripts(
    pathname: string,
    shown: string,
    { as = cookie, settle = false }: { as?: Cookie; settle?: boolean } = {},
  ): Promise<string[]> {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      await context.addCookies([as]);
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) {
          scripts.push(path.basename(url.pathname));
        }
      });
      await page.goto(server.url + pathname);
      // The text as rendered (innerText leaves out what is hidden, as a list's other layout).
      await page.waitForFunction(
        (pattern) => new RegExp(pattern).test(document.querySelector('main')?.innerText ?? ''),
        shown,
        { timeout: 120_000, polling: 100 },
      );
      if (settle) await page.waitForLoadState('networkidle', { timeout: 120_000 });
      return [...scripts];
    } finally {
      await context.close();
    }
  }

  it('starts with a first load of a few files, bounded in size, without zod', () => {
    const scripts = firstLoadScripts();
    const kb = scripts.reduce((sum, file) => sum + read(file).length, 0) / 1024;
    const gzipKb = scripts.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0) / 1024;
    console.log(`first load: ${scripts.length} files, ${kb.toFixed(0)} kB, ${gzipKb.toFixed(0)} kB gzipped`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.length).toBeLessThanOrEqual(FIRST_LOAD_MAX.files);
    expect(kb).toBeLessThanOrEqual(FIRST_LOAD_MAX.kb);
    expect(gzipKb).toBeLessThanOrEqual(FIRST_LOAD_MAX.gzipKb);
    expect(scripts.filter((file) => ZOD.test(read(file).toString('utf8')))).toEqual([]);
  });

  it('opens a round’s page, cold, on a few files', async () => {
    for (const [tab, shown] of [
      ['', 'Nơi nhận:'],
      ['?tab=assignments', 'Bệnh viện Chuyên khoa Lao và Bệnh phổi'],
    ] as const) {
      const scripts = await coldScripts(`/campaigns/${roundId}${tab}`, shown);
      console.log(`round page${tab}: ${scripts.length} scripts: ${scripts.join(' ')}`);
      expect(scripts.length, scripts.join(' ')).toBeLessThanOrEqual(ROUND_PAGE_MAX_FILES);
    }
  });

  it('opens the coordinator’s home, cold, on a few files', async () => {
    const scripts = await coldScripts('/', '\\d+ đề nghị');
    console.log(`home: ${scripts.length} scripts: ${scripts.join(' ')}`);
    expect(scripts.length, scripts.join(' ')).toBeLessThanOrEqual(HOME_MAX_FILES);
  });

  // zod (~60 kB minified) checks what is sent to the server; home sends nothing it would check. It
  // came with the label lists and helpers home uses, which sat in the domain's schema modules.
  it('opens each role’s home, cold, without zod', async () => {
    for (const [username, shown] of [
      ['syt', '\\d+ đề nghị'],
      ['lanhdao', 'Toàn cảnh UBND tỉnh Quảng Trị'],
      ['bchqs', 'Việc của đơn vị'],
    ] as const) {
      const scripts = await coldScripts('/', shown, { as: await signIn(username), settle: true });
      const withZod = scripts.filter((file) => ZOD.test(read(file).toString('utf8')));
      console.log(`home of ${username}: ${scripts.length} scripts, with zod: ${withZod.join(' ') || 'none'}`);
      expect(scripts.length).toBeGreaterThan(0);
      expect(withZod, `${username}: ${scripts.join(' ')}`).toEqual([]);
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** In CI the browser is required: a missing Chromium fails the run rather than skipping it. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.E2E_REQUIRE_BROWSER || process.env.CI) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it with: apt-get install -y chromium`);
  }
  return false;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');

export async function openBrowser(
  viewport = { width: 1366, height: 900 },
  /** More Chromium switches, e.g. a file to play as the camera. */
  extraArgs: string[] = [],
): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  // Every wait is on a condition; this only bounds it, generously for a saturated machine.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(120_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The bound on a step that waits for an uploaded file to be read (an import preview): files are read
 * in parser processes at a lower CPU priority, so on a saturated machine that can take minutes.
 */
export const PARSED_FILE_WAIT = { timeout: 300_000 };

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Signs in through the login form as a person would (the form is where an unauthenticated page lands). */
export async function fillLogin(page: Page, username: string, password = 'tongket-demo'): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Signed in once the form is gone; navigating earlier would race the session cookie.
  await page.getByLabel('Mật khẩu', { exact: true }).waitFor({ state: 'detached' });
}

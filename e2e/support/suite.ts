import { afterAll, beforeAll } from 'vitest';
import { type Browser, openBrowser } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
}

/** A real server on a fresh data directory and one Chromium for the describe block, both stopped after it. */
export function useBrowserSuite(options: Parameters<typeof startServer>[0] = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startServer(options);
    suite.browser = await openBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

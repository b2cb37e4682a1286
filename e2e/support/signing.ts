import fs from 'node:fs';
import path from 'node:path';
import { makeTestPki, type TestPki } from '@tongket/documents/testing';
import { type APIRequestContext, request } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A test PKI for the issuing agency, its root in the server's trust store: `prepare` makes it and
 * writes the root into the data directory before the server starts, and `env` then names that
 * folder as TRUST_STORE_DIR (pass both to useBrowserSuite).
 */
export function trustedPki(issuer: string) {
  const env: Record<string, string> = {};
  let made: TestPki | undefined;
  return {
    env,
    async prepare(dataDir: string) {
      made = await makeTestPki(issuer);
      const dir = path.join(dataDir, 'trust');
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'root.pem'), made.root.certPem);
      env.TRUST_STORE_DIR = dir;
    },
    get pki(): TestPki {
      if (!made) throw new Error('the test PKI is made when the server is prepared');
      return made;
    },
  };
}

/** A signed-in API session beside the browser, for what the test sets up or checks directly. */
export async function apiSession(url: string, username: string): Promise<APIRequestContext> {
  const session = await request.newContext({ baseURL: url, extraHTTPHeaders: { origin: url } });
  const login = await session.post('/api/v1/auth/login', { data: { username, password: 'tongket-demo' } });
  expect(login.status(), await login.text()).toBe(200);
  return session;
}

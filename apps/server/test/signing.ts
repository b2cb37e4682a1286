import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  makeTestPki,
  sealImagePng,
  signatureImagePng,
  type TestIdentity,
  type TestPki,
} from '@tongket/documents/testing';
import { afterAll, beforeAll, expect } from 'vitest';
import { devSign } from '../src/lib/dev-sign.ts';
import { ORIGIN, type Response, type Suite } from './harness.ts';

/** The issuing agency of the signing tests' documents, as its certificates name it. */
export const SIGNING_ISSUER = 'UBND tỉnh Quảng Trị';
const LONG = 240_000;

/**
 * A test PKI for the issuer and the installation's trust store (TRUST_STORE_DIR) holding its root,
 * for a whole test file: the folder exists at once (a server's config can name it), the root is
 * written before any check reads it, and the development signer is allowed meanwhile.
 */
export function useSigningPki(issuer = SIGNING_ISSUER): { trustDir: string; pki: () => TestPki } {
  const trustDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-trust-'));
  let pki: TestPki | undefined;
  const previous = process.env.TONGKET_DEV_SIGNER;
  beforeAll(async () => {
    process.env.TONGKET_DEV_SIGNER = '1';
    pki = await makeTestPki(issuer);
    fs.writeFileSync(path.join(trustDir, 'root.pem'), pki.root.certPem);
  }, LONG);
  afterAll(() => {
    if (previous === undefined) delete process.env.TONGKET_DEV_SIGNER;
    else process.env.TONGKET_DEV_SIGNER = previous;
    fs.rmSync(trustDir, { recursive: true, force: true });
  });
  return {
    trustDir,
    pki: () => {
      if (!pki) throw new Error('the test PKI is made in beforeAll');
      return pki;
    },
  };
}

/**
 * What a signing program does against a test server, over a real socket: follow a session's
 * one-time links with the development signer, or post bytes to an upload link; and the refusal's
 * shape. Call inside the describe block whose `suite` it serves.
 */
export function useSigningProgram(suite: Suite, pki: () => TestPki, issuer = SIGNING_ISSUER) {
  let base = '';
  beforeAll(async () => {
    base = await suite.server.app.listen({ port: 0, host: '127.0.0.1' });
  }, LONG);
  /** The links carry the server's own origin; over the socket they go to where it listens. */
  const overHttp: typeof fetch = (input, init) =>
    fetch(String(input).replace(ORIGIN, base), init as RequestInit);
  const localPath = (url: string) => url.replace(ORIGIN, '');
  return {
    /** Where the server listens: http://127.0.0.1:port. */
    base: () => base,
    sign: (
      session: { fetchUrl: string; uploadUrl: string },
      id: TestIdentity,
      o: { agency?: boolean; name?: string } = {},
    ) =>
      devSign({
        fetchUrl: session.fetchUrl,
        uploadUrl: session.uploadUrl,
        certificatePem: id.certPem,
        privateKeyPem: id.keyPem,
        chainPem: [pki().agencyCa.certPem],
        name: o.name ?? (o.agency ? issuer : 'Hoàng Nam'),
        agency: o.agency ?? false,
        image: o.agency ? sealImagePng() : signatureImagePng(),
        fetch: overHttp,
      }),
    localPath,
    /** Posts raw bytes to an upload link, as a signing program does (no Origin, no session). */
    upload: (url: string, bytes: Uint8Array) =>
      suite.server.anon.request('POST', localPath(url), Buffer.from(bytes), {
        'content-type': 'application/pdf',
        origin: '',
      }),
    expectRefused: (res: Response, code: string, detail: RegExp) => {
      expect(res.status, res.body).toBe(code === 'signing_link' ? 410 : 422);
      expect(res.json.code).toBe(code);
      expect(res.json.detail).toMatch(detail);
    },
  };
}

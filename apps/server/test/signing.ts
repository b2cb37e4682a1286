import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signPdfWithLocalCertificate, verifyPdfSignatures } from '@tongket/documents';
import {
  makeNssDb,
  makeTestPki,
  pdfsigMissing,
  pdfsigVerify,
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
/** How long a signing test or its set-up may take on a slow, busy machine. */
export const LONG = 240_000;
export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * A test PKI for the issuer and the installation's trust store (TRUST_STORE_DIR) holding its root,
 * for a whole test file: the folder exists at once (a server's config can name it), the root is
 * written before any check reads it, and the development signer is allowed meanwhile. `pki` is
 * filled in by beforeAll: read its identities inside tests and hooks only.
 */
export function useSigningPki(issuer = SIGNING_ISSUER) {
  const trustDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-trust-'));
  const pki = {} as TestPki;
  const previous = process.env.TONGKET_DEV_SIGNER;
  beforeAll(async () => {
    process.env.TONGKET_DEV_SIGNER = '1';
    Object.assign(pki, await makeTestPki(issuer));
    fs.writeFileSync(path.join(trustDir, 'root.pem'), pki.root.certPem);
  }, LONG);
  afterAll(() => {
    if (previous === undefined) delete process.env.TONGKET_DEV_SIGNER;
    else process.env.TONGKET_DEV_SIGNER = previous;
    fs.rmSync(trustDir, { recursive: true, force: true });
  });
  return {
    trustDir,
    pki,
    issuer,
    /** Checks a released PDF with tongket's verifier: every signature valid, by these signers in order. */
    expectVerified: async (pdf: Uint8Array, signers: string[]) => {
      const verdict = await verifyPdfSignatures(pdf, {
        trustAnchors: [pki.root.certPem],
        expectedOrganisation: issuer,
      });
      expect(verdict.verdict, JSON.stringify(verdict.signatures.map((s) => s.detail))).toBe('valid');
      expect(verdict.signatures.map((s) => s.signer?.commonName)).toEqual(signers);
      return verdict;
    },
    /**
     * Checks a released PDF with the tools outside tongket: pdfsig, against an NSS database trusting
     * the test root, finds these signers in order, each valid and trusted, the last covering the
     * whole file; pdftotext's first page has the release date in its "ngày … tháng … năm …".
     * Returns that page and pdfsig's verdicts, or undefined when the tools are missing and not
     * required (the test ends there).
     */
    checkWithPoppler: (pdf: Uint8Array, o: { signers: string[]; docDate: string }) => {
      if (!signatureTools()) return undefined;
      const firstPage = pdfText(pdf, 'first page');
      const { year, month, day } = markedDate(o.docDate);
      expect(firstPage).toMatch(new RegExp(`ngày\\s+${day}\\s+tháng\\s+${month}\\s+năm\\s+${year}`));
      const nss = makeNssDb([pki.root], {});
      try {
        const checked = pdfsigVerify(nss, pdf);
        expect(checked.signatures, checked.output).toHaveLength(o.signers.length);
        for (const s of checked.signatures) {
          expect(s.signatureValid, checked.output).toBe(true);
          expect(s.certificateTrusted, checked.output).toBe(true);
        }
        expect(checked.signatures.map((s) => s.signerCommonName)).toEqual(o.signers);
        expect(checked.signatures.at(-1)?.totalDocumentSigned, checked.output).toBe(true);
        return { firstPage, pdfsig: checked.signatures };
      } finally {
        fs.rmSync(nss.dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * What a signing program does against a test server, over a real socket: follow a session's
 * one-time links with the development signer, or fetch and post bytes itself; and the checks the
 * refusals share. Call inside the describe block whose `suite` it serves.
 */
export function useSigningProgram(
  suite: Suite,
  { pki, issuer }: { pki: TestPki; issuer: string },
  /** The name the person with authority signs with (the signature dictionary's /Name). */
  signerName = 'Hoàng Nam',
) {
  let base = '';
  beforeAll(async () => {
    base = await suite.server.app.listen({ port: 0, host: '127.0.0.1' });
  }, LONG);
  /** The links carry the server's own origin; over the socket they go to where it listens. */
  const overHttp: typeof fetch = (input, init) =>
    fetch(String(input).replace(ORIGIN, base), init as RequestInit);
  const localPath = (url: string) => url.replace(ORIGIN, '');
  /** Posts raw bytes to an upload link, as a signing program does (no Origin, no session). */
  const upload = (url: string, bytes: Uint8Array) =>
    suite.server.anon.request('POST', localPath(url), Buffer.from(bytes), {
      'content-type': 'application/pdf',
      origin: '',
    });
  const expectRefused = (res: Response, code: string, detail: RegExp) => {
    expect(res.status, res.body).toBe(code === 'signing_link' ? 410 : 422);
    expect(res.json.code).toBe(code);
    expect(res.json.detail).toMatch(detail);
  };
  /** `pdf` signed with the development signer's code, as the signer (or, `agency`, the văn thư). */
  const signedBy = (id: TestIdentity, pdf: Uint8Array, agency = false) =>
    signPdfWithLocalCertificate(pdf, {
      certificate: id.certPem,
      privateKey: id.keyPem,
      chain: [pki.agencyCa.certPem],
      name: agency ? issuer : signerName,
      ...(agency && { appearance: { role: 'agency' as const } }),
    });
  /** The PDF a session serves, fetched once (the link works once). */
  const fetchServed = async (session: { fetchUrl: string }) => {
    const res = await suite.server.anon.get(localPath(session.fetchUrl));
    expect(res.status, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return new Uint8Array(res.raw);
  };
  return {
    /** Where the server listens: http://127.0.0.1:port. */
    base: () => base,
    /** Follows a session's links with the development signer, as the signer or (`agency`) the văn thư. */
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
        chainPem: [pki.agencyCa.certPem],
        name: o.name ?? (o.agency ? issuer : signerName),
        agency: o.agency ?? false,
        image: o.agency ? sealImagePng() : signatureImagePng(),
        fetch: overHttp,
      }),
    localPath,
    upload,
    expectRefused,
    signedBy,
    fetchServed,
    /** Fetches what a session serves, and checks that its link then refuses a second fetch. */
    fetchOnce: async (session: { fetchUrl: string }) => {
      const served = await fetchServed(session);
      expectRefused(
        await suite.server.anon.get(localPath(session.fetchUrl)),
        'signing_link',
        /chỉ dùng được một lần/,
      );
      return served;
    },
    /**
     * The refusals every document's upload link gives, each with its reason, none using the link
     * up: not a PDF, the served PDF unsigned, signed by another agency, by an untrusted issuer.
     */
    expectRefusesBadSignatures: async (uploadUrl: string, served: Uint8Array) => {
      expectRefused(
        await upload(uploadUrl, Buffer.from('not a pdf')),
        'signature_refused',
        /không phải tệp PDF/,
      );
      expectRefused(await upload(uploadUrl, served), 'signature_refused', /chưa được ký số/);
      expectRefused(
        await upload(uploadUrl, await signedBy(pki.otherAgency, served)),
        'signature_refused',
        /Ký bởi cơ quan khác/,
      );
      expectRefused(
        await upload(uploadUrl, await signedBy(pki.untrusted, served)),
        'signature_refused',
        /Không rõ tổ chức cấp chứng thư/,
      );
    },
    /**
     * Two good signatures of `served` posted at once: one is taken, the other told the link is
     * used. Returns the bytes that were taken.
     */
    raceGoodUploads: async (uploadUrl: string, served: Uint8Array) => {
      const good = [await signedBy(pki.signer, served), await signedBy(pki.signer, served)];
      const raced = await Promise.all(good.map((g) => upload(uploadUrl, g)));
      expect(raced.map((r) => r.status).sort()).toEqual([200, 410]);
      expect(raced.find((r) => r.status === 410)?.json.detail).toMatch(/chỉ dùng được một lần/);
      return good[raced.findIndex((r) => r.status === 200)] as Uint8Array;
    },
    /** A release step's PDF posted back without the văn thư's signature: refused. Returns what it served. */
    expectReleaseNeedsSignature: async (release: { fetchUrl: string; uploadUrl: string }) => {
      const served = await fetchServed(release);
      expectRefused(
        await upload(release.uploadUrl, served),
        'signature_refused',
        /đúng một chữ ký mới, nhưng có 0/,
      );
      return served;
    },
  };
}

const toolsMissing = pdfsigMissing();

/**
 * Whether Debian's pdfsig, pdftotext and the NSS tools may be used: false (with a warning) when
 * they are missing, unless SIGNATURE_TOOLS_REQUIRED=1, where a missing tool fails the test.
 */
export function signatureTools(): boolean {
  if (toolsMissing && process.env.SIGNATURE_TOOLS_REQUIRED !== '1') {
    console.warn(toolsMissing);
    return false;
  }
  expect(toolsMissing).toBeUndefined();
  return true;
}

/** pdftotext's text of a PDF: the first page laid out, or the whole document on one line. */
export function pdfText(pdf: Uint8Array, which: 'first page' | 'whole'): string {
  const args = which === 'first page' ? ['-f', '1', '-l', '1', '-layout', '-', '-'] : ['-', '-'];
  const out = spawnSync('pdftotext', args, { input: Buffer.from(pdf), encoding: 'utf8' }).stdout;
  return which === 'first page' ? out : out.replace(/\s+/g, ' ');
}

/** A yyyy-mm-dd date as the release marks print it: the day with two digits, months 1 and 2 too. */
function markedDate(docDate: string) {
  const [y, m, d] = docDate.split('-').map(Number) as [number, number, number];
  return { year: y, month: m <= 2 ? String(m).padStart(2, '0') : String(m), day: String(d).padStart(2, '0') };
}

/**
 * A reference to the released document as pdftotext reads it on one line once the release marks
 * fill its blanks: `(Kèm Kế hoạch số 4711 /KH-UBND ngày 08 / 6 /2026 của `.
 */
export function markedReference(lead: string, number: string, code: string, docDate: string): RegExp {
  const { year, month, day } = markedDate(docDate);
  return new RegExp(`\\(${lead}\\s*${number}\\s*/${code} ngày\\s*${day}\\s*/\\s*${month}\\s*/${year} của `);
}

/**
 * For a describe block that cannot run without pdfsig and the NSS tools: true (skip it, with a
 * warning) when they are missing; with SIGNATURE_TOOLS_REQUIRED=1 a missing tool throws instead.
 */
export function withoutSignatureTools(): boolean {
  if (!toolsMissing) return false;
  if (process.env.SIGNATURE_TOOLS_REQUIRED === '1') throw new Error(toolsMissing);
  console.warn(toolsMissing);
  return true;
}

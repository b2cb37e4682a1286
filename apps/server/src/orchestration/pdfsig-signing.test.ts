import fs from 'node:fs';
import { makeNssDb, type NssDb, pdfsigSign } from '@tongket/documents/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { draftTestRound } from '../../test/rounds.ts';
import {
  LONG,
  markedReference,
  pdfText,
  sha256,
  useSigningPki,
  useSigningProgram,
  withoutSignatureTools,
} from '../../test/signing.ts';

/**
 * The two-step signing protocol (docs/signatures.md, "The signing protocol") with a signing
 * program that is not tongket's: Debian's pdfsig (poppler 22.12, `pdfsig -add-signature`), its keys
 * in an NSS database, signs each step — the signer's, then the văn thư's release with the agency's
 * certificate. The program only fetches the served PDF, adds its signature and posts it back.
 *
 * What a generic signer gives (asserted below): the number and date are on the released PDF, since
 * the server places them (the release marks) in the PDF it serves for the release step, before the
 * văn thư's program signs it; but neither signature is visible — pdfsig 22.12 adds an invisible
 * signature field (widget /Rect [0 0 0 0], an empty appearance) and has no option for an image, so
 * the page shows no signature and no seal above the signer's name (the development signer draws
 * them, Decree 30 Appendix I). tongket accepts both uploads as they are.
 */

const ISSUER = 'UBND tỉnh Quảng Trị';
const signing = useSigningPki(ISSUER);
const { pki } = signing;
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
/** The signature widgets a revision adds, by their /Rect. */
const signatureRects = (revision: Uint8Array) =>
  [...latin1(revision).matchAll(/\/Subtype \/Widget \/FT \/Sig [^\n]*?\/Rect \[([^\]]*)\]/g)].map((m) =>
    (m[1] as string).trim().split(/\s+/).map(Number),
  );

describe.skipIf(withoutSignatureTools())('Debian pdfsig as the signing program', () => {
  let nss: NssDb;
  beforeAll(() => {
    nss = makeNssDb([pki.root], {
      signer: { id: pki.signer, chain: [pki.agencyCa] },
      vanthu: { id: pki.agency, chain: [pki.agencyCa] },
    });
  }, LONG);
  afterAll(() => {
    if (nss) fs.rmSync(nss.dir, { recursive: true, force: true });
  });

  describe.each(DIALECTS)('a plan signed and released with pdfsig (%s)', (dialect) => {
    const suite = useTestServer(dialect, { config: { trustStoreDir: signing.trustDir } });
    const program = useSigningProgram(suite, signing);
    let syt: Client;

    beforeAll(async () => {
      syt = await suite.server.login('syt');
    }, LONG);

    const start = (id: string, body: Record<string, unknown>) =>
      syt.post(`/api/v1/campaigns/${id}/signing`, body);
    const round = async (id: string) => (await syt.get(`/api/v1/campaigns/${id}`)).json;

    it(
      'takes a draft through both steps signed by pdfsig: issued with number and date, both signatures valid for pdfsig and for tongket',
      async () => {
        const draft = await draftTestRound(suite.server, syt, {
          name: 'Đợt ký số bằng pdfsig',
          reportUnits: ['QT-BCHQS'],
          deadlineInDays: 20,
        });

        // Step 1: the person with authority signs what the server serves.
        const opened = await start(draft.id, { step: 'sign', version: draft.version });
        expect(opened.status, opened.body).toBe(201);
        const served = await program.fetchOnce(opened.json);
        const signed = pdfsigSign(nss, 'signer', served, 'Ký số kế hoạch');
        // An incremental update: the served bytes untouched, one invisible signature field added.
        expect(sha256(signed.subarray(0, served.length))).toBe(sha256(served));
        expect(signatureRects(signed.subarray(served.length))).toEqual([[0, 0, 0, 0]]);
        const accepted = await program.upload(opened.json.uploadUrl, signed);
        expect(accepted.status, accepted.body).toBe(200);
        expect(accepted.json).toMatchObject({
          step: 'sign',
          issued: false,
          signature: {
            signerCommonName: 'Nguyễn Văn An',
            signerOrganisation: ISSUER,
            pdfSha256: sha256(signed),
          },
        });
        expect((await round(draft.id)).status).toBe('draft');

        // Step 2: the văn thư releases it; the server has put the number and date on what it serves.
        const docDate = (await round(draft.id)).plan.docDate as string;
        const release = await start(draft.id, {
          step: 'release',
          version: (await round(draft.id)).version,
          docNumber: '4911',
          docDate,
        });
        expect(release.status, release.body).toBe(201);
        const toRelease = await program.fetchOnce(release.json);
        expect(sha256(toRelease.subarray(0, signed.length))).toBe(sha256(signed));
        expect(pdfText(toRelease, 'first page')).toMatch(/Số:\s*4911\s*\/KH-UBND/);
        const released = pdfsigSign(nss, 'vanthu', toRelease, 'Phát hành');
        expect(signatureRects(released.subarray(toRelease.length))).toEqual([[0, 0, 0, 0]]);
        const issued = await program.upload(release.json.uploadUrl, released);
        expect(issued.status, issued.body).toBe(200);
        expect(issued.json).toMatchObject({
          step: 'release',
          issued: true,
          signature: { signerCommonName: ISSUER, pdfSha256: sha256(released) },
        });

        const after = await round(draft.id);
        expect(after.status).toBe('issued');
        expect(after.plan).toMatchObject({ docNumber: '4911', docDate });
        const listed = (await syt.get(`/api/v1/campaigns/${draft.id}/signatures`)).json.items;
        expect(
          listed.map((s: { step: string; signerCommonName: string }) => [s.step, s.signerCommonName]),
        ).toEqual([
          ['sign', 'Nguyễn Văn An'],
          ['release', ISSUER],
        ]);

        // The plan of record is pdfsig's output byte for byte; both signatures verify in both tools.
        const download = await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf`);
        expect(download.status).toBe(200);
        const pdf = new Uint8Array(download.raw);
        expect(sha256(pdf)).toBe(sha256(released));
        await signing.expectVerified(pdf, ['Nguyễn Văn An', ISSUER]);
        const poppler = signing.checkWithPoppler(pdf, { signers: ['Nguyễn Văn An', ISSUER], docDate });
        expect(poppler?.pdfsig[0]?.totalDocumentSigned).toBe(false);
        expect(poppler?.firstPage).toMatch(/Số:\s*4911\s*\/KH-UBND/);
        expect(poppler?.firstPage).not.toMatch(/DỰ THẢO/);
        expect(pdfText(pdf, 'whole')).toMatch(markedReference('Kèm Kế hoạch số', '4911', 'KH-UBND', docDate));
        // Nothing visible: the two signature widgets of the document are empty rectangles.
        expect(signatureRects(pdf)).toEqual([
          [0, 0, 0, 0],
          [0, 0, 0, 0],
        ]);
      },
      LONG,
    );
  });
});

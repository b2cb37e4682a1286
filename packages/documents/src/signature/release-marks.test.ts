import { spawnSync } from 'node:child_process';
import { PDFArray, PDFDocument, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../render-pdf.ts';
import {
  makeTestPki,
  samplePlan,
  sealImagePng,
  signatureImagePng,
  TEST_AGENCY,
  type TestPki,
} from '../testing/index.ts';
import { appendIncrementalUpdate, Names, newObjects, objectBytes } from './incremental.ts';
import {
  locateHeaderBlanks,
  placeReleaseMarks,
  ReleaseMarksError,
  readReleaseMarks,
} from './release-marks.ts';
import { signPdfWithLocalCertificate } from './sign.ts';
import { verifyPdfSignatures } from './verify.ts';

const LONG = 120_000;
let pki: TestPki;
let unnumbered: Uint8Array;
let signed: Uint8Array;
const plan = samplePlan({
  header: {
    issuingBody: 'Ủy ban nhân dân\ntỉnh Quảng Trị',
    number: '/KH-UBND',
    placeDate: 'Quảng Trị, ngày      tháng      năm 2026',
  },
});
const signerName = plan.signature?.name ?? 'Hoàng Nam';

const sign = (pdf: Uint8Array, role: 'signer' | 'agency') => {
  const id = role === 'signer' ? pki.signer : pki.agency;
  return signPdfWithLocalCertificate(pdf, {
    certificate: id.certPem,
    privateKey: id.keyPem,
    chain: [pki.agencyCa.certPem],
    name: role === 'signer' ? signerName : TEST_AGENCY,
    appearance: { role, image: role === 'signer' ? signatureImagePng() : sealImagePng() },
  });
};
const verify = (pdf: Uint8Array) =>
  verifyPdfSignatures(pdf, { trustAnchors: [pki.root.certPem], expectedOrganisation: TEST_AGENCY });

beforeAll(async () => {
  vi.stubEnv('TONGKET_DEV_SIGNER', '1');
  pki = await makeTestPki();
  unnumbered = new Uint8Array(await renderPdf(plan));
  signed = await sign(unnumbered, 'signer');
}, LONG);
afterAll(() => vi.unstubAllEnvs());

describe('the release step: number and date placed after the signer signed', () => {
  it('finds the blanks of the header and the printed year', async () => {
    const blanks = await locateHeaderBlanks(unnumbered);
    expect(blanks.year).toBe(2026);
    for (const b of [blanks.number, blanks.day, blanks.month])
      expect((b?.x1 ?? 0) - (b?.x0 ?? 0)).toBeGreaterThan(10);
    // A numbered, dated document has no blanks left.
    const numbered = await locateHeaderBlanks(new Uint8Array(await renderPdf(samplePlan())));
    expect(numbered.number).toBeUndefined();
    expect(numbered.day).toBeUndefined();
  });

  it(
    'keeps the signer’s signature valid under the marks, and the văn thư’s covers them',
    async () => {
      const marked = await placeReleaseMarks(signed, { docNumber: '2519', docDate: '2026-02-08' });
      expect(Buffer.from(marked.subarray(0, signed.length)).equals(Buffer.from(signed))).toBe(true);
      expect(await readReleaseMarks(marked)).toEqual({ number: '2519', day: '08', month: '02' });
      const before = await verify(marked);
      // The marks are bytes after the last signature: that one alone is not yet the whole file.
      expect(before.signatures[0]?.verdict).toBe('changed');
      const released = await sign(marked, 'agency');
      const r = await verify(released);
      expect(r.verdict, JSON.stringify(r.signatures.map((s) => s.detail))).toBe('valid');
      expect(r.signatures).toHaveLength(2);
      expect(r.signatures[0]?.detail).toMatch(/annotations/);
      expect(r.signatures[1]?.coversWholeFile).toBe(true);
      if (spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0) {
        const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', '-', '-'], {
          input: Buffer.from(released),
          encoding: 'utf8',
        }).stdout;
        expect(text).toMatch(/Số:\s*2519\s*\/KH-UBND/);
        expect(text).toMatch(/ngày\s+08\s+tháng\s+02\s+năm 2026/);
      }
    },
    LONG,
  );

  it(
    'still calls the signer’s signature changed when the later revision also alters the page',
    async () => {
      const marked = await placeReleaseMarks(signed, { docNumber: '2519', docDate: '2026-06-08' });
      // Another update: a content stream appended to page 1 (a line drawn over the text).
      const doc = await PDFDocument.load(marked, { updateMetadata: false });
      const before = doc.context.largestObjectNumber;
      const page = doc.getPage(0);
      const stream = doc.context.register(doc.context.flateStream('0 0 1 RG 72 700 m 500 700 l S'));
      const contents = page.node.get(Names.Contents);
      page.node.set(
        Names.Contents,
        contents instanceof PDFArray
          ? doc.context.obj([...contents.asArray(), stream])
          : doc.context.obj([contents as PDFRef, stream]),
      );
      const altered = appendIncrementalUpdate(marked, doc, [
        ...newObjects(doc, before),
        { ref: page.ref, body: objectBytes(page.node) },
      ]).bytes;
      const released = await sign(altered, 'agency');
      const r = await verify(released);
      expect(r.verdict).toBe('changed');
      expect(r.signatures[0]?.verdict).toBe('changed');
      expect(r.signatures[0]?.detail).toMatch(/page 1 changed/);
      expect(r.signatures[1]?.verdict).toBe('valid');
    },
    LONG,
  );

  it('refuses a date of another year than the one printed, and a document without blanks', async () => {
    await expect(placeReleaseMarks(signed, { docNumber: '12', docDate: '2027-01-03' })).rejects.toThrow(
      ReleaseMarksError,
    );
    await expect(
      placeReleaseMarks(new Uint8Array(await renderPdf(samplePlan())), {
        docNumber: '12',
        docDate: '2020-06-08',
      }),
    ).rejects.toMatchObject({ reason: 'number_blank_missing' });
  });
});

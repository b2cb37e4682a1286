import { spawnSync } from 'node:child_process';
import { PDFArray, PDFDocument, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { referenceDate } from '../decree30.ts';
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
  pagesTextItems,
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
/** The page (from 0) the appendix starts on. */
let APPENDIX_PAGE = -1;
const plan = samplePlan({
  header: {
    issuingBody: 'Ủy ban nhân dân\ntỉnh Quảng Trị',
    number: '/KH-UBND',
    placeDate: 'Quảng Trị, ngày      tháng      năm 2026',
  },
});
// The appendix refers to the unnumbered, undated plan as a draft prints it: blanks for both.
plan.appendices = (plan.appendices ?? []).map((a) => ({
  ...a,
  subtitle: `(Kèm theo Kế hoạch số${'\u00a0'.repeat(12)}/KH-UBND ${referenceDate(null, 2026)} của UBND tỉnh Quảng Trị)`,
}));
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
  APPENDIX_PAGE = (await pagesTextItems(unnumbered)).findIndex((items) =>
    items.some((i) => i.str.startsWith('(Kèm theo Kế hoạch số')),
  );
  expect(APPENDIX_PAGE).toBeGreaterThan(0);
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

  it('finds the number and the date blanks of the appendix’s reference to the document', async () => {
    const page = await locateHeaderBlanks(unnumbered, APPENDIX_PAGE);
    expect(page.references).toHaveLength(1);
    expect(page.referenceDates).toHaveLength(1);
    const [date] = page.referenceDates;
    expect(date?.year).toBe(2026);
    // Day, then month, left to right on the reference's line, each room for two digits.
    expect(date?.day.y).toBeCloseTo(page.references[0]?.y ?? 0, 1);
    expect(date?.day.x1 ?? 0).toBeLessThanOrEqual(date?.month.x0 ?? 0);
    for (const b of [date?.day, date?.month]) expect((b?.x1 ?? 0) - (b?.x0 ?? 0)).toBeGreaterThan(14);
    // The sample's appendix, numbered and dated, has none.
    const numbered = await locateHeaderBlanks(new Uint8Array(await renderPdf(samplePlan())), APPENDIX_PAGE);
    expect(numbered.references).toEqual([]);
    expect(numbered.referenceDates).toEqual([]);
  });

  it(
    'keeps the signer’s signature valid under the marks, and the văn thư’s covers them',
    async () => {
      const marked = await placeReleaseMarks(signed, { docNumber: '2519', docDate: '2026-02-08' });
      expect(Buffer.from(marked.subarray(0, signed.length)).equals(Buffer.from(signed))).toBe(true);
      expect(await readReleaseMarks(marked)).toEqual({ number: '2519', day: '08', month: '02' });
      expect(await readReleaseMarks(marked, APPENDIX_PAGE)).toEqual({
        [`reference-${APPENDIX_PAGE + 1}-1`]: '2519',
        [`reference-${APPENDIX_PAGE + 1}-1-day`]: '08',
        [`reference-${APPENDIX_PAGE + 1}-1-month`]: '02',
      });
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
        // The appendix's reference reads the whole number and date too.
        const appendix = spawnSync(
          'pdftotext',
          ['-f', `${APPENDIX_PAGE + 1}`, '-l', `${APPENDIX_PAGE + 1}`, '-', '-'],
          {
            input: Buffer.from(released),
            encoding: 'utf8',
          },
        ).stdout;
        expect(appendix.replace(/\s+/g, ' ')).toMatch(
          /\(Kèm theo Kế hoạch số\s*2519\s*\/KH-UBND ngày\s*08\s*\/\s*02\s*\/2026 của UBND tỉnh Quảng Trị\)/,
        );
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

  it('refuses a date of another year than the one the appendix’s reference prints', async () => {
    const other = samplePlan({ header: plan.header });
    other.appendices = (plan.appendices ?? []).map((a) => ({
      ...a,
      subtitle: a.subtitle?.replace('/2026 ', '/2025 '),
    }));
    await expect(
      placeReleaseMarks(new Uint8Array(await renderPdf(other)), { docNumber: '12', docDate: '2026-01-03' }),
    ).rejects.toMatchObject({ reason: 'year_differs', years: { printed: 2025, year: 2026 } });
  });

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

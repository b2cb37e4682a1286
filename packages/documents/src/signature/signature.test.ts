import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../render-pdf.ts';
import {
  makeNssDb,
  makeTestPki,
  type NssDb,
  pdfsigMissing,
  pdfsigSign,
  pdfsigVerify,
  samplePlan,
  sealImagePng,
  signatureImagePng,
  TEST_AGENCY,
  type TestIdentity,
  type TestPki,
} from '../testing/index.ts';
import { buildDetachedCms } from './cms.ts';
import { appendIncrementalUpdate, newObjects, objectBytes } from './incremental.ts';
import {
  createDevSigner,
  DevSignerDisabledError,
  embedSignature,
  preparePdfSignature,
  signPdfWithLocalCertificate,
} from './sign.ts';
import { SIGNATURE_VERDICT_LABELS, verifyPdfSignatures } from './verify.ts';

const LONG = 120_000;
let pki: TestPki;
let rendered: Uint8Array;
let trust: string[];
const plan = samplePlan();
const signerName = plan.signature?.name ?? 'Hoàng Nam';

function signWith(id: TestIdentity, pdf: Uint8Array, role: 'signer' | 'agency' = 'signer') {
  return signPdfWithLocalCertificate(pdf, {
    certificate: id.certPem,
    privateKey: id.keyPem,
    chain: [pki.agencyCa.certPem, pki.untrustedRoot.certPem].slice(0, id === pki.untrusted ? 0 : 1),
    name: role === 'signer' ? signerName : TEST_AGENCY,
    reason: role === 'signer' ? 'Ký duyệt' : 'Phát hành',
    location: 'Quảng Trị',
    appearance: { role, image: role === 'signer' ? signatureImagePng() : sealImagePng() },
  });
}

beforeAll(async () => {
  vi.stubEnv('TONGKET_DEV_SIGNER', '1');
  pki = await makeTestPki();
  rendered = new Uint8Array(await renderPdf(plan));
  trust = [pki.root.certPem];
}, LONG);
afterAll(() => {
  vi.unstubAllEnvs();
});

const verify = (pdf: Uint8Array, expectedOrganisation: string | undefined = TEST_AGENCY) =>
  verifyPdfSignatures(pdf, { trustAnchors: trust, expectedOrganisation });

describe('development signer', () => {
  it('refuses to run unless TONGKET_DEV_SIGNER=1, and always in production', async () => {
    const key = { certificate: pki.signer.certPem, privateKey: pki.signer.keyPem };
    expect(() => createDevSigner(key, {})).toThrow(DevSignerDisabledError);
    expect(() => createDevSigner(key, { TONGKET_DEV_SIGNER: '1', NODE_ENV: 'production' })).toThrow(
      DevSignerDisabledError,
    );
    vi.stubEnv('TONGKET_DEV_SIGNER', '0');
    await expect(signWith(pki.signer, rendered)).rejects.toThrow(DevSignerDisabledError);
    vi.stubEnv('TONGKET_DEV_SIGNER', '1');
    expect(createDevSigner(key, { TONGKET_DEV_SIGNER: '1' }).kind).toBe('development');
  });

  it(
    'signs twice (signer, then the agency at release) and both signatures verify, named',
    async () => {
      const once = await signWith(pki.signer, rendered);
      expect(once.subarray(0, rendered.length)).toEqual(rendered);
      const twice = await signWith(pki.agency, once, 'agency');
      expect(twice.subarray(0, once.length)).toEqual(once);
      const result = await verify(twice, 'SỞ Y TẾ TỈNH QUẢNG TRỊ');
      expect(result.verdict).toBe('valid');
      expect(result.label).toBe('Chữ ký số hợp lệ');
      expect(result.signatures.map((s) => [s.verdict, s.signer?.commonName, s.signer?.organisation])).toEqual(
        [
          ['valid', 'Nguyễn Văn An', TEST_AGENCY],
          ['valid', TEST_AGENCY, TEST_AGENCY],
        ],
      );
      const [first, second] = result.signatures;
      expect(first?.coversWholeFile).toBe(false);
      expect(second?.coversWholeFile).toBe(true);
      expect(first?.signer?.serialNumber).toBe(pki.signer.cert.serialNumber.toUpperCase());
      expect(first?.signer?.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(first?.signingTimeSource).toBe('cms');
      expect(first?.reason).toBe('Ký duyệt');
      expect(first?.name).toBe(signerName);
      // Without diacritics, matched on the OU as well as the O.
      expect((await verify(once, 'so y te tinh quang tri')).verdict).toBe('valid');
      expect((await verify(once, 'Ban Giám đốc')).verdict).toBe('valid');
    },
    LONG,
  );

  it(
    "puts the signer's widget over the signature block of the page that prints the signer's name",
    async () => {
      const prepared = await preparePdfSignature(rendered, { name: signerName, agency: TEST_AGENCY });
      // The sample plan's signature block is on page 3 of 4 (page 4 is the appendix).
      expect(prepared.page).toBe(2);
      const [x1, y1, x2, y2] = prepared.rect;
      expect(x1).toBeGreaterThan(250);
      expect(x2).toBeLessThan(595);
      expect(y2 - y1).toBeGreaterThan(50);
      const unknown = await preparePdfSignature(rendered, { name: 'Không Có Tên Này', agency: TEST_AGENCY });
      expect(unknown.page).toBe(3);
      // The fixed place: 200 × 70 pt, 57 pt from the right edge of A4, 72 pt above the bottom.
      for (const [i, v] of unknown.rect.entries())
        expect(v).toBeCloseTo([338.28, 72, 538.28, 142][i] as number, 1);
    },
    LONG,
  );
});

describe('verifyPdfSignatures: broken signatures are caught and named', () => {
  let signed: Uint8Array;
  beforeAll(async () => {
    signed = await signWith(pki.signer, rendered);
  }, LONG);

  const expectVerdict = async (
    pdf: Uint8Array,
    verdict: keyof typeof SIGNATURE_VERDICT_LABELS,
    org?: string,
  ) => {
    const result = await verify(pdf, org);
    expect(result.verdict).toBe(verdict);
    expect(result.label).toBe(SIGNATURE_VERDICT_LABELS[verdict]);
    return result;
  };

  it(
    'a byte changed after signing',
    async () => {
      const copy = signed.slice();
      const text = new TextDecoder('latin1').decode(copy);
      const at = text.indexOf('stream\n', 2000) + 40;
      copy[at] = (copy[at] as number) ^ 0x01;
      const r = await expectVerdict(copy, 'changed');
      expect(r.signatures[0]?.label).toBe('Đã bị sửa sau khi ký');
    },
    LONG,
  );

  it(
    'an incremental update that alters the page after signing',
    async () => {
      const doc = await PDFDocument.load(signed, { updateMetadata: false });
      const before = doc.context.largestObjectNumber;
      const page = doc.getPage(2);
      page.drawRectangle({ x: 60, y: 400, width: 300, height: 80, color: rgb(1, 1, 1) });
      const { bytes } = appendIncrementalUpdate(signed, doc, [
        ...newObjects(doc, before),
        { ref: page.ref, body: objectBytes(page.node) },
      ]);
      const r = await expectVerdict(bytes, 'changed');
      expect(r.signatures[0]?.detail).toMatch(/after the last signature/);
      // Signed again on top, the first signature still sees the altered page.
      const resigned = await signWith(pki.agency, bytes, 'agency');
      const again = await expectVerdict(resigned, 'changed');
      expect(again.signatures.map((s) => s.verdict)).toEqual(['changed', 'valid']);
      expect(again.signatures[0]?.detail).toMatch(/page 3 changed/);
    },
    LONG,
  );

  it(
    'a certificate from an untrusted CA',
    async () => {
      const r = await expectVerdict(await signWith(pki.untrusted, rendered), 'unknown_issuer');
      expect(r.signatures[0]?.label).toBe('Không rõ tổ chức cấp chứng thư');
    },
    LONG,
  );

  it(
    'an expired certificate',
    async () => {
      const r = await expectVerdict(await signWith(pki.expired, rendered), 'expired');
      expect(r.signatures[0]?.label).toBe('Chứng thư số hết hạn khi ký');
    },
    LONG,
  );

  it(
    "another agency's certificate",
    async () => {
      const other = await signWith(pki.otherAgency, rendered);
      const r = await expectVerdict(other, 'other_organisation');
      expect(r.signatures[0]?.signer?.organisation).toBe('Sở Giáo dục và Đào tạo tỉnh Quảng Trị');
      expect(r.signatures[0]?.label).toBe('Ký bởi cơ quan khác');
      // Without an expected organisation it is a valid signature.
      expect((await verifyPdfSignatures(other, { trustAnchors: trust })).verdict).toBe('valid');
    },
    LONG,
  );

  it(
    'a signature over part of the file',
    async () => {
      const prepared = await preparePdfSignature(rendered, { name: signerName, agency: TEST_AGENCY });
      const [, b, c, d] = prepared.byteRange;
      const short: [number, number, number, number] = [0, b, c, d - 300];
      const bytes = prepared.bytes;
      const text = new TextDecoder('latin1').decode(bytes);
      const at = text.lastIndexOf('/ByteRange [');
      const old = /\/ByteRange \[[^\]]*\]\s*/.exec(text.slice(at))?.[0] ?? '';
      const replacement = `/ByteRange [${short.join(' ')}]`.padEnd(old.length - 1, ' ');
      bytes.set(new TextEncoder().encode(replacement), at);
      const digest = new Uint8Array(
        await crypto.subtle.digest(
          'SHA-256',
          Buffer.concat([bytes.subarray(0, b), bytes.subarray(c, c + d - 300)]),
        ),
      );
      const cms = await buildDetachedCms(digest, {
        certificate: pki.signer.certPem,
        privateKey: pki.signer.keyPem,
        chain: [pki.agencyCa.certPem],
        signingTime: new Date(),
      });
      const r = await expectVerdict(embedSignature({ ...prepared, bytes, byteRange: short }, cms), 'partial');
      expect(r.signatures[0]?.label).toBe('Chữ ký chỉ bao một phần tệp');
    },
    LONG,
  );

  it(
    'a file that is not a PDF, and a PDF without signature',
    async () => {
      await expectVerdict(new TextEncoder().encode('PK\u0003\u0004 not a pdf at all'), 'not_pdf');
      const r = await expectVerdict(rendered, 'unsigned');
      expect(r.label).toBe('Chưa ký số');
      expect(r.signatures).toEqual([]);
    },
    LONG,
  );

  it(
    'a malformed signature (/Contents not a CMS)',
    async () => {
      const copy = signed.slice();
      const [, b] = (await verify(signed)).signatures[0]?.byteRange ?? [];
      copy.set(new TextEncoder().encode('DEADBEEF'.repeat(8)), (b as number) + 1);
      const r = await expectVerdict(copy, 'malformed');
      expect(r.signatures[0]?.label).toBe('Chữ ký hỏng, không đọc được');
    },
    LONG,
  );

  it(
    'a trust store read from a folder',
    async () => {
      const { loadTrustStore } = await import('./certificates.ts');
      const fs = await import('node:fs');
      const os = await import('node:os');
      const path = await import('node:path');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-trust-'));
      fs.writeFileSync(path.join(dir, 'root.pem'), pki.root.certPem);
      fs.writeFileSync(path.join(dir, 'other.der'), new Uint8Array(pki.untrustedRoot.cert.rawData));
      fs.writeFileSync(path.join(dir, 'README.txt'), 'not a certificate');
      const store = await loadTrustStore(dir);
      expect(store.map((c) => c.subject).sort()).toEqual(
        [pki.untrustedRoot.cert.subject, pki.root.cert.subject].sort(),
      );
      const r = await verifyPdfSignatures(await signWith(pki.untrusted, rendered), { trustAnchors: store });
      expect(r.verdict).toBe('valid');
      fs.rmSync(dir, { recursive: true });
    },
    LONG,
  );
});

const missing = pdfsigMissing();
// CI installs the tools and sets this: there a missing tool fails the run instead of skipping.
if (missing && process.env.SIGNATURE_TOOLS_REQUIRED === '1') throw new Error(missing);
if (missing) console.warn(missing);

describe.skipIf(missing !== undefined)('interoperability with Debian pdfsig (poppler + NSS)', () => {
  let db: NssDb;
  beforeAll(() => {
    db = makeNssDb([pki.root], { signer: { id: pki.signer, chain: [pki.agencyCa] } });
  }, LONG);

  it(
    "verifies tongket's PDF signed by pdfsig as valid, and pdfsig's signature stays valid under tongket's",
    async () => {
      const bySigner = pdfsigSign(db, 'signer', rendered);
      const r = await verify(bySigner);
      expect(r.verdict).toBe('valid');
      expect(r.signatures[0]?.signer?.commonName).toBe('Nguyễn Văn An');
      expect(r.signatures[0]?.subFilter).toBe('adbe.pkcs7.detached');
      // Released on top by tongket's agency signature: both valid for tongket and for pdfsig.
      const released = await signWith(pki.agency, bySigner, 'agency');
      expect((await verify(released)).signatures.map((s) => s.verdict)).toEqual(['valid', 'valid']);
      const ps = pdfsigVerify(db, released).signatures;
      expect(ps.map((s) => s.signatureValid)).toEqual([true, true]);
    },
    LONG,
  );

  it(
    "pdfsig verifies tongket's dev signatures, one and then two, with the chain trusted",
    async () => {
      const once = await signWith(pki.signer, rendered);
      const one = pdfsigVerify(db, once);
      expect(one.signatures, one.output).toHaveLength(1);
      expect(one.signatures[0]).toMatchObject({
        signerCommonName: 'Nguyễn Văn An',
        signatureValid: true,
        certificateTrusted: true,
        totalDocumentSigned: true,
      });
      const twice = await signWith(pki.agency, once, 'agency');
      const two = pdfsigVerify(db, twice);
      expect(two.signatures, two.output).toHaveLength(2);
      expect(two.signatures.map((s) => [s.signatureValid, s.certificateTrusted])).toEqual([
        [true, true],
        [true, true],
      ]);
      expect(two.signatures[1]?.totalDocumentSigned).toBe(true);
      expect(two.signatures[1]?.signerCommonName).toBe(TEST_AGENCY);
    },
    LONG,
  );

  it(
    'pdfsig also sees a byte changed after tongket signed',
    async () => {
      const once = await signWith(pki.signer, rendered);
      const text = new TextDecoder('latin1').decode(once);
      const copy = once.slice();
      const at = text.indexOf('stream\n', 2000) + 40;
      copy[at] = (copy[at] as number) ^ 0x01;
      expect(pdfsigVerify(db, copy).signatures[0]?.signatureValid).toBe(false);
    },
    LONG,
  );
});

import type { SignatureVerdict } from '@tongket/domain';
/**
 * Verification of the signatures of a PDF: for each /Sig dictionary, whether it covers the whole
 * file except its own /Contents, whether the digest matches, whether the signer's certificate chains
 * to the installation's trust store and was valid when signing, and whether the signer belongs to the
 * expected organisation. Each signature gets one verdict (the first failing check, in that order).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import {
  type CertificateInput,
  fromPkijs,
  nameField,
  type pkijs,
  readCertificates,
  sameOrganisation,
  sha256Fingerprint,
  toPkijs,
  type x509,
} from './certificates.ts';
import { digestOf, parseCms, verifyCmsSignature } from './cms.ts';
import { Names } from './incremental.ts';
import { SIGNATURE_VERDICT_LABELS } from './verdict-labels.ts';

/** The verdicts as the domain names them (signatures.ts), where their bilingual labels are too. */
export type { SignatureVerdict };
export { SIGNATURE_VERDICT_LABELS };

/** The order in which a failing signature decides the document's verdict. */
const SEVERITY: SignatureVerdict[] = [
  'malformed',
  'changed',
  'partial',
  'unknown_issuer',
  'expired',
  'other_organisation',
];

export interface SignerInfo {
  commonName?: string;
  organisation?: string;
  organisationalUnits: string[];
  /** Subject DN as a string. */
  subject: string;
  issuer: string;
  /** Certificate serial number, hex. */
  serialNumber: string;
  /** SHA-256 of the certificate, hex pairs separated by colons. */
  sha256Fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

export interface SignatureCheck {
  /** 0 for the earliest signature (by the end of its ByteRange). */
  index: number;
  verdict: SignatureVerdict;
  /** Vietnamese label of the verdict. */
  label: string;
  /** Why, in English, for logs. */
  detail: string;
  fieldName?: string;
  subFilter?: string;
  byteRange?: number[];
  /** The ByteRange reaches the end of the file. */
  coversWholeFile: boolean;
  signer?: SignerInfo;
  /** When the signer says it signed: the CMS signingTime, else the dictionary's /M, else the verification time. */
  signingTime?: Date;
  signingTimeSource?: 'cms' | 'pdf' | 'verification';
  name?: string;
  reason?: string;
  location?: string;
}

export interface PdfVerification {
  verdict: SignatureVerdict;
  label: string;
  signatures: SignatureCheck[];
}

export interface VerifyOptions {
  /** CA certificates the installation trusts (PEM texts, DER bytes or parsed). */
  trustAnchors: readonly CertificateInput[];
  /**
   * The organisation the signers must belong to (subject O or OU), compared without case and
   * diacritics; several names when the agency is known by more than one ("Sở Y tế", "Sở Y tế tỉnh Quảng Trị").
   */
  expectedOrganisation?: string | readonly string[];
  /** Verification time, used when a signature states no signing time. Default now. */
  at?: Date;
}

interface RawSignature {
  byteRange?: number[];
  contents?: Uint8Array;
  subFilter?: string;
  fieldName?: string;
  name?: string;
  reason?: string;
  location?: string;
  m?: Date;
}

const latin1 = new TextDecoder('latin1');
const LOAD = { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false } as const;

/** A text string; some signers (poppler) write UTF-8 bytes without a BOM, which is read as UTF-8 when it is valid. */
function text(obj: PDFObject | undefined): string | undefined {
  if (!(obj instanceof PDFString || obj instanceof PDFHexString)) return undefined;
  const bytes = obj.asBytes();
  const bom = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!bom && bytes.some((b) => b >= 0x80)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
    } catch {
      // PDFDocEncoding after all.
    }
  }
  return obj.decodeText().normalize('NFC');
}

function isPdf(bytes: Uint8Array): boolean {
  return latin1.decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Signature dictionaries as pdf-lib reads them (the latest definition of each object). */
function signaturesOf(doc: PDFDocument): RawSignature[] {
  const objects = doc.context.enumerateIndirectObjects();
  const fieldNames = new Map<number, string>();
  for (const [, obj] of objects) {
    if (!(obj instanceof PDFDict)) continue;
    const v = obj.get(Names.V);
    const t = text(obj.lookup(Names.T));
    if (v instanceof PDFRef && t) fieldNames.set(v.objectNumber, t);
  }
  const out: RawSignature[] = [];
  for (const [ref, obj] of objects) {
    if (!(obj instanceof PDFDict) || obj instanceof PDFStream === true) continue;
    const type = obj.get(Names.Type);
    if (type === PDFName.of('DocTimeStamp')) continue;
    const hasRange = obj.has(Names.ByteRange);
    if (type !== Names.Sig && !(hasRange && obj.has(Names.Contents) && obj.has(Names.Filter))) continue;
    const range = obj.lookup(Names.ByteRange);
    const contents = obj.lookup(Names.Contents);
    const sub = obj.lookup(Names.SubFilter);
    let m: Date | undefined;
    const mText = text(obj.lookup(Names.M));
    if (mText) {
      const d = /D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(mText);
      if (d) {
        const tz = !d[7] || d[7] === 'Z' ? 'Z' : `${d[7].slice(0, 3)}:${d[7].replace(/'/g, '').slice(3, 5)}`;
        m = new Date(`${d[1]}-${d[2]}-${d[3]}T${d[4]}:${d[5]}:${d[6]}${tz}`);
      }
    }
    out.push({
      byteRange:
        range instanceof PDFArray
          ? range.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : Number.NaN))
          : undefined,
      contents:
        contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : undefined,
      subFilter: sub instanceof PDFName ? sub.decodeText() : undefined,
      fieldName: fieldNames.get(ref.objectNumber),
      name: text(obj.lookup(Names.Name)),
      reason: text(obj.lookup(Names.Reason)),
      location: text(obj.lookup(PDFName.of('Location'))),
      m: m && !Number.isNaN(m.getTime()) ? m : undefined,
    });
  }
  return out;
}

/** When pdf-lib cannot read the file: every /ByteRange in the raw bytes, its /Contents being the gap. */
function signaturesByScan(pdf: Uint8Array): RawSignature[] {
  const src = latin1.decode(pdf);
  return [...src.matchAll(/\/ByteRange\s*\[([^\]]*)\]/g)].map((m) => ({
    byteRange: (m[1] ?? '').trim().split(/\s+/).map(Number),
    subFilter: /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(
      src.slice(Math.max(0, (m.index ?? 0) - 400), (m.index ?? 0) + 400),
    )?.[1],
  }));
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Whether `end` is the end of a revision: it follows "%%EOF" and at most an end-of-line. */
function isRevisionEnd(pdf: Uint8Array, end: number): boolean {
  let i = end;
  let eol = 0;
  while (i > 0 && eol < 2 && (pdf[i - 1] === 0x0a || pdf[i - 1] === 0x0d)) {
    i--;
    eol++;
  }
  return latin1.decode(pdf.subarray(Math.max(0, i - 5), i)) === '%%EOF';
}

function hexToBytes(hex: string): Uint8Array {
  const clean = hex.length % 2 ? `${hex}0` : hex;
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function serial(obj: PDFObject | undefined): string {
  return obj === undefined ? '' : obj.toString();
}

function isSignatureField(dict: PDFObject | undefined, doc: PDFDocument): boolean {
  if (!(dict instanceof PDFDict)) return false;
  if (dict.get(Names.FT) === Names.Sig) return true;
  const parent = dict.lookup(Names.Parent);
  return parent instanceof PDFDict && parent !== dict && isSignatureField(parent, doc);
}

function refsOf(arr: PDFObject | undefined): string[] {
  return arr instanceof PDFArray ? arr.asArray().map((v) => v.toString()) : [];
}

/** Entries of two dictionaries that differ, leaving out `allowed` keys. */
function differingKeys(a: PDFDict, b: PDFDict, allowed: readonly string[]): string[] {
  const keys = new Set([...a.keys(), ...b.keys()].map((k) => k.decodeText()));
  return [...keys].filter(
    (k) => !allowed.includes(k) && serial(a.get(PDFName.of(k))) !== serial(b.get(PDFName.of(k))),
  );
}

const FREE_TEXT = PDFName.of('FreeText');

/**
 * What the revisions after `end` changed beyond adding signatures and annotations, or undefined when
 * they only add signature fields (widgets on pages, fields in the form, their appearances and
 * signature dictionaries) and FreeText annotations (the release step's number and date) — what
 * DocMDP P=3 permits. Page dictionaries other than their /Annots, content streams and every other
 * existing object must be as signed.
 */
async function changesAfter(
  pdf: Uint8Array,
  end: number,
  full: PDFDocument,
  annotations = true,
): Promise<string | undefined> {
  const old = await PDFDocument.load(pdf.subarray(0, end), LOAD);
  const oldPages = old.getPages();
  const newPages = full.getPages();
  if (oldPages.length !== newPages.length) return 'pages added or removed after signing';
  const allowedModified = new Set<string>();
  for (const [i, np] of newPages.entries()) {
    const op = oldPages[i] as (typeof oldPages)[number];
    const diff = differingKeys(op.node, np.node, ['Annots']);
    if (diff.length) return `page ${i + 1} changed after signing (${diff.join(', ')})`;
    allowedModified.add(np.ref.toString());
    const annotsRef = np.node.get(Names.Annots);
    if (annotsRef instanceof PDFRef) allowedModified.add(annotsRef.toString());
    const before = refsOf(op.node.lookup(Names.Annots));
    const after = refsOf(np.node.lookup(Names.Annots));
    if (before.some((r) => !after.includes(r))) return `annotations removed from page ${i + 1} after signing`;
    for (const r of after.filter((x) => !before.includes(x))) {
      const annot = np.node.lookup(Names.Annots, PDFArray).lookup(after.indexOf(r));
      if (!(annot instanceof PDFDict))
        return `an annotation other than a signature was added to page ${i + 1} after signing`;
      // Annotations that sit over the page (the number and date of the release step, as FreeText)
      // are what DocMDP P=3 allows: the page's own content is untouched.
      if (annotations && annot.get(Names.Subtype) === FREE_TEXT) continue;
      if (annot.get(Names.Subtype) !== Names.Widget || !isSignatureField(annot, full))
        return `an annotation other than a signature or a FreeText was added to page ${i + 1} after signing`;
    }
  }
  const root = full.context.trailerInfo.Root;
  if (root) allowedModified.add(root.toString());
  const info = full.context.trailerInfo.Info;
  if (info) allowedModified.add(info.toString());
  const catDiff = differingKeys(old.catalog, full.catalog, ['AcroForm', 'Perms', 'DSS']);
  if (catDiff.length) return `document catalog changed after signing (${catDiff.join(', ')})`;
  const oldForm = old.catalog.lookup(Names.AcroForm);
  const newForm = full.catalog.lookup(Names.AcroForm);
  if (newForm instanceof PDFDict) {
    const formRef = full.catalog.get(Names.AcroForm);
    if (formRef instanceof PDFRef) allowedModified.add(formRef.toString());
    const fieldsRef = newForm.get(Names.Fields);
    if (fieldsRef instanceof PDFRef) allowedModified.add(fieldsRef.toString());
    if (oldForm instanceof PDFDict) {
      const formDiff = differingKeys(oldForm, newForm, ['Fields', 'SigFlags', 'DR', 'DA']);
      if (formDiff.length) return `form changed after signing (${formDiff.join(', ')})`;
    }
    const before = refsOf(oldForm instanceof PDFDict ? oldForm.lookup(Names.Fields) : undefined);
    const afterArr = newForm.lookup(Names.Fields);
    const after = refsOf(afterArr);
    if (before.some((r) => !after.includes(r))) return 'form fields removed after signing';
    for (const [i, r] of after.entries())
      if (!before.includes(r) && !isSignatureField((afterArr as PDFArray).lookup(i), full))
        return 'a form field other than a signature was added after signing';
  }
  const oldObjects = new Map(old.context.enumerateIndirectObjects().map(([r, o]) => [r.toString(), o]));
  for (const [ref, obj] of full.context.enumerateIndirectObjects()) {
    const before = oldObjects.get(ref.toString());
    if (before === undefined || allowedModified.has(ref.toString())) continue;
    if (serial(before) === serial(obj)) continue;
    if (obj instanceof PDFRawStream) {
      const type = obj.dict.get(Names.Type);
      if (type === PDFName.of('XRef') || type === PDFName.of('ObjStm')) continue;
    }
    return `object ${ref.toString()} changed after signing`;
  }
  return undefined;
}

/**
 * What the revisions after the first `end` bytes change beyond adding signatures (and, unless
 * `annotations` is false, FreeText annotations), or undefined when that is all they do. A signing
 * service checks with it that a signed copy only added a signature to the PDF it served.
 */
export async function changesAfterRevision(
  pdf: Uint8Array,
  end: number,
  opts: { annotations?: boolean } = {},
): Promise<string | undefined> {
  try {
    const full = await PDFDocument.load(pdf, LOAD);
    return await changesAfter(pdf, end, full, opts.annotations ?? true);
  } catch (err) {
    return `the file cannot be read: ${(err as Error).message}`;
  }
}

async function signerInfo(cert: x509.X509Certificate): Promise<SignerInfo> {
  return {
    commonName: nameField(cert.subjectName, 'CN')[0],
    organisation: nameField(cert.subjectName, 'O')[0],
    organisationalUnits: nameField(cert.subjectName, 'OU'),
    subject: cert.subject.normalize('NFC'),
    issuer: cert.issuer.normalize('NFC'),
    serialNumber: cert.serialNumber.toUpperCase(),
    sha256Fingerprint: await sha256Fingerprint(cert),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}

function isCa(cert: pkijs.Certificate): boolean {
  const bc = cert.extensions?.find((e) => e.extnID === '2.5.29.19')?.parsedValue as
    | { cA?: boolean }
    | undefined;
  return bc?.cA === true;
}

const sameCert = (a: pkijs.Certificate, b: pkijs.Certificate) =>
  a.issuer.isEqual(b.issuer) && a.serialNumber.isEqual(b.serialNumber) && a.subject.isEqual(b.subject);

/** The path from the signer to a trust anchor (anchor last), through CA certificates of the pool, or undefined. */
async function chainToAnchor(
  signer: pkijs.Certificate,
  pool: readonly pkijs.Certificate[],
  anchors: readonly pkijs.Certificate[],
): Promise<pkijs.Certificate[] | undefined> {
  const path = [signer];
  let current = signer;
  for (let depth = 0; depth < 8; depth++) {
    if (anchors.some((a) => sameCert(a, current))) return path;
    for (const a of anchors)
      if (a.subject.isEqual(current.issuer) && (await current.verify(a).catch(() => false)))
        return [...path, a];
    let next: pkijs.Certificate | undefined;
    for (const c of pool) {
      if (path.some((p) => sameCert(p, c)) || !isCa(c) || !c.subject.isEqual(current.issuer)) continue;
      if (await current.verify(c).catch(() => false)) {
        next = c;
        break;
      }
    }
    if (!next) return undefined;
    path.push(next);
    current = next;
  }
  return undefined;
}

/**
 * Verifies every signature of a PDF. The document's verdict is `valid` when all signatures are,
 * `not_pdf` / `unsigned` for files without any, else the most serious failing signature's verdict.
 */
export async function verifyPdfSignatures(pdf: Uint8Array, opts: VerifyOptions): Promise<PdfVerification> {
  const overall = (verdict: SignatureVerdict, signatures: SignatureCheck[] = []): PdfVerification => ({
    verdict,
    label: SIGNATURE_VERDICT_LABELS[verdict],
    signatures,
  });
  if (!isPdf(pdf)) return overall('not_pdf');
  let doc: PDFDocument | undefined;
  let raws: RawSignature[];
  try {
    doc = await PDFDocument.load(pdf, LOAD);
    raws = signaturesOf(doc);
  } catch {
    raws = signaturesByScan(pdf);
  }
  if (raws.length === 0) return overall('unsigned');
  const anchors = readCertificates(opts.trustAnchors).map(toPkijs);
  const end = (r: RawSignature) => {
    const br = r.byteRange ?? [];
    return (br[2] ?? 0) + (br[3] ?? 0);
  };
  raws.sort((a, b) => end(a) - end(b));
  const lastEnd = Math.max(...raws.map(end));
  const checks: SignatureCheck[] = [];
  for (const [index, raw] of raws.entries()) {
    const check: SignatureCheck = {
      index,
      verdict: 'valid',
      label: '',
      detail: '',
      fieldName: raw.fieldName,
      subFilter: raw.subFilter,
      byteRange: raw.byteRange,
      coversWholeFile: false,
      name: raw.name,
      reason: raw.reason,
      location: raw.location,
    };
    checks.push(check);
    const fail = (verdict: SignatureVerdict, detail: string) => {
      check.verdict = verdict;
      check.detail = detail;
    };
    const judge = async (): Promise<void> => {
      const br = raw.byteRange;
      if (br?.length !== 4 || br.some((v) => !Number.isInteger(v) || v < 0))
        return fail('malformed', 'ByteRange missing or not four non-negative integers');
      const [a, b, c, d] = br as [number, number, number, number];
      if (c + d > pdf.length || b > c) return fail('malformed', 'ByteRange outside the file');
      check.coversWholeFile = a === 0 && c + d === pdf.length;
      if (a !== 0) return fail('partial', 'ByteRange does not start at the beginning of the file');
      // The one gap must be exactly this signature's /Contents hex string, delimiters included.
      const gapOk = pdf[b] === 0x3c && pdf[c - 1] === 0x3e && pdf.subarray(b + 1, c - 1).every(isHexDigit);
      if (!gapOk) return fail('partial', 'the gap of the ByteRange is not just the signature /Contents');
      const gapBytes = hexToBytes(latin1.decode(pdf.subarray(b + 1, c - 1)));
      const contents = raw.contents ?? gapBytes;
      if (raw.contents && latin1.decode(raw.contents) !== latin1.decode(gapBytes))
        return fail('partial', 'the gap of the ByteRange is another string than this signature /Contents');
      const e = c + d;
      const later = e < pdf.length;
      if (later && !isRevisionEnd(pdf, e))
        return fail('partial', 'the signature covers only part of the file');
      if (raw.subFilter && !['adbe.pkcs7.detached', 'ETSI.CAdES.detached'].includes(raw.subFilter))
        return fail('malformed', `unsupported SubFilter ${raw.subFilter}`);
      let cms: ReturnType<typeof parseCms>;
      try {
        cms = parseCms(contents);
      } catch (err) {
        return fail('malformed', `signature is not a CMS SignedData: ${(err as Error).message}`);
      }
      if (cms.signingTime) {
        check.signingTime = cms.signingTime;
        check.signingTimeSource = 'cms';
      } else if (raw.m) {
        check.signingTime = raw.m;
        check.signingTimeSource = 'pdf';
      } else {
        check.signingTime = opts.at ?? new Date();
        check.signingTimeSource = 'verification';
      }
      if (cms.signerCertificate) check.signer = await signerInfo(fromPkijs(cms.signerCertificate));
      if (!cms.messageDigest) return fail('malformed', 'the CMS has no messageDigest');
      const signed = [pdf.subarray(0, b), pdf.subarray(c, e)];
      const digest = await digestOf(cms.digestAlgorithm, signed);
      if (latin1.decode(digest) !== latin1.decode(cms.messageDigest))
        return fail('changed', 'the digest of the signed bytes does not match messageDigest');
      if (!cms.signerCertificate) return fail('malformed', 'the signer certificate is not in the CMS');
      const joined = new Uint8Array(b + (e - c));
      joined.set(signed[0] as Uint8Array, 0);
      joined.set(signed[1] as Uint8Array, b);
      if (!(await verifyCmsSignature(cms, joined)))
        return fail('changed', 'the signature value does not verify');
      if (later) {
        if (e === lastEnd)
          return fail('changed', 'bytes were added after the last signature (incremental update)');
        if (!doc) return fail('changed', 'the file was updated after signing and cannot be read');
        const why = await changesAfter(pdf, e, doc).catch(
          (err: Error) => `later revision unreadable: ${err.message}`,
        );
        if (why) return fail('changed', why);
      }
      const path = await chainToAnchor(cms.signerCertificate, cms.certificates, anchors);
      if (!path) return fail('unknown_issuer', 'the certificate does not chain to a trusted CA');
      const at = check.signingTime as Date;
      for (const cert of path)
        if (at < cert.notBefore.value || at > cert.notAfter.value)
          return fail('expired', `a certificate of the chain was not valid at ${at.toISOString()}`);
      const expected =
        typeof opts.expectedOrganisation === 'string'
          ? [opts.expectedOrganisation]
          : (opts.expectedOrganisation ?? []);
      if (expected.length > 0) {
        const names = [check.signer?.organisation, ...(check.signer?.organisationalUnits ?? [])].filter(
          (x): x is string => !!x,
        );
        if (!names.some((n) => expected.some((e) => sameOrganisation(n, e))))
          return fail('other_organisation', `signed by ${names.join(' / ') || 'no organisation'}`);
      }
      if (later) check.detail = 'valid; later revisions only add signatures and annotations';
    };
    await judge();
    check.label = SIGNATURE_VERDICT_LABELS[check.verdict];
  }
  const worst = SEVERITY.find((v) => checks.some((c) => c.verdict === v));
  return overall(worst ?? 'valid', checks);
}

/**
 * Adding a signature to a PDF. The PDF side (a signature field with its widget and appearance, the
 * signature dictionary with a ByteRange placeholder, written as an incremental update) is done here
 * for every signer; what produces the CMS is behind `PdfSigner`: a signing program on the signer's
 * computer, a remote-signing service, a browser extension — or, for development and tests only, the
 * local-certificate signer below.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import {
  drawAppearance,
  fallbackRect,
  locateSignatureBlock,
  type Rect,
  type SignatureAppearance,
  sealRectOver,
} from './appearance.ts';
import { type CertificateInput, nameField, readCertificates } from './certificates.ts';
import { buildDetachedCms, digestOf } from './cms.ts';
import {
  appendIncrementalUpdate,
  asciiBytes,
  declaredSize,
  Names,
  newObjects,
  objectBytes,
} from './incremental.ts';

/** What a signature says about itself, and how it shows. */
export interface SignatureRequest {
  /** The signer's name (/Name, and the text of the visible signature). */
  name: string;
  reason?: string;
  location?: string;
  /** Default: now. */
  signingTime?: Date;
  /** The visible signature; `false` for an invisible one. Default: a visible one, role 'signer'. */
  appearance?: SignatureAppearance | false;
}

/**
 * Anything that turns a PDF into the same PDF with one more signature: a local signing program the
 * page talks to (it fetches the PDF and posts the signed one back), a remote-signing service (it gets
 * `prepared.digest` and returns a CMS for `embedSignature`), a browser extension, the dev signer.
 */
export interface PdfSigner {
  /** Which kind of signer this is, for the record ("local-program", "remote-service", "development"…). */
  readonly kind: string;
  sign(pdf: Uint8Array, request: SignatureRequest): Promise<Uint8Array>;
}

/** A PDF with an empty signature, ready for a CMS over `digest`. */
export interface PreparedSignature {
  /** The whole file, /Contents still zeros. */
  bytes: Uint8Array;
  byteRange: [number, number, number, number];
  /** SHA-256 of the ByteRange bytes: what the CMS's messageDigest must hold. */
  digest: Uint8Array;
  /** Room for the DER CMS, in bytes. */
  contentsCapacity: number;
  /** Where the widget went. */
  page: number;
  rect: Rect;
}

/** Default room for the CMS: enough for a signer certificate, two CA certificates and a timestamp. */
export const DEFAULT_CONTENTS_BYTES = 16384;

const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]';

function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

function textString(text: string): PDFHexString {
  return PDFHexString.fromText(text.normalize('NFC'));
}

/** The most recent signed signature widget on the first of `pages` that has one (the signer's, when the văn thư signs). */
function lastSignatureWidget(
  doc: PDFDocument,
  pages: readonly number[],
): { page: number; rect: Rect } | undefined {
  for (const pageIndex of pages) {
    const annots = doc.getPage(pageIndex).node.Annots();
    let found: Rect | undefined;
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots?.lookup(i);
      if (!(annot instanceof PDFDict) || annot.get(Names.Subtype) !== Names.Widget) continue;
      if (annot.get(Names.FT) !== Names.Sig || !annot.get(Names.V)) continue;
      const rect = annot.lookup(Names.Rect);
      if (rect instanceof PDFArray && rect.size() === 4) {
        const n = rect.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : 0)) as Rect;
        if (n[2] - n[0] > 1 && n[3] - n[1] > 1) found = n;
      }
    }
    if (found) return { page: pageIndex, rect: found };
  }
  return undefined;
}

/**
 * Adds a signature field (a widget on `appearance.page`, in /AcroForm, /SigFlags 3) with its
 * appearance and an empty adbe.pkcs7.detached signature, as an incremental update.
 */
export async function preparePdfSignature(
  pdf: Uint8Array,
  request: SignatureRequest & {
    agency?: string;
    contentsBytes?: number;
    subFilter?: 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached';
  },
): Promise<PreparedSignature> {
  if (!isPdf(pdf)) throw new Error('Not a PDF');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (doc.isEncrypted) throw new Error('Cannot sign an encrypted PDF');
  const ctx = doc.context;
  ctx.largestObjectNumber = Math.max(ctx.largestObjectNumber, declaredSize(pdf) - 1);
  const before = ctx.largestObjectNumber;
  const signingTime = request.signingTime ?? new Date();
  const look = request.appearance === false ? undefined : (request.appearance ?? {});
  const role = look?.role ?? 'signer';
  const count = doc.getPageCount();
  const searched =
    look?.page !== undefined ? [look.page] : Array.from({ length: count }, (_, i) => count - 1 - i);
  let pageIndex = searched[0] as number;
  let rect: Rect = [0, 0, 0, 0];
  if (look?.rect) rect = look.rect;
  else if (look) {
    const widget = role === 'agency' ? lastSignatureWidget(doc, searched) : undefined;
    const block = widget ?? (await locateSignatureBlock(pdf, searched, look.anchorText ?? request.name));
    if (block) pageIndex = block.page;
    const place = block?.rect ?? fallbackRect(doc.getPage(pageIndex).getWidth());
    rect = role === 'agency' ? sealRectOver(place, look.sealSizePt ?? 100) : place;
  }
  if (pageIndex < 0 || pageIndex >= count) throw new Error(`No page ${pageIndex + 1} in the PDF`);
  const page = doc.getPage(pageIndex);

  const sigRef = ctx.nextRef();
  const changed = new Map<number, PDFRef>();
  const widget = ctx.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    F: 132, // Print, Locked
    Rect: rect,
    P: page.ref,
    V: sigRef,
  });
  // A field name unique in the form: Signature1, Signature2…
  const form = doc.catalog.lookup(Names.AcroForm);
  const existing = form instanceof PDFDict ? form.lookup(Names.Fields) : undefined;
  const names = new Set<string>();
  for (let i = 0; i < (existing instanceof PDFArray ? existing.size() : 0); i++) {
    const f = (existing as PDFArray).lookup(i);
    const t = f instanceof PDFDict ? f.lookup(Names.T) : undefined;
    if (t instanceof PDFString || t instanceof PDFHexString) names.add(t.decodeText());
  }
  let n = names.size + 1;
  while (names.has(`Signature${n}`)) n++;
  widget.set(Names.T, PDFString.of(`Signature${n}`));
  if (look) {
    const ap = await drawAppearance(doc, rect, {
      role,
      image: look.image,
      signerName: request.name,
      agency: look.agency ?? request.agency ?? '',
      signingTime,
    });
    widget.set(PDFName.of('AP'), ctx.obj({ N: ap }));
  }
  const widgetRef = ctx.register(widget);

  // The page's /Annots and the form's /Fields get the widget; whichever object holds them is rewritten.
  const annotsRaw = page.node.get(Names.Annots);
  if (annotsRaw instanceof PDFRef) {
    const arr = ctx.lookup(annotsRaw, PDFArray);
    arr.push(widgetRef);
    changed.set(annotsRaw.objectNumber, annotsRaw);
  } else {
    const arr = annotsRaw instanceof PDFArray ? annotsRaw : ctx.obj([]);
    arr.push(widgetRef);
    page.node.set(Names.Annots, arr);
    changed.set(page.ref.objectNumber, page.ref);
  }
  const formRaw = doc.catalog.get(Names.AcroForm);
  const root = ctx.trailerInfo.Root as PDFRef;
  let formDict: PDFDict;
  if (formRaw instanceof PDFRef) {
    formDict = ctx.lookup(formRaw, PDFDict);
    changed.set(formRaw.objectNumber, formRaw);
  } else {
    formDict = formRaw instanceof PDFDict ? formRaw : ctx.obj({});
    doc.catalog.set(Names.AcroForm, formDict);
    changed.set(root.objectNumber, root);
  }
  const fieldsRaw = formDict.get(Names.Fields);
  if (fieldsRaw instanceof PDFRef) {
    ctx.lookup(fieldsRaw, PDFArray).push(widgetRef);
    changed.set(fieldsRaw.objectNumber, fieldsRaw);
  } else {
    const arr = fieldsRaw instanceof PDFArray ? fieldsRaw : ctx.obj([]);
    arr.push(widgetRef);
    formDict.set(Names.Fields, arr);
  }
  formDict.set(Names.SigFlags, PDFNumber.of(3));
  await doc.flush();

  const contentsBytes = request.contentsBytes ?? DEFAULT_CONTENTS_BYTES;
  const str = (key: string, value: string | undefined) =>
    value ? ` /${key} ${textString(value).toString()}` : '';
  const sigBody =
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /${request.subFilter ?? 'adbe.pkcs7.detached'}\n` +
    `${BYTE_RANGE_PLACEHOLDER}\n/Contents <${'0'.repeat(contentsBytes * 2)}>\n` +
    `/M ${PDFString.fromDate(signingTime).toString()}${str('Name', request.name)}${str('Reason', request.reason)}${str('Location', request.location)} >>`;
  const entries = [
    ...newObjects(doc, before, new Set([sigRef.objectNumber])),
    ...[...changed.values()]
      .filter((r) => r.objectNumber <= before)
      .map((ref) => ({ ref, body: objectBytes(ctx.lookup(ref) as PDFDict) })),
    { ref: sigRef, body: asciiBytes(sigBody) },
  ];
  const { bytes, bodyOffsets } = appendIncrementalUpdate(pdf, doc, entries);
  const sigAt = bodyOffsets.get(sigRef.objectNumber) as number;
  const byteRangeAt = sigAt + sigBody.indexOf(BYTE_RANGE_PLACEHOLDER);
  const contentsStart = sigAt + sigBody.indexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = contentsStart + contentsBytes * 2 + 2;
  const byteRange: [number, number, number, number] = [
    0,
    contentsStart,
    contentsEnd,
    bytes.length - contentsEnd,
  ];
  const rangeText = `/ByteRange [${byteRange.join(' ')}]`;
  bytes.set(asciiBytes(rangeText.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ')), byteRangeAt);
  const digest = await digestOf('SHA-256', [bytes.subarray(0, contentsStart), bytes.subarray(contentsEnd)]);
  return { bytes, byteRange, digest, contentsCapacity: contentsBytes, page: pageIndex, rect };
}

/** Puts a DER CMS into a prepared signature's /Contents. */
export function embedSignature(prepared: PreparedSignature, cms: Uint8Array): Uint8Array {
  if (cms.length > prepared.contentsCapacity)
    throw new Error(
      `The signature (${cms.length} bytes) does not fit in /Contents (${prepared.contentsCapacity})`,
    );
  const out = prepared.bytes.slice();
  const hex = [...cms].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  out.set(asciiBytes(hex), prepared.byteRange[1] + 1);
  return out;
}

export interface LocalCertificateOptions extends SignatureRequest {
  certificate: CertificateInput;
  /** CryptoKey, or PKCS#8 PEM text / DER bytes. */
  privateKey: CryptoKey | string | Uint8Array;
  /** Intermediate (and root) certificates carried in the CMS. */
  chain?: readonly CertificateInput[];
}

export class DevSignerDisabledError extends Error {
  constructor() {
    super(
      'The development signer is disabled: it signs with a key held by this process, which production never does. Set TONGKET_DEV_SIGNER=1 (and not NODE_ENV=production) to use it in development or tests.',
    );
    this.name = 'DevSignerDisabledError';
  }
}

/** Whether the development signer may run: TONGKET_DEV_SIGNER=1 and not NODE_ENV=production. */
export function devSignerEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.TONGKET_DEV_SIGNER === '1' && env.NODE_ENV !== 'production';
}

/**
 * DEVELOPMENT AND TESTS ONLY. Signs with a certificate and private key held by this process
 * (adbe.pkcs7.detached, CMS by pkijs, SHA-256), as an incremental update: a second signature (the
 * release step) can follow and both stay valid. Refuses unless `devSignerEnabled()`.
 */
export async function signPdfWithLocalCertificate(
  pdf: Uint8Array,
  o: LocalCertificateOptions,
): Promise<Uint8Array> {
  if (!devSignerEnabled()) throw new DevSignerDisabledError();
  const [cert] = readCertificates([o.certificate]);
  if (!cert) throw new Error('No signer certificate');
  const signingTime = o.signingTime ?? new Date();
  const prepared = await preparePdfSignature(pdf, {
    ...o,
    signingTime,
    agency: nameField(cert.subjectName, 'O')[0],
  });
  const cms = await buildDetachedCms(prepared.digest, {
    certificate: cert,
    privateKey: o.privateKey,
    chain: o.chain,
    signingTime,
  });
  return embedSignature(prepared, cms);
}

/**
 * The caller-facing factory of the development signer. Throws DevSignerDisabledError unless
 * TONGKET_DEV_SIGNER=1 (never in production), so a misconfigured server fails at start-up.
 */
export function createDevSigner(
  key: Pick<LocalCertificateOptions, 'certificate' | 'privateKey' | 'chain'>,
  env: Record<string, string | undefined> = process.env,
): PdfSigner {
  if (!devSignerEnabled(env)) throw new DevSignerDisabledError();
  return {
    kind: 'development',
    sign: (pdf, request) => signPdfWithLocalCertificate(pdf, { ...request, ...key }),
  };
}

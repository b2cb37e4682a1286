/**
 * The visible signature (Decree 30/2020/NĐ-CP, Appendix I, for electronic documents):
 * - the signer's step (người có thẩm quyền): at the place the person signs on paper — the gap between
 *   the signing title and the printed name — the image of the signature (blue, transparent PNG) with
 *   the signer's name, agency and time of signing;
 * - the release step (văn thư, the agency's signature): the image of the agency's seal (red, true
 *   size, transparent PNG) laid over about the left third of the signer's signature, with the agency's
 *   name and the time of signing (date, hour:minute:second, Vietnam time zone, ISO 8601).
 * When the signature block cannot be found, the widget goes to a fixed place on the last page (see
 * FALLBACK below). Text is set in Tinos (covers Vietnamese), embedded as a subset.
 */
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { Content } from 'pdfmake/interfaces';
import { PDF_FONT_FAMILY, renderPdfDefinition, tinosTextWidth } from '../render-pdf.ts';

export type SignatureRole = 'signer' | 'agency';
/** A rectangle in PDF points: lower-left x, y, upper-right x, y. */
export type Rect = [number, number, number, number];

export interface SignatureAppearance {
  /** 'signer' (the person with authority) or 'agency' (the văn thư's release signature with the seal). Default 'signer'. */
  role?: SignatureRole;
  /** The signature image (role signer) or the seal image (role agency): PNG or JPEG bytes. */
  image?: Uint8Array;
  /** The agency's name as shown; default the certificate's O. */
  agency?: string;
  /** Page index from 0; default the last page. */
  page?: number;
  /** Where the widget goes; default: located from the signature block, else the fixed place. */
  rect?: Rect;
  /** Text printed in the signature block under the gap (the signer's printed name); default the signer name. */
  anchorText?: string;
  /** The seal's diameter in points (role agency); default 100 pt ≈ 35 mm. */
  sealSizePt?: number;
}

/** Where the widget goes when the signature block is not found: the last page, right column, above the bottom margin. */
export const FALLBACK = { widthPt: 200, heightPt: 70, rightPt: 57, bottomPt: 72 } as const;

/** Vietnam time (UTC+7) in ISO 8601 with its offset: 2020-06-08T10:00:00+07:00. */
export function vietnamIsoTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}

interface TextLine {
  x: number;
  y: number;
  size: number;
  width: number;
  text: string;
}

/** Text lines of one page (pdfjs), items on one baseline joined. */
async function pageLines(pdf: Uint8Array, pageIndex: number): Promise<TextLine[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // A copy as a plain Uint8Array: pdf.js takes over the buffer and refuses a Node Buffer.
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    verbosity: 0,
    disableFontFace: true,
  });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(pageIndex + 1);
    const content = await page.getTextContent();
    const lines: TextLine[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const [a, b, , , e, f] = it.transform as number[];
      const size = Math.hypot(a ?? 0, b ?? 0) || it.height;
      const x = e ?? 0;
      const y = f ?? 0;
      const line = lines.find((l) => Math.abs(l.y - y) <= Math.max(2, 0.25 * size));
      if (line) {
        const left = Math.min(line.x, x);
        const right = Math.max(line.x + line.width, x + it.width);
        line.text = line.x <= x ? `${line.text} ${it.str}` : `${it.str} ${line.text}`;
        line.x = left;
        line.width = right - left;
      } else lines.push({ x, y, size, width: it.width, text: it.str });
    }
    return lines;
  } finally {
    await task.destroy();
  }
}

const squash = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * The gap of the signature block above the line that prints `anchorText` (the signer's name): the
 * page and rectangle a signature image goes in. Pages are searched from `pages` in order (by
 * default the last page first); undefined when the text is on none of them.
 */
export async function locateSignatureBlock(
  pdf: Uint8Array,
  pages: readonly number[],
  anchorText: string,
  width = 200,
  height = 62,
): Promise<{ page: number; rect: Rect } | undefined> {
  const wanted = squash(anchorText);
  if (wanted === '') return undefined;
  for (const page of pages) {
    const lines = await pageLines(pdf, page);
    // The name of the signature block is the lowest match (the same name may appear in the text).
    const line = lines.filter((l) => squash(l.text).includes(wanted)).sort((a, b) => a.y - b.y)[0];
    if (!line) continue;
    const cx = line.x + line.width / 2;
    const bottom = line.y + line.size + 1;
    return { page, rect: [cx - width / 2, bottom, cx + width / 2, bottom + height] };
  }
  return undefined;
}

function fit(line: string, size: number, maxWidth: number, bold = false): number {
  let s = size;
  while (s > 4.5 && tinosTextWidth(line, s, { bold }) > maxWidth) s -= 0.25;
  return s;
}

const dataUrl = (bytes: Uint8Array) =>
  `data:image/${bytes[0] === 0x89 && bytes[1] === 0x50 ? 'png' : 'jpeg'};base64,${Buffer.from(bytes).toString('base64')}`;

/**
 * Draws the appearance of a signature as a one-page PDF the size of `rect`, laid out by the same
 * pdfmake/Tinos machinery as the documents (a subset of Tinos covers Vietnamese), and embeds that
 * page into `doc` as a form XObject: the widget's normal appearance. Written at flush.
 */
export async function drawAppearance(
  doc: PDFDocument,
  rect: Rect,
  o: { role: SignatureRole; image?: Uint8Array; signerName: string; agency: string; signingTime: Date },
): Promise<PDFRef> {
  const w = rect[2] - rect[0];
  const h = rect[3] - rect[1];
  const time = `Thời gian ký: ${vietnamIsoTime(o.signingTime)}`;
  const content: Content[] = [];
  if (o.role === 'signer') {
    // The signature image on the left half; the signer, agency and time on the right, in blue.
    const textX = o.image ? w * 0.5 : 3;
    const maxW = w - textX - 2;
    if (o.image)
      content.push({ image: dataUrl(o.image), fit: [w * 0.48, h - 4], absolutePosition: { x: 1, y: 2 } });
    const size = 6.5;
    content.push({
      stack: [
        { text: [{ text: 'Ký bởi: ' }, { text: o.signerName, bold: true }] },
        { text: `Cơ quan: ${o.agency}` },
        { text: 'Thời gian ký:' },
        { text: vietnamIsoTime(o.signingTime) },
      ],
      fontSize: size,
      lineHeight: 1.05,
      color: '#0B3A9E',
      width: maxW,
      absolutePosition: { x: textX, y: 6 },
    } as Content);
  } else {
    // The seal fills the square at the top; the agency and time, in red, in the band under it.
    const band = 18;
    const side = Math.min(w, h - band);
    if (o.image)
      content.push({
        image: dataUrl(o.image),
        fit: [side, side],
        absolutePosition: { x: (w - side) / 2, y: 0 },
      });
    const size = Math.min(fit(o.agency, 6.5, w - 2), fit(time, 6.5, w - 2));
    content.push({
      stack: [o.agency, time].map((text) => ({ text, fontSize: size, alignment: 'center' as const })),
      color: '#B3261E',
      absolutePosition: { x: 0, y: h - band + 1 },
    });
  }
  const stamp = await renderPdfDefinition({
    pageSize: { width: w, height: h },
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: PDF_FONT_FAMILY },
    content,
  });
  const [page] = await doc.embedPdf(new Uint8Array(stamp));
  if (!page) throw new Error('Signature appearance: nothing drawn');
  return page.ref;
}

/** The seal's rectangle: a square laid over about the left third of the signer's widget, with the text band under it. */
export function sealRectOver(signerRect: Rect, sealSizePt: number): Rect {
  const [x1, y1, x2, y2] = signerRect;
  const right = x1 + (x2 - x1) / 3;
  const cy = (y1 + y2) / 2;
  return [right - sealSizePt, cy - sealSizePt / 2 - 18, right, cy + sealSizePt / 2];
}

export function fallbackRect(pageWidth: number): Rect {
  const x2 = pageWidth - FALLBACK.rightPt;
  return [x2 - FALLBACK.widthPt, FALLBACK.bottomPt, x2, FALLBACK.bottomPt + FALLBACK.heightPt];
}

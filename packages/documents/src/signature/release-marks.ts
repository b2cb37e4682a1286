/**
 * The release step (Decree 30/2020/NĐ-CP art. 15–16): the records office puts the number and the
 * date on a document the person with authority has already signed. The signed bytes stay as they
 * are; an incremental update adds FreeText annotations with their appearance streams — on the first
 * page the number in the blank of "Số:      /KH-UBND" and the day and month in the blanks of
 * "ngày      tháng      năm 2026"; on any page, the number and the date in the references to the
 * document heading an appendix ("Kèm theo Quyết định số      /QĐ-UBND ngày      /      /2026"). The
 * blanks are found with pdfjs. Verification accepts a later revision that only adds such
 * annotations (as DocMDP P=3 would), so the signer's signature stays valid; the văn thư's signature
 * then covers the whole file, marks included.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef, PDFString } from 'pdf-lib';
import { appendIncrementalUpdate, declaredSize, Names, newObjects, objectBytes } from './incremental.ts';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The text items of every page as pdfjs reads them (empty items dropped), page by page. */
export async function pagesTextItems(pdf: Uint8Array): Promise<TextItem[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // A plain Uint8Array copy: pdfjs refuses a Buffer and takes over what it is given.
    data: Uint8Array.from(pdf),
    isEvalSupported: false,
    verbosity: 0,
    disableFontFace: true,
  });
  try {
    const doc = await task.promise;
    const pages: TextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({
          str: it.str.normalize('NFC'),
          x: e ?? 0,
          y: f ?? 0,
          width: it.width,
          size: Math.hypot(a ?? 0, b ?? 0) || it.height,
        });
      }
      pages.push(items);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** A blank of the header: the space between two printed words on one baseline. */
export interface Blank {
  /** Left and right ends of the gap, and the baseline, in points. */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface HeaderBlanks {
  number?: Blank;
  day?: Blank;
  month?: Blank;
  /** The year printed after "năm". */
  year?: number;
  /**
   * Blanks of references to this document's number elsewhere on the page: "(Kèm Kế hoạch số
   * /KH-UBND của …)" heading an appendix.
   */
  references: Blank[];
  /**
   * Blanks of the dates of such references: "ngày      /      /2026" — the day before the first "/",
   * the month before the second, and the year printed after it.
   */
  referenceDates: { day: Blank; month: Blank; year: number }[];
}

const sameLine = (a: TextItem, b: TextItem) => Math.abs(a.y - b.y) <= Math.max(1.5, 0.2 * a.size);

/**
 * Where the number and the date go on a page: the gap after "Số:" up to the "/" of the notation,
 * the gap after "ngày" up to "tháng", and after "tháng" up to "năm". A blank is missing when its
 * words are not found (or the document already has a number or date there).
 */
export async function locateHeaderBlanks(pdf: Uint8Array, pageIndex = 0): Promise<HeaderBlanks> {
  const pages = await pagesTextItems(pdf);
  return blanksOfPage(pages[pageIndex] ?? []);
}

function blanksOfPage(pageItems: readonly TextItem[]): HeaderBlanks {
  const items = pageItems.filter((i) => i.str.trim() !== '');
  // Each word with where it starts and ends: items split at spaces, widths shared out by characters.
  const words: TextItem[] = [];
  for (const it of items) {
    const perChar = it.str.length ? it.width / it.str.length : 0;
    for (const m of it.str.matchAll(/\S+/g)) {
      words.push({
        str: m[0],
        x: it.x + (m.index ?? 0) * perChar,
        y: it.y,
        width: m[0].length * perChar,
        size: it.size,
      });
    }
  }
  const after = (word: TextItem) =>
    words
      .filter((w) => w !== word && sameLine(w, word) && w.x >= word.x + word.width - 0.5)
      .sort((a, b) => a.x - b.x)[0];
  const gap = (left: TextItem, right: TextItem | undefined): Blank | undefined =>
    right && right.x - (left.x + left.width) > left.size * 0.8
      ? { x0: left.x + left.width, x1: right.x, y: left.y, size: left.size }
      : undefined;
  const out: HeaderBlanks = { references: [], referenceDates: [] };
  const so = words.find((w) => w.str === 'Số:');
  if (so) {
    const next = after(so);
    if (next?.str.startsWith('/')) out.number = gap(so, next);
  }
  for (const w of words.filter((x) => x.str === 'số')) {
    const next = after(w);
    const blank = next?.str.startsWith('/') ? gap(w, next) : undefined;
    if (blank) out.references.push(blank);
  }
  // A reference's date left blank: "ngày", a gap, "/", a gap, "/2026" (a filled "ngày 08/6/2026" has no gaps).
  for (const w of words.filter((x) => x.str === 'ngày')) {
    const slash = after(w);
    const yearWord = slash?.str === '/' ? after(slash) : undefined;
    const y = yearWord && /^\/(\d{4})\b/.exec(yearWord.str)?.[1];
    if (!slash || !yearWord || !y) continue;
    const day = gap(w, slash);
    const month = gap(slash, yearWord);
    if (day && month) out.referenceDates.push({ day, month, year: Number(y) });
  }
  const ngay = words.find((w) => w.str === 'ngày' && after(w)?.str === 'tháng');
  if (ngay) {
    const thang = after(ngay) as TextItem;
    out.day = gap(ngay, thang);
    const nam = after(thang);
    if (nam?.str === 'năm') {
      out.month = gap(thang, nam);
      const year = after(nam);
      if (year && /^\d{4}$/.test(year.str)) out.year = Number(year.str);
    }
  }
  return out;
}

/** "08" and "6" for 2026-06-08: a zero before days under 10 and months 1 and 2 (Decree 30). */
export function dayAndMonth(isoDate: string): { day: string; month: string; year: number } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return { day: String(d).padStart(2, '0'), month: m <= 2 ? String(m).padStart(2, '0') : String(m), year: y };
}

export class ReleaseMarksError extends Error {
  constructor(
    readonly reason: 'number_blank_missing' | 'date_blank_missing' | 'year_differs' | 'not_pdf',
    message: string,
    /** For year_differs: the year the document prints, and the year of the date asked for. */
    readonly years?: { printed: number; year: number },
  ) {
    super(message);
    this.name = 'ReleaseMarksError';
  }
}

/** Times-Roman widths (per 1000) of the characters a number and a date use. */
const TIMES_DIGIT_WIDTH = 500;

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * The signed PDF with an incremental update that prints `docNumber` (digits) and the day and month
 * of `docDate` (YYYY-MM-DD) in the header's blanks of the first page, and in the blanks of the
 * references to the document on every page, as FreeText annotations drawn in Times-Roman (italic). Throws ReleaseMarksError when a blank is missing or the printed year is another.
 */
export async function placeReleaseMarks(
  pdf: Uint8Array,
  marks: { docNumber: string; docDate: string },
  pageIndex = 0,
): Promise<Uint8Array> {
  if (!/^\d{1,7}$/.test(marks.docNumber)) throw new Error('The document number must be digits');
  const pages = (await pagesTextItems(pdf)).map(blanksOfPage);
  const blanks = pages[pageIndex] ?? { references: [], referenceDates: [] };
  if (!blanks.number)
    throw new ReleaseMarksError(
      'number_blank_missing',
      'no blank for the number after "Số:" on the first page',
    );
  if (!blanks.day || !blanks.month)
    throw new ReleaseMarksError('date_blank_missing', 'no blanks for the day and month on the first page');
  const { day, month, year } = dayAndMonth(marks.docDate);
  const printed = [blanks.year, ...pages.flatMap((p) => p.referenceDates.map((d) => d.year))].find(
    (y) => y !== undefined && y !== year,
  );
  if (printed !== undefined)
    throw new ReleaseMarksError('year_differs', `the document prints the year ${printed}, not ${year}`, {
      printed,
      year,
    });

  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const ctx = doc.context;
  ctx.largestObjectNumber = Math.max(ctx.largestObjectNumber, declaredSize(pdf) - 1);
  const before = ctx.largestObjectNumber;
  const changed = new Map<number, PDFRef>();
  const fontRef = (base: string) =>
    ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: base, Encoding: 'WinAnsiEncoding' }));
  const roman = fontRef('Times-Roman');
  // The place-and-date line is italic (Decree 30): its digits are too; so is an appendix's reference.
  const italic = fontRef('Times-Italic');
  const annotsOf = new Map<number, PDFRef[]>();
  const place = (page: number, blank: Blank, text: string, name: string, font: PDFRef) => {
    // A little space is left on both sides; a long number is shrunk to fit (the text around it cannot move).
    const room = blank.x1 - blank.x0 - blank.size * 0.3;
    const size = Math.min(blank.size, (room * 1000) / (text.length * TIMES_DIGIT_WIDTH));
    const width = (text.length * TIMES_DIGIT_WIDTH * size) / 1000;
    const x = (blank.x0 + blank.x1 - width) / 2;
    const rect = [x - 1, blank.y - blank.size * 0.25, x + width + 1, blank.y + blank.size * 0.85];
    const content = `BT /F1 ${size.toFixed(2)} Tf 0 g 1 0 0 1 1 ${(blank.size * 0.25).toFixed(2)} Tm (${escapePdfString(text)}) Tj ET`;
    const ap = ctx.flateStream(content, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, width + 2, blank.size * 1.1],
      Resources: { Font: { F1: font } },
    });
    const annot = ctx.obj({
      Type: 'Annot',
      Subtype: 'FreeText',
      Rect: rect,
      Contents: PDFString.of(text),
      NM: PDFString.of(`tongket-release-${name}`),
      DA: PDFString.of(`/F1 ${size.toFixed(2)} Tf 0 g`),
      F: 4 | 128, // Print, Locked
      P: doc.getPage(page).ref,
      BS: { W: 0 },
      AP: { N: ctx.register(ap) },
    });
    const list = annotsOf.get(page) ?? [];
    list.push(ctx.register(annot));
    annotsOf.set(page, list);
  };
  place(pageIndex, blanks.number, marks.docNumber, 'number', roman);
  place(pageIndex, blanks.day, day, 'day', italic);
  place(pageIndex, blanks.month, month, 'month', italic);
  pages.forEach((p, n) => {
    p.references.forEach((blank, i) => {
      place(n, blank, marks.docNumber, `reference-${n + 1}-${i + 1}`, italic);
    });
    p.referenceDates.forEach((date, i) => {
      place(n, date.day, day, `reference-${n + 1}-${i + 1}-day`, italic);
      place(n, date.month, month, `reference-${n + 1}-${i + 1}-month`, italic);
    });
  });

  for (const [n, refs] of annotsOf) {
    const page = doc.getPage(n);
    const annotsRaw = page.node.get(Names.Annots);
    if (annotsRaw && !(annotsRaw instanceof PDFArray)) {
      const arr = ctx.lookup(annotsRaw, PDFArray);
      for (const r of refs) arr.push(r);
      changed.set((annotsRaw as PDFRef).objectNumber, annotsRaw as PDFRef);
    } else {
      const arr = annotsRaw instanceof PDFArray ? annotsRaw : ctx.obj([]);
      for (const r of refs) arr.push(r);
      page.node.set(Names.Annots, arr);
      changed.set(page.ref.objectNumber, page.ref);
    }
  }
  const entries = [
    ...newObjects(doc, before),
    ...[...changed.values()]
      .filter((r) => r.objectNumber <= before)
      .map((ref) => ({ ref, body: objectBytes(ctx.lookup(ref) as PDFDict) })),
  ];
  return appendIncrementalUpdate(pdf, doc, entries).bytes;
}

/** The FreeText marks a release update placed on a page, by name ("number", "day", "month"). */
export async function readReleaseMarks(pdf: Uint8Array, pageIndex = 0): Promise<Record<string, string>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
  const annots = doc.getPage(pageIndex).node.lookup(Names.Annots);
  const out: Record<string, string> = {};
  if (!(annots instanceof PDFArray)) return out;
  for (let i = 0; i < annots.size(); i++) {
    const a = annots.lookup(i);
    if (!(a instanceof PDFDict) || a.get(Names.Subtype) !== PDFName.of('FreeText')) continue;
    const nm = a.lookup(PDFName.of('NM'));
    const contents = a.lookup(Names.Contents);
    if (nm instanceof PDFString && contents instanceof PDFString)
      out[nm.decodeText().replace('tongket-release-', '')] = contents.decodeText();
  }
  return out;
}

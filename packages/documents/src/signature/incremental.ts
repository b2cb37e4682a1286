/**
 * Appends an incremental update to a PDF (ISO 32000-1 §7.5.6): the changed and new objects, a
 * cross-reference section for them and a trailer whose /Prev points at the previous section. The
 * bytes before it are left exactly as they were, so earlier signatures keep covering their revision.
 */
import { type PDFDocument, PDFName, type PDFObject, type PDFRef } from 'pdf-lib';

const latin1 = (text: string) => {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
};
export const asciiBytes = latin1;

export function objectBytes(obj: PDFObject): Uint8Array {
  const out = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(out, 0);
  return out;
}

/** Where the last cross-reference section starts, from the final `startxref`. */
export function lastStartXref(pdf: Uint8Array): number {
  const tail = new TextDecoder('latin1').decode(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const all = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const last = all[all.length - 1];
  if (!last) throw new Error('PDF: no startxref');
  return Number(last[1]);
}

/** The largest /Size any trailer (or cross-reference stream) of the file declares. */
export function declaredSize(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  let size = 0;
  for (const m of text.matchAll(/\/Size\s+(\d+)/g)) size = Math.max(size, Number(m[1]));
  return size;
}

export interface UpdateEntry {
  ref: PDFRef;
  /** The object's body (what stands between "N G obj" and "endobj"). */
  body: Uint8Array;
}

export interface WrittenUpdate {
  bytes: Uint8Array;
  /** Offset in `bytes` where each entry's body starts, by object number. */
  bodyOffsets: Map<number, number>;
}

/**
 * The original bytes followed by an update holding `entries`. The trailer repeats the document's
 * /Root, /Info and /ID; /Size covers every object number the context has handed out.
 */
export function appendIncrementalUpdate(
  original: Uint8Array,
  doc: PDFDocument,
  entries: readonly UpdateEntry[],
): WrittenUpdate {
  const chunks: Uint8Array[] = [original];
  let offset = original.length;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  const last = original[original.length - 1];
  if (last !== 0x0a && last !== 0x0d) push(latin1('\n'));
  const sorted = [...entries].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber);
  const xref = new Map<number, { offset: number; gen: number }>();
  const bodyOffsets = new Map<number, number>();
  for (const e of sorted) {
    xref.set(e.ref.objectNumber, { offset, gen: e.ref.generationNumber });
    push(latin1(`${e.ref.objectNumber} ${e.ref.generationNumber} obj\n`));
    bodyOffsets.set(e.ref.objectNumber, offset);
    push(e.body);
    push(latin1('\nendobj\n'));
  }
  const xrefOffset = offset;
  let table = 'xref\n';
  const numbers = [...xref.keys()];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    table += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const entry = xref.get(numbers[k] as number) as { offset: number; gen: number };
      table += `${String(entry.offset).padStart(10, '0')} ${String(entry.gen).padStart(5, '0')} n\r\n`;
    }
    i = j + 1;
  }
  const { Root, Info, ID } = doc.context.trailerInfo;
  const size = Math.max(doc.context.largestObjectNumber + 1, declaredSize(original));
  let trailer = `trailer\n<< /Size ${size} /Root ${Root?.toString()}`;
  if (Info) trailer += ` /Info ${Info.toString()}`;
  if (ID) trailer += ` /ID ${ID.toString()}`;
  trailer += ` /Prev ${lastStartXref(original)} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  push(latin1(table + trailer));
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, bodyOffsets };
}

/** Every object the context holds with an object number above `above` (the ones this update added). */
export function newObjects(
  doc: PDFDocument,
  above: number,
  except: ReadonlySet<number> = new Set(),
): UpdateEntry[] {
  return doc.context
    .enumerateIndirectObjects()
    .filter(([ref]) => ref.objectNumber > above && !except.has(ref.objectNumber))
    .map(([ref, obj]) => ({ ref, body: objectBytes(obj) }));
}

export const Names = {
  Annots: PDFName.of('Annots'),
  AcroForm: PDFName.of('AcroForm'),
  Fields: PDFName.of('Fields'),
  SigFlags: PDFName.of('SigFlags'),
  Type: PDFName.of('Type'),
  Subtype: PDFName.of('Subtype'),
  FT: PDFName.of('FT'),
  Parent: PDFName.of('Parent'),
  Rect: PDFName.of('Rect'),
  V: PDFName.of('V'),
  T: PDFName.of('T'),
  ByteRange: PDFName.of('ByteRange'),
  Contents: PDFName.of('Contents'),
  SubFilter: PDFName.of('SubFilter'),
  Filter: PDFName.of('Filter'),
  M: PDFName.of('M'),
  Name: PDFName.of('Name'),
  Reason: PDFName.of('Reason'),
  Sig: PDFName.of('Sig'),
  Widget: PDFName.of('Widget'),
};

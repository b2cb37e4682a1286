import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContent {
  /** Text of each page, NFC: items grouped into lines by baseline, lines top to bottom, words left to right. */
  pages: string[];
  /**
   * Text of each page in the order it was drawn: a column side by side with another (the header,
   * Nơi nhận beside the signature) stays whole instead of interleaving line by line.
   */
  drawnPages: string[];
  /** Page sizes in points. */
  pageSizes: Array<{ width: number; height: number }>;
  /** Names of the fonts the pages use, as embedded ("ABCDEF+Tinos-Bold"). */
  fonts: string[];
  info: { Title?: string; Author?: string; Subject?: string; Creator?: string; Producer?: string };
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Joins positioned text items into readable lines: one line per baseline, a space where words stand apart. */
function joinItems(items: Item[]): string {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const current = lines[lines.length - 1];
    const ref = current?.[0];
    if (current && ref && Math.abs(ref.y - item.y) <= Math.max(2, 0.25 * Math.min(ref.size, item.size))) {
      current.push(item);
    } else {
      lines.push([item]);
    }
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const item of line) {
        const gap = item.x - end;
        if (text !== '' && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      return text.replace(/[ \t\u00a0]+/g, ' ').trim();
    })
    .filter((l) => l !== '')
    .join('\n');
}

/** Items in drawing order: a new line where the baseline moves, a space where words stand apart. */
function joinInDrawingOrder(items: Item[]): string {
  let text = '';
  let last: Item | undefined;
  for (const item of items) {
    if (item.str === '') continue;
    if (last) {
      const newLine = Math.abs(last.y - item.y) > Math.max(2, 0.25 * Math.min(last.size, item.size));
      if (newLine) text += '\n';
      else if (
        item.x - (last.x + last.width) > 0.15 * item.size &&
        !/\s$/.test(text) &&
        !/^\s/.test(item.str)
      ) {
        text += ' ';
      }
    }
    text += item.str;
    last = item;
  }
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Reads a PDF the way a test wants to look at it (pdfjs-dist legacy build, no worker thread). */
export async function readPdf(buffer: Buffer | Uint8Array): Promise<PdfContent> {
  const task = getDocument({
    data: new Uint8Array(buffer),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    const drawnPages: string[] = [];
    const pageSizes: PdfContent['pageSizes'] = [];
    const fonts = new Set<string>();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pageSizes.push({ width: x1 - x0, height: y1 - y0 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({
          str: it.str,
          x: e ?? 0,
          y: f ?? 0,
          width: it.width,
          size: Math.hypot(a ?? 0, b ?? 0) || it.height,
        });
      }
      pages.push(joinItems(items).normalize('NFC'));
      drawnPages.push(joinInDrawingOrder(items).normalize('NFC'));

      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const id = (ops.argsArray[i] as [string])[0];
        const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string }) : undefined;
        if (font?.name) fonts.add(font.name);
      });
    }
    const meta = await pdf.getMetadata();
    const raw = (meta.info ?? {}) as Record<string, unknown>;
    const str = (key: string) =>
      typeof raw[key] === 'string' ? (raw[key] as string).normalize('NFC') : undefined;
    return {
      pages,
      drawnPages,
      pageSizes,
      fonts: [...fonts].sort(),
      info: {
        Title: str('Title'),
        Author: str('Author'),
        Subject: str('Subject'),
        Creator: str('Creator'),
        Producer: str('Producer'),
      },
    };
  } finally {
    await task.destroy();
  }
}

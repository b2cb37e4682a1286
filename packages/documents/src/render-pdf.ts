/**
 * PDF renderer of the official-document model (pdfmake 0.3, server build). The layout mirrors the
 * DOCX renderer rule for rule (decree30.ts holds the numbers); the face is Tinos, metric-compatible
 * with Times New Roman and complete for Vietnamese, embedded as subsets.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type {
  Content,
  ContentCanvas,
  ContentColumns,
  ContentStack,
  ContentTable,
  ContentText,
  Node as PdfNode,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import {
  FONT_METRICS,
  headingRuns,
  LAYOUT,
  listItemIndentTwips,
  listItemRuns,
  MARGINS_TWIPS,
  mmToPt,
  nfc,
  type Orientation,
  pageSizeTwips,
  SINGLE_LINE_FACTOR,
  SIZE_PT,
  splitWidth,
  TWIPS_PER_PT,
  textWidthTwips,
  toRuns,
} from './decree30.ts';
import {
  appendixHeadLayout,
  closingLayout,
  headerLayout,
  isRule,
  isSpace,
  type LayoutRule,
  type StackLayout,
  type TwoColumnLayout,
  titleLayout,
} from './decree30-layout.ts';
import {
  type Align,
  type Appendix,
  type Block,
  expandBlocks,
  type OfficialDocument,
  type QrBlock,
  type TableBlock,
  type TextRun,
} from './model.ts';

const FAMILY = 'Tinos';
const FONT_FILES = {
  normal: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italics: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

interface PdfmakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
}

let fontsReady = false;
/** The four Tinos faces as pdfmake's virtual file system names them, once ensureFonts has run. */
let fontFiles: Record<string, string> = {};

/** A parsed font as fontkit gives it; pdfkit's EmbeddedFont wraps one per document. */
interface ParsedFont {
  postscriptName?: string;
  createSubset(): unknown;
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] };
  tongketKeepsCodePoints?: boolean;
}
interface EmbeddedFontLike {
  font?: ParsedFont;
  subset?: unknown;
}
interface PdfmakeDocumentProto {
  provideFont(this: PdfmakeDocumentThis, family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}
interface PdfmakeDocumentThis {
  fontCache?: Record<string, Record<string, unknown> | undefined>;
  getFontType?(bold: boolean, italics: boolean): string;
}

const parsedFonts = new Map<string, ParsedFont>();
let sharedParses = 0;

/** How many times a render used the process's parsed Tinos instead of parsing it again (for tests). */
export function pdfFontReuseCount(): number {
  return sharedParses;
}

/**
 * pdfkit parses every font again for every document (fontkit.create on the bytes), and decoding
 * Tinos's cmap, GSUB and GPOS tables costs about 80 ms a render, most of the time for a short
 * document. pdfmake asks its PDFDocument.provideFont for each face once per document; after the
 * first document, this hands the new EmbeddedFont the fontkit font parsed then, with a fresh subset
 * for this document's glyphs. Both parses come from the same bytes, so every metric pdfkit read from
 * the new parse is the same. All fontkit work for a document runs synchronously (layout, then
 * subsetting when the stream ends), so documents rendered concurrently never interleave inside it.
 * If pdfmake's internals ever change shape, this does nothing and each render parses again.
 */
function shareParsedFonts(): void {
  let proto: (PdfmakeDocumentProto & { tongketSharesFonts?: boolean }) | undefined;
  try {
    proto = createRequire(import.meta.url)('pdfmake/js/PDFDocument.js').default?.prototype;
  } catch {
    return;
  }
  if (!proto || typeof proto.provideFont !== 'function' || proto.tongketSharesFonts) return;
  const provideFont = proto.provideFont;
  proto.provideFont = function (this: PdfmakeDocumentThis, family, bold, italics) {
    const type = this.getFontType?.(bold, italics);
    const fresh = type !== undefined && !this.fontCache?.[family]?.[type];
    const embedded = provideFont.call(this, family, bold, italics);
    if (!fresh || family !== FAMILY || !embedded?.font) return embedded;
    const shared = parsedFonts.get(type);
    if (!shared) {
      keepCodePoints(embedded.font);
      parsedFonts.set(type, embedded.font);
    } else if (shared !== embedded.font && shared.postscriptName === embedded.font.postscriptName) {
      embedded.font = shared;
      embedded.subset = shared.createSubset();
      sharedParses++;
    }
    return embedded;
  };
  proto.tongketSharesFonts = true;
}

/**
 * fontkit caches each glyph with the characters it was first made for. Subsetting makes the parts
 * of a composite glyph (the "E" of "Ệ") with none, after the document's text was laid out; a later
 * document sharing the parse then finds "E" cached without its character, and pdfkit writes no
 * text for it (copying, searching and screen readers see "ABCD FGHJK"). A glyph looked up again
 * for a character gets it back.
 */
function keepCodePoints(font: ParsedFont): void {
  if (font.tongketKeepsCodePoints || typeof font.getGlyph !== 'function') return;
  const getGlyph = font.getGlyph;
  font.getGlyph = function (this: ParsedFont, id, codePoints = []) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
  font.tongketKeepsCodePoints = true;
}

/**
 * Reads the four Tinos files once per process into pdfmake's virtual file system, and closes local
 * file and URL access: documents never name files or URLs, so nothing else is read at render time.
 */
function ensureFonts(): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  const vfs = (pdfmake as unknown as PdfmakeServer).virtualfs;
  const fonts: Record<string, string> = {};
  for (const [style, file] of Object.entries(FONT_FILES)) {
    const name = `tongket-fonts/${file.split('/')[1]}`;
    if (!vfs.existsSync(name))
      vfs.writeFileSync(name, fs.readFileSync(require.resolve(`@expo-google-fonts/tinos/${file}`)));
    fonts[style] = name;
  }
  fontFiles = fonts;
  pdfmake.addFonts({ [FAMILY]: fonts as { normal: string } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  shareParsedFonts();
  fontsReady = true;
}

const twipsToPt = (twips: number) => twips / TWIPS_PER_PT;

/**
 * pdfmake justifies by spreading a line's slack over every break opportunity, including those after
 * "/" and "-" inside "2519/KH-UBND". Word stretches spaces only; to match it, each space-delimited
 * word goes in as one unbreakable inline, so lines break, and stretch, at spaces alone.
 */
function inlines(items: readonly TextRun[]): ContentText['text'] {
  const out: Array<{
    text: string;
    bold?: boolean;
    italics?: boolean;
    decoration?: 'underline';
    noWrap?: boolean;
  }> = [];
  for (const r of items) {
    const style = {
      bold: r.bold || undefined,
      italics: r.italic || undefined,
      decoration: r.underline ? ('underline' as const) : undefined,
    };
    for (const word of nfc(r.text).match(/[^\s]*\s*|\s+/g) ?? []) {
      if (word === '') continue;
      // A word ending in "\n" stays breakable, so that the line ends there as it does in the DOCX.
      const unbreakable = word.length <= MAX_UNBREAKABLE_WORD && !word.includes('\n');
      out.push({ text: word, ...style, noWrap: unbreakable || undefined });
    }
  }
  return out;
}

/** Longer "words" (a pasted link) may still break inside, rather than run past the margin. */
const MAX_UNBREAKABLE_WORD = 40;

interface LineOptions {
  align?: Align;
  sizePt?: number;
  before?: number;
  after?: number;
  spacing?: number;
  leadingIndent?: number;
}

function line(items: readonly TextRun[], o: LineOptions = {}): ContentText {
  return {
    text: inlines(items),
    alignment: o.align ?? 'center',
    fontSize: o.sizePt ?? SIZE_PT.body,
    lineHeight: (o.spacing ?? LAYOUT.headerLineSpacing) * SINGLE_LINE_FACTOR,
    leadingIndent: o.leadingIndent || undefined,
    margin: [0, o.before ?? 0, 0, o.after ?? 0],
  };
}

/** A short centred rule of `length` pt in a box `box` pt wide, as the DOCX renderer draws it. */
function rule(length: number, box: number): ContentCanvas {
  const x1 = Math.max(0, (box - length) / 2);
  const y = LAYOUT.ruleGapPt;
  return {
    canvas: [
      { type: 'line', x1, y1: y, x2: x1 + Math.min(length, box), y2: y, lineWidth: LAYOUT.ruleThicknessPt },
    ],
    margin: [0, 0, 0, LAYOUT.afterRulePt],
  };
}

/** A layout rule's length in a box `box` pt wide. */
function rulePt(item: LayoutRule, box: number): number {
  const r = item.rule;
  return 'fraction' in r ? box * r.fraction : r.lengthPt;
}

function spacer(heightPt: number): ContentCanvas {
  return { canvas: [], margin: [0, heightPt, 0, 0] };
}

/** A two-column block of decree30-layout.ts as pdfmake columns. */
function layoutColumns(layout: TwoColumnLayout, textWidth: number): ContentColumns {
  const widths = splitWidth(textWidth, layout.fractions).map(twipsToPt);
  return {
    columns: layout.columns.map((items, column) => {
      const box = widths[column] ?? 0;
      const stack: Content[] = items.map((item) => {
        if (isRule(item)) return rule(rulePt(item, box), box);
        return line(item.runs, { align: item.align, sizePt: item.sizePt, before: item.before });
      });
      return { width: box, stack };
    }),
    columnGap: 0,
  };
}

/** A stack of decree30-layout.ts (the title block, an appendix's heading), kept on one page when it asks. */
function stackContent(layout: StackLayout, textWidth: number): Content[] {
  const box = twipsToPt(textWidth);
  const items: Content[] = layout.items.map((item) => {
    if (isSpace(item)) return spacer(item.space);
    if (isRule(item)) return rule(rulePt(item, box), box);
    return line(item.runs, {
      align: item.align,
      sizePt: item.sizePt,
      before: item.before,
      after: item.after,
    });
  });
  if (!layout.keepTogether) return items;
  return [
    { stack: items, ...(layout.pageBreakBefore && { pageBreak: 'before' as const }), unbreakable: true },
  ];
}

function bodyParagraph(
  items: readonly TextRun[],
  o: { align?: Align; leadingIndent?: number; sizePt?: number },
) {
  return line(items, {
    align: o.align ?? 'justify',
    sizePt: o.sizePt ?? SIZE_PT.body,
    after: LAYOUT.paragraphSpaceAfterPt,
    spacing: LAYOUT.lineSpacing,
    leadingIndent: o.leadingIndent,
  });
}

function bodyTable(block: TableBlock): ContentTable {
  const sum = block.columns.reduce((a, c) => a + c.weight, 0) || 1;
  const sizePt = block.sizePt ?? SIZE_PT.table;
  const cell = (items: TextRun[], align: Align, header: boolean) => ({
    ...line(header ? items.map((r) => ({ ...r, bold: true })) : items, { align, sizePt }),
    margin: [0, 0, 0, 0] as [number, number, number, number],
  });
  const rows = (src: typeof block.rows, header: boolean) =>
    src.map((row) =>
      block.columns.map((col, i) =>
        cell(toRuns(row[i] ?? []), header ? 'center' : (col.align ?? 'left'), header),
      ),
    );
  const ruleWidth = () => LAYOUT.tableRuleThicknessPt;
  const padX = () => LAYOUT.tableCellPaddingPt.x;
  const padY = () => LAYOUT.tableCellPaddingPt.y;
  return {
    table: {
      headerRows: block.header?.length ?? 0,
      dontBreakRows: true,
      widths: block.columns.map((c) => `${((c.weight / sum) * 100).toFixed(4)}%`),
      body: [...rows(block.header ?? [], true), ...rows(block.rows, false)],
    },
    layout: {
      hLineWidth: ruleWidth,
      vLineWidth: ruleWidth,
      paddingLeft: padX,
      paddingRight: padX,
      paddingTop: padY,
      paddingBottom: padY,
    },
    margin: [0, 0, 0, LAYOUT.paragraphSpaceAfterPt],
  };
}

/** Height of one body line as pdfmake lays it out: the font's ascent + descent, times the line height. */
const BODY_LINE_PT =
  (SIZE_PT.body * (FONT_METRICS.ascent + FONT_METRICS.descent) * LAYOUT.lineSpacing * SINGLE_LINE_FACTOR) /
  FONT_METRICS.unitsPerEm;

/**
 * Orphan control, as Word's widow/orphan control: a paragraph that would leave only its first line at
 * the foot of a page starts on the next one.
 */
function isOrphaned(node: PdfNode): boolean {
  if (node.text === undefined || node.pageNumbers.length < 2) return false;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  return pageInnerHeight * (1 - verticalRatio) < 2 * BODY_LINE_PT;
}

/** Headings and keep-with-next paragraphs carry headline level 1: never the last thing on a page. */
const KEEP_WITH_NEXT = 1;

/**
 * Above this many nodes, a document is laid out in one pass. pdfmake honours a pageBreakBefore
 * answer by laying the whole document out again, once for every page break it inserts: a 500-page
 * consolidated report took minutes. A long document therefore keeps each heading with what follows
 * by an unbreakable group, which pdfmake places in the same pass, and goes without orphan control.
 */
const LONG_DOCUMENT_NODES = 400;

/** At most this much text follows a heading inside an unbreakable group: a few lines, never a page. */
const GROUP_TEXT_CHARS = 600;

function textLength(node: Content): number {
  const text = (node as ContentText).text;
  if (typeof text === 'string') return text.length;
  if (Array.isArray(text)) return text.reduce((n: number, run) => n + textLength(run as Content), 0);
  if (text && typeof text === 'object') return textLength(text as Content);
  return Number.POSITIVE_INFINITY;
}

/**
 * Keep-with-next for a long document: each run of headings goes into one unbreakable stack with
 * the short paragraph after it (moved to the next page together when they do not fit). A heading
 * followed by a table or a long paragraph is left alone: pdfmake cannot carry an unbreakable group
 * over a page.
 */
function keepWithNextInGroups(content: Content[]): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < content.length; i++) {
    const node = content[i] as ContentText;
    if (node?.headlineLevel !== KEEP_WITH_NEXT) {
      out.push(node);
      continue;
    }
    const group: Content[] = [];
    let j = i;
    let chars = 0;
    while (j < content.length) {
      const current = content[j] as ContentText;
      if (j > i && current.pageBreak === 'before') break;
      const keeps = current.headlineLevel === KEEP_WITH_NEXT;
      chars += textLength(current);
      if (chars > GROUP_TEXT_CHARS || (!keeps && current.table !== undefined)) break;
      const { headlineLevel: _, pageBreak: __, ...plain } = current;
      group.push(plain);
      j++;
      if (!keeps) break;
    }
    if (group.length < 2) {
      const { headlineLevel: _, ...plain } = node;
      out.push(plain);
      continue;
    }
    out.push({ stack: group, unbreakable: true, ...(node.pageBreak && { pageBreak: node.pageBreak }) });
    i = j - 1;
  }
  return out;
}

function bodyBlocks(blocks: readonly Block[]): Content[] {
  const out: Content[] = [];
  const indent = twipsToPt(listItemIndentTwips(0));
  let pageBreak = false;
  const push = (node: ContentText | ContentTable | ContentCanvas | ContentStack) => {
    if (pageBreak) Object.assign(node, { pageBreak: 'before' });
    pageBreak = false;
    out.push(node);
  };
  for (const block of expandBlocks(blocks)) {
    switch (block.kind) {
      case 'paragraph': {
        const align = block.align ?? 'justify';
        const first = block.firstLineIndent ?? align === 'justify';
        const node = bodyParagraph(toRuns(block.runs), {
          align,
          leadingIndent: first ? indent : undefined,
          sizePt: block.sizePt,
        });
        push(block.keepWithNext ? { ...node, headlineLevel: KEEP_WITH_NEXT } : node);
        break;
      }
      case 'heading': {
        // A heading stays with what follows, unless its own text runs on after it ("1. Sở Y tế: Chủ trì…").
        const node = bodyParagraph(headingRuns(block), { leadingIndent: indent });
        push(block.rest?.length ? node : { ...node, headlineLevel: KEEP_WITH_NEXT });
        break;
      }
      case 'listItem':
        push(
          bodyParagraph(listItemRuns(block), { leadingIndent: twipsToPt(listItemIndentTwips(block.depth)) }),
        );
        break;
      case 'table':
        push(bodyTable(block));
        break;
      case 'spacer':
        push(spacer(block.pt));
        break;
      case 'qr':
        push(qrBlock(block));
        break;
      case 'pageBreak':
        pageBreak = true;
        break;
    }
  }
  return out;
}

/** The code and its caption, kept together; the caption repeats the code for those who type it. */
function qrBlock(block: QrBlock): ContentStack {
  const align = block.align ?? 'center';
  return {
    stack: [
      { qr: nfc(block.text), fit: block.sizePt, eccLevel: 'M', alignment: align },
      line([{ text: nfc(block.caption), bold: true }], { align, sizePt: SIZE_PT.recipient + 1, before: 2 }),
    ],
    unbreakable: true,
    margin: [0, 0, 0, LAYOUT.paragraphSpaceAfterPt],
  };
}

function closingColumns(doc: OfficialDocument, textWidth: number): Content | undefined {
  const closing = closingLayout(doc);
  if (!closing) return undefined;
  return {
    ...layoutColumns(closing, textWidth),
    unbreakable: true,
    margin: [0, closing.spaceBeforePt, 0, 0],
  };
}

function appendixBlocks(appendix: Appendix, textWidth: number): Content[] {
  return [...stackContent(appendixHeadLayout(appendix), textWidth), ...bodyBlocks(appendix.body)];
}

export function pdfDefinition(doc: OfficialDocument): TDocumentDefinitions {
  const orientation: Orientation = doc.orientation ?? 'portrait';
  const textWidth = textWidthTwips(orientation);
  const size = pageSizeTwips(orientation);
  const margins = {
    left: twipsToPt(MARGINS_TWIPS.left),
    top: twipsToPt(MARGINS_TWIPS.top),
    right: twipsToPt(MARGINS_TWIPS.right),
    bottom: twipsToPt(MARGINS_TWIPS.bottom),
  };
  const content: Content[] = [
    layoutColumns(headerLayout(doc), textWidth),
    ...stackContent(titleLayout(doc), textWidth),
    ...bodyBlocks(doc.body),
  ];
  const closing = closingColumns(doc, textWidth);
  // The last paragraphs kept with the closing go over with the signature whole, with the headings
  // right above them, as Word keeps keep-with-next paragraphs with the closing table (pdfmake
  // misreports the page of an unbreakable block that moved, so headline levels cannot do it).
  const kept: ContentText[] = [];
  for (let i = doc.body.length - 1; closing && i >= 0 && kept.length < 4 && content.length > 1; i--) {
    const block = doc.body[i];
    const keeps =
      (block?.kind === 'heading' && !block.rest?.length) ||
      (block?.kind === 'paragraph' && block.keepWithNext);
    if (!keeps || (block.kind === 'heading' && kept.length === 0)) break;
    const { headlineLevel: _, ...paragraph } = content.pop() as ContentText;
    kept.unshift(paragraph);
  }
  if (closing && kept.length > 0) {
    const { pageBreak, ...first } = kept[0] as ContentText;
    content.push({ stack: [first, ...kept.slice(1), closing], unbreakable: true, pageBreak });
  } else if (closing) {
    content.push(closing);
  }
  for (const appendix of doc.appendices ?? []) content.push(...appendixBlocks(appendix, textWidth));
  const long = content.length > LONG_DOCUMENT_NODES;

  const author = nfc(doc.metadata.author ?? 'tongket');
  return {
    pageSize: { width: twipsToPt(size.width), height: twipsToPt(size.height) },
    pageOrientation: orientation,
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    language: 'vi-VN',
    info: {
      title: nfc(doc.metadata.title),
      subject: doc.metadata.subject ? nfc(doc.metadata.subject) : undefined,
      author,
      creator: 'tongket',
      producer: 'tongket (pdfmake)',
    },
    defaultStyle: {
      font: FAMILY,
      fontSize: SIZE_PT.body,
      lineHeight: LAYOUT.lineSpacing * SINGLE_LINE_FACTOR,
    },
    // Page numbers from page 2, centred at the top, as far from the edge as the DOCX page header.
    header: (currentPage) =>
      currentPage < 2
        ? null
        : {
            text: String(currentPage),
            alignment: 'center',
            fontSize: SIZE_PT.pageNumber,
            lineHeight: SINGLE_LINE_FACTOR,
            margin: [margins.left, mmToPt(LAYOUT.headerDistanceMm), margins.right, 0],
          },
    content: long ? keepWithNextInGroups(content) : content,
    // A long document keeps its headings in unbreakable groups instead (keepWithNextInGroups).
    pageBreakBefore: long
      ? undefined
      : (node, nodes) => {
          if (node.headlineLevel === KEEP_WITH_NEXT) {
            // A heading goes with the first text after it, including when that is about to be carried
            // over, and across the headings between ("3. Bài học kinh nghiệm", "Công an tỉnh:", text):
            // pdfmake asks about each node once, so the first of a run must decide for the run.
            // The page's number, at its top, is among the nodes that follow on the page: skipped.
            const next = nodes
              .getFollowingNodesOnPage()
              .find(
                (n) =>
                  n.startPosition.verticalRatio > node.startPosition.verticalRatio &&
                  n.headlineLevel !== KEEP_WITH_NEXT,
              );
            return next === undefined || isOrphaned(next);
          }
          return isOrphaned(node);
        },
  };
}

export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  return renderPdfDefinition(pdfDefinition(doc));
}

/**
 * Several one-page documents in one PDF, each starting a new page (the invitations of every
 * delegate). Without page numbers: numbering runs through the whole file and would print "2", "3"…
 * on documents that each have one page. Orphan control is left out: a one-page document has none
 * to do, and pdfmake would lay the whole file out again for every break it asked for.
 */
export async function renderPdfSet(docs: readonly OfficialDocument[]): Promise<Buffer> {
  const first = docs[0];
  if (!first) throw new Error('renderPdfSet needs at least one document');
  const base = pdfDefinition(first);
  const content: Content[] = [];
  docs.forEach((doc, i) => {
    const own = pdfDefinition(doc).content as Content[];
    if (i > 0 && own[0]) own[0] = { ...(own[0] as object), pageBreak: 'before' } as Content;
    content.push(...own);
  });
  return renderPdfDefinition({ ...base, header: undefined, pageBreakBefore: undefined, content });
}

/** The face every PDF of the system is set in; a free layout (certificates) names it as its font. */
export const PDF_FONT_FAMILY = FAMILY;

/**
 * Renders a pdfmake definition set in Tinos with the process's fonts (read and parsed once), for
 * layouts outside the official-document model such as certificates.
 */
export async function renderPdfDefinition(definition: TDocumentDefinitions): Promise<Buffer> {
  ensureFonts();
  return pdfmake.createPdf(definition).getBuffer();
}

interface MeasuringFont {
  widthOfString(text: string, sizePt: number): number;
}
interface MeasuringDocument {
  provideFont(family: string, bold: boolean, italics: boolean): MeasuringFont;
}
let measuring: MeasuringDocument | undefined;

/**
 * The width in points of one line of text set in Tinos, exactly as pdfmake measures it when laying
 * the line out (the same pdfkit font object and shaping), so a caller can fit a line before rendering.
 * Uses one never-rendered pdfmake document per process, which shares the parsed faces with renders.
 */
export function tinosTextWidth(
  text: string,
  sizePt: number,
  style: { bold?: boolean; italics?: boolean } = {},
): number {
  ensureFonts();
  if (!measuring) {
    const PdfmakeDocument = createRequire(import.meta.url)('pdfmake/js/PDFDocument.js').default as new (
      ...args: unknown[]
    ) => MeasuringDocument;
    const vfs = (pdfmake as unknown as PdfmakeServer).virtualfs;
    measuring = new PdfmakeDocument(
      { [FAMILY]: { ...fontFiles } },
      {},
      {},
      {},
      { autoFirstPage: false },
      vfs,
    );
  }
  return measuring.provideFont(FAMILY, !!style.bold, !!style.italics).widthOfString(nfc(text), sizePt);
}

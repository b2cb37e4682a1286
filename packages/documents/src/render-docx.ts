/**
 * DOCX renderer of the official-document model (docx 9). Every length comes from decree30.ts in
 * exact twips; every run names Times New Roman, and so does the document's default style.
 */

import zlib from 'node:zlib';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
import { writeBodyXml } from './body-xml.ts';
import {
  FONT,
  LAYOUT,
  MARGINS_TWIPS,
  mmToTwips,
  nfc,
  type Orientation,
  pageSizeTwips,
  SIZE_PT,
  splitWidth,
  TWIPS_PER_PT,
  textWidthTwips,
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
import type { Align, Appendix, Block, TextRun as ModelRun, OfficialDocument } from './model.ts';

type Table_ = InstanceType<typeof Table>;
type BodyElement = Paragraph | Table_;

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Line spacing as Word's "multiple": 240 is single. */
const lineSpacing = (multiple: number) => ({ line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO });
const pt = (value: number) => Math.round(value * TWIPS_PER_PT);

/** Runs of one style; a "\n" inside the text becomes a line break. */
function runs(items: readonly ModelRun[], sizePt: number): TextRun[] {
  const out: TextRun[] = [];
  for (const item of items) {
    nfc(item.text)
      .split('\n')
      .forEach((line, i) => {
        out.push(
          new TextRun({
            text: line,
            break: i > 0 ? 1 : undefined,
            bold: item.bold,
            italics: item.italic,
            underline: item.underline ? {} : undefined,
            font: FONT.family,
            size: sizePt * 2,
          }),
        );
      });
  }
  return out;
}

interface LineOptions {
  align?: Align;
  sizePt?: number;
  before?: number;
  after?: number;
  spacing?: number;
  firstLine?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

function line(items: readonly ModelRun[], o: LineOptions = {}): Paragraph {
  const sizePt = o.sizePt ?? SIZE_PT.body;
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'center'],
    spacing: {
      before: pt(o.before ?? 0),
      after: pt(o.after ?? 0),
      ...lineSpacing(o.spacing ?? LAYOUT.headerLineSpacing),
    },
    indent: o.firstLine ? { firstLine: o.firstLine } : undefined,
    keepNext: o.keepNext,
    keepLines: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
    run: { font: FONT.family, size: sizePt * 2 },
    children: runs(items, sizePt),
  });
}

/** A short centred rule: an empty paragraph of exact height whose bottom border is indented to the rule's length. */
function rule(lengthTwips: number, boxTwips: number, pageBreakBefore = false): Paragraph {
  const side = Math.max(0, Math.round((boxTwips - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: {
      before: 0,
      after: pt(LAYOUT.afterRulePt),
      line: pt(LAYOUT.ruleGapPt),
      lineRule: LineRuleType.EXACT,
    },
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: Math.round(LAYOUT.ruleThicknessPt * 8),
        space: 0,
        color: '000000',
      },
    },
    pageBreakBefore,
    run: { font: FONT.family, size: 2 },
    children: [],
  });
}

/** A layout rule's length in a box `box` twips wide. */
function ruleTwips(item: LayoutRule, box: number): number {
  const r = item.rule;
  return 'fraction' in r ? Math.round(box * r.fraction) : pt(r.lengthPt);
}

/** Blank vertical space of exactly `heightPt`. */
function spacer(heightPt: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: Math.max(pt(heightPt), 2), lineRule: LineRuleType.EXACT },
    pageBreakBefore,
    run: { font: FONT.family, size: 2 },
    children: [],
  });
}

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function borderlessTable(widths: number[], cells: Paragraph[][], cantSplit: boolean): Table_ {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    rows: [
      new TableRow({
        cantSplit,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              margins: NO_MARGINS,
              children: children.length > 0 ? children : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

/**
 * A two-column block of decree30-layout.ts as a borderless table. `firstBefore` is the space above
 * the first line of each cell, unless that line has its own.
 */
function layoutTable(layout: TwoColumnLayout, textWidth: number, firstBefore?: number): Table_ {
  const widths = splitWidth(textWidth, layout.fractions);
  const cells = layout.columns.map((items, column) => {
    const box = widths[column] ?? 0;
    return items.map((item, i) => {
      if (isRule(item)) return rule(ruleTwips(item, box), box);
      const before = i === 0 ? (item.before ?? firstBefore) : item.before;
      return line(item.runs, { align: item.align, sizePt: item.sizePt, before });
    });
  });
  return borderlessTable(widths, cells, true);
}

/**
 * A stack of decree30-layout.ts (the title block, an appendix's heading) as paragraphs, each line
 * kept with the next so the block never ends a page.
 */
function stackParagraphs(layout: StackLayout, textWidth: number): Paragraph[] {
  return layout.items.map((item, i) => {
    const pageBreakBefore = layout.pageBreakBefore && i === 0;
    if (isSpace(item)) return spacer(item.space, pageBreakBefore);
    if (isRule(item)) return rule(ruleTwips(item, textWidth), textWidth, pageBreakBefore);
    return line(item.runs, {
      align: item.align,
      sizePt: item.sizePt,
      before: item.before,
      after: item.after,
      keepNext: true,
      ...(pageBreakBefore && { pageBreakBefore }),
    });
  });
}

/**
 * The place of a run of body blocks in the docx library's output: an empty paragraph holding a
 * marker, replaced by the blocks' WordprocessingML (body-xml.ts) when the file is zipped.
 */
interface BodySlot {
  marker: string;
  blocks: readonly Block[];
  breakFirst: boolean;
}

function bodySlot(slots: BodySlot[], blocks: readonly Block[], breakFirst = false): Paragraph {
  const marker = `@@tongket-body-${slots.length}@@`;
  slots.push({ marker, blocks, breakFirst });
  return new Paragraph({ children: [new TextRun(marker)] });
}

function appendixBlocks(appendix: Appendix, textWidth: number, slots: BodySlot[]): BodyElement[] {
  return [...stackParagraphs(appendixHeadLayout(appendix), textWidth), bodySlot(slots, appendix.body)];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        run: { font: FONT.family, size: SIZE_PT.pageNumber * 2 },
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT.family, size: SIZE_PT.pageNumber * 2 }),
        ] as ParagraphChild[],
      }),
    ],
  });
}

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const orientation: Orientation = doc.orientation ?? 'portrait';
  const textWidth = textWidthTwips(orientation);
  const slots: BodySlot[] = [];
  const children: BodyElement[] = [
    layoutTable(headerLayout(doc), textWidth),
    ...stackParagraphs(titleLayout(doc), textWidth),
  ];
  children.push(bodySlot(slots, doc.body));
  const closing = closingLayout(doc);
  if (closing) children.push(layoutTable(closing, textWidth, closing.spaceBeforePt));
  for (const appendix of doc.appendices ?? []) children.push(...appendixBlocks(appendix, textWidth, slots));

  const portrait = pageSizeTwips('portrait');
  const document = new Document({
    title: nfc(doc.metadata.title),
    subject: doc.metadata.subject ? nfc(doc.metadata.subject) : undefined,
    creator: nfc(doc.metadata.author ?? 'tongket'),
    lastModifiedBy: nfc(doc.metadata.author ?? 'tongket'),
    theme: { fonts: { headings: FONT.family, body: FONT.family } },
    styles: {
      default: {
        document: {
          run: { font: FONT.family, size: SIZE_PT.body * 2 },
          paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(LAYOUT.lineSpacing) } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx swaps width and height itself for a landscape section.
            size: {
              width: portrait.width,
              height: portrait.height,
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              ...MARGINS_TWIPS,
              header: mmToTwips(LAYOUT.headerDistanceMm),
              footer: mmToTwips(LAYOUT.headerDistanceMm),
              gutter: 0,
            },
          },
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({ run: { font: FONT.family }, children: [] })] }),
        },
        children,
      },
    ],
  });
  return fillBodySlots(await Packer.toBuffer(document), slots, textWidth);
}

/**
 * A zip entry deflated by Node's zlib, a block of input at a time: each block ends on a full flush,
 * so the blocks join into one DEFLATE stream that any unzipper reads. Several times faster than
 * deflating in JavaScript, which matters for a hundred megabytes of XML.
 */
class NativeDeflateEntry extends ZipPassThrough {
  private checksum = 0;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    this.checksum = zlib.crc32(chunk, this.checksum);
    this.size += chunk.length;
    if (final) this.crc = this.checksum;
    const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH;
    this.ondata?.(null, zlib.deflateRawSync(chunk, { level: 6, finishFlush: flush }), final);
  }
}

/**
 * Re-zips the docx library's file with each body slot's marker paragraph replaced by its blocks.
 * word/document.xml is deflated as it is written, a batch of blocks at a time, so a body of any
 * length costs its compressed size in memory, not its XML.
 */
function fillBodySlots(packed: Buffer, slots: readonly BodySlot[], textWidth: number): Buffer {
  const files = unzipSync(packed);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(1 << 20);
  for (const [name, data] of Object.entries(files)) {
    const entry = new NativeDeflateEntry(name);
    zip.add(entry);
    if (name !== 'word/document.xml') {
      entry.push(data, true);
      continue;
    }
    let xml = strFromU8(data);
    // The XML is encoded block by block into one reused buffer and deflated a megabyte at a time:
    // no long string or byte array is ever made, so the garbage is only small, short-lived strings.
    let used = 0;
    const flush = (final = false) => {
      entry.push(buffer.subarray(0, used), final);
      used = 0;
    };
    const emit = (part: string) => {
      let rest = part;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
        used += written;
        if (read === rest.length) break;
        rest = rest.slice(read);
        flush();
      }
    };
    for (const slot of slots) {
      const at = xml.indexOf(slot.marker);
      if (at < 0) throw new Error(`DOCX body slot ${slot.marker} missing`);
      const start = xml.lastIndexOf('<w:p>', at);
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      emit(xml.slice(0, start));
      writeBodyXml(slot.blocks, textWidth, emit, slot.breakFirst);
      xml = xml.slice(end);
    }
    emit(xml);
    flush(true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

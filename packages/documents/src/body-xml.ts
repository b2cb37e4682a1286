/**
 * WordprocessingML of a document's body blocks, written as text. A consolidated report of a
 * thousand units has a hundred thousand paragraphs; building them as docx objects took seconds and
 * gigabytes, so the body is serialised here directly, paragraph by paragraph, to the same markup
 * the docx library writes for the header, title and closing (every run names Times New Roman and
 * its size, as render-docx.ts promises). Layout comes from decree30.ts, as everywhere.
 */
import {
  cmToTwips,
  FONT,
  headingRuns,
  LAYOUT,
  listItemIndentTwips,
  listItemRuns,
  nfc,
  SIZE_PT,
  splitWidth,
  TWIPS_PER_PT,
  toRuns,
} from './decree30.ts';
import { type Align, type Block, expandBlocks, type TextRun as ModelRun, type TableBlock } from './model.ts';

const JC: Record<Align, string> = { justify: 'both', left: 'left', center: 'center', right: 'right' };
const pt = (value: number) => Math.round(value * TWIPS_PER_PT);

const FONTS = `<w:rFonts w:ascii="${FONT.family}" w:cs="${FONT.family}" w:eastAsia="${FONT.family}" w:hAnsi="${FONT.family}"/>`;
const size = (sizePt: number) => `<w:sz w:val="${sizePt * 2}"/><w:szCs w:val="${sizePt * 2}"/>`;

// Characters XML 1.0 forbids (controls other than tab and newlines, lone surrogates, U+FFFE/F).
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs of one size; a "\n" inside a run's text becomes a line break, as in render-docx.ts. */
function runsXml(items: readonly ModelRun[], sizePt: number): string {
  const sz = size(sizePt);
  let out = '';
  for (const item of items) {
    const rPr = `<w:rPr>${FONTS}${item.bold ? '<w:b/><w:bCs/>' : ''}${item.italic ? '<w:i/><w:iCs/>' : ''}${sz}${item.underline ? '<w:u w:val="single"/>' : ''}</w:rPr>`;
    const lines = nfc(item.text).split('\n');
    for (let i = 0; i < lines.length; i++) {
      out += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXmlText(lines[i] ?? '')}</w:t></w:r>`;
    }
  }
  return out;
}

interface ParagraphOptions {
  align: Align;
  sizePt: number;
  after: number;
  /** Line spacing as a multiple of single. */
  spacing: number;
  firstLine?: number | undefined;
  keepNext?: boolean | undefined;
  pageBreakBefore?: boolean | undefined;
}

function paragraphXml(items: readonly ModelRun[], o: ParagraphOptions): string {
  return (
    `<w:p><w:pPr>${o.keepNext ? '<w:keepNext/><w:keepLines/>' : ''}${o.pageBreakBefore ? '<w:pageBreakBefore/>' : ''}` +
    `<w:spacing w:after="${pt(o.after)}" w:before="0" w:line="${Math.round(240 * o.spacing)}" w:lineRule="auto"/>` +
    `${o.firstLine ? `<w:ind w:firstLine="${o.firstLine}"/>` : ''}<w:jc w:val="${JC[o.align]}"/>` +
    `<w:rPr>${FONTS}${size(o.sizePt)}</w:rPr></w:pPr>${runsXml(items, o.sizePt)}</w:p>`
  );
}

function bodyParagraphXml(
  items: readonly ModelRun[],
  o: {
    align?: Align;
    firstLine?: number | undefined;
    sizePt?: number | undefined;
    keepNext?: boolean | undefined;
    pageBreakBefore?: boolean;
  },
): string {
  return paragraphXml(items, {
    align: o.align ?? 'justify',
    sizePt: o.sizePt ?? SIZE_PT.body,
    after: LAYOUT.paragraphSpaceAfterPt,
    spacing: LAYOUT.lineSpacing,
    firstLine: o.firstLine,
    keepNext: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
  });
}

/** Blank vertical space of exactly `heightPt`. */
export function spacerXml(heightPt: number, pageBreakBefore = false): string {
  return (
    `<w:p><w:pPr>${pageBreakBefore ? '<w:pageBreakBefore/>' : ''}` +
    `<w:spacing w:after="0" w:before="0" w:line="${Math.max(pt(heightPt), 2)}" w:lineRule="exact"/>` +
    `<w:rPr>${FONTS}${size(1)}</w:rPr></w:pPr></w:p>`
  );
}

const TABLE_RULE = `w:val="single" w:color="000000" w:sz="${Math.round(LAYOUT.tableRuleThicknessPt * 8)}"`;

function tableXml(block: TableBlock, textWidth: number): string {
  const widths = splitWidth(
    textWidth,
    block.columns.map((c) => c.weight),
  );
  const sizePt = block.sizePt ?? SIZE_PT.table;
  const padY = pt(LAYOUT.tableCellPaddingPt.y);
  const padX = pt(LAYOUT.tableCellPaddingPt.x);
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/><w:tblBorders>` +
    `<w:top ${TABLE_RULE}/><w:left ${TABLE_RULE}/><w:bottom ${TABLE_RULE}/><w:right ${TABLE_RULE}/>` +
    `<w:insideH ${TABLE_RULE}/><w:insideV ${TABLE_RULE}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${padY}"/><w:left w:type="dxa" w:w="${padX}"/>` +
    `<w:bottom w:type="dxa" w:w="${padY}"/><w:right w:type="dxa" w:w="${padX}"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const row = (cells: (typeof block.rows)[number], header: boolean) => {
    // A row stays whole on its page, as in the PDF; header rows repeat on every page.
    let xml = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>`;
    block.columns.forEach((col, i) => {
      const runs = toRuns(cells[i] ?? []);
      xml +=
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/><w:vAlign w:val="${header ? 'center' : 'top'}"/></w:tcPr>` +
        paragraphXml(header ? runs.map((r) => ({ ...r, bold: true })) : runs, {
          align: header ? 'center' : (col.align ?? 'left'),
          sizePt,
          after: 0,
          spacing: 1,
        }) +
        '</w:tc>';
    });
    return `${xml}</w:tr>`;
  };
  for (const cells of block.header ?? []) out += row(cells, true);
  for (const cells of block.rows) out += row(cells, false);
  return `${out}</w:tbl>`;
}

/**
 * The body blocks as a sequence of `<w:p>`/`<w:tbl>` elements, handed to `emit` one block at a
 * time so a very long body never has to exist as one string.
 */
export function writeBodyXml(
  blocks: readonly Block[],
  textWidth: number,
  emit: (xml: string) => void,
  breakFirst = false,
): void {
  const indent = cmToTwips(LAYOUT.firstLineIndentCm);
  let pageBreak = breakFirst;
  const takeBreak = () => {
    const b = pageBreak;
    pageBreak = false;
    return b;
  };
  for (const block of expandBlocks(blocks)) {
    switch (block.kind) {
      case 'paragraph': {
        const align = block.align ?? 'justify';
        const first = block.firstLineIndent ?? align === 'justify';
        emit(
          bodyParagraphXml(toRuns(block.runs), {
            align,
            firstLine: first ? indent : undefined,
            sizePt: block.sizePt,
            keepNext: block.keepWithNext,
            pageBreakBefore: takeBreak(),
          }),
        );
        break;
      }
      case 'heading':
        // A heading stays with what follows, unless its own text runs on after it ("1. Sở Y tế: Chủ trì…").
        emit(
          bodyParagraphXml(headingRuns(block), {
            firstLine: indent,
            keepNext: !block.rest?.length,
            pageBreakBefore: takeBreak(),
          }),
        );
        break;
      case 'listItem':
        emit(
          bodyParagraphXml(listItemRuns(block), {
            firstLine: listItemIndentTwips(block.depth),
            pageBreakBefore: takeBreak(),
          }),
        );
        break;
      case 'table':
        if (takeBreak()) emit(spacerXml(1, true));
        emit(tableXml(block, textWidth));
        emit(spacerXml(LAYOUT.paragraphSpaceAfterPt));
        break;
      case 'spacer':
        emit(spacerXml(block.pt, takeBreak()));
        break;
      case 'qr':
        // The caption alone (see QrBlock): it carries the same code a person can type.
        emit(
          bodyParagraphXml([{ text: block.caption, bold: true }], {
            align: block.align ?? 'center',
            sizePt: SIZE_PT.recipient + 1,
            pageBreakBefore: takeBreak(),
          }),
        );
        break;
      case 'pageBreak':
        pageBreak = true;
        break;
    }
  }
}

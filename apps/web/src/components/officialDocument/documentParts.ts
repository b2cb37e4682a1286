import {
  type Align,
  headingRuns,
  LAYOUT,
  type LayoutLine,
  listItemRuns,
  SIZE_PT,
  type StackItem,
  type TextRun,
  toRuns,
} from '@tongket/documents/layout';
import type { DocumentBlock } from '@tongket/domain';

/*
 * The pure part of drawing an official document in the page: which element each block becomes and
 * in what type, from the same model and the same layout helpers the DOCX and PDF renderers use.
 * Sizes are in em of the body type (14 pt), so the document scales as one with the screen.
 */

/** Points as em of the body type: 13 pt → 0.929em. */
export function em(pt: number): string {
  return `${Number((pt / SIZE_PT.body).toFixed(3))}em`;
}

/** Column widths as a CSS grid template: [0.4, 0.6] → "minmax(0, 40fr) minmax(0, 60fr)". */
export function gridColumns(fractions: readonly number[]): string {
  return fractions.map((f) => `minmax(0, ${Math.round(f * 100)}fr)`).join(' ');
}

/** The width of a table's columns, in percent of the table, from their weights. */
export function columnPercents(weights: readonly number[]): string[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((w) => `${Number(((100 * w) / sum).toFixed(2))}%`);
}

export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** A heading element `depth` levels under the document's title (itself at `titleLevel`). */
export function headingTag(titleLevel: number, depth: number): HeadingTag {
  const level = Math.min(6, Math.max(2, titleLevel + depth));
  return `h${level}` as HeadingTag;
}

/** What the page draws for a body block: the element, its runs, its alignment and indent. */
export type DrawnBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; runs: TextRun[] }
  | { kind: 'leadParagraph'; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[]; align: Align; indent: boolean; sizePt: number }
  | { kind: 'listItem'; runs: TextRun[]; depth: number }
  | Extract<DocumentBlock, { kind: 'table' | 'spacer' | 'pageBreak' }>
  | { kind: 'caption'; runs: TextRun[]; align: Align };

/**
 * A block as the page draws it. A numbered heading alone on its line is a heading of the page
 * ("I. MỤC ĐÍCH, YÊU CẦU", "1. Sở Y tế:"); one with text run on after it ("1. Thời gian: 8 giờ
 * 00 …", "2. Sở Y tế: Chủ trì …") reads as a paragraph with a bold lead, as it prints — a screen
 * reader's list of headings stays the document's outline, not every task. A QR code shows its
 * caption, as the DOCX prints it.
 */
export function drawBlock(block: DocumentBlock): DrawnBlock {
  switch (block.kind) {
    case 'heading':
      return block.rest?.some((r) => (typeof r === 'string' ? r : r.text).trim() !== '') && block.level > 1
        ? { kind: 'leadParagraph', runs: headingRuns(block) }
        : { kind: 'heading', level: block.level, runs: headingRuns(block) };
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return {
        kind: 'paragraph',
        runs: toRuns(block.runs),
        align,
        indent: block.firstLineIndent ?? align === 'justify',
        sizePt: block.sizePt ?? SIZE_PT.body,
      };
    }
    case 'listItem':
      return { kind: 'listItem', runs: listItemRuns(block), depth: block.depth ?? 0 };
    case 'qr':
      return { kind: 'caption', runs: [{ text: block.caption, bold: true }], align: block.align ?? 'center' };
    default:
      return block;
  }
}

/** A line of the fixed blocks (header, title, closing) as CSS: its size and the space around it. */
export function lineStyle(line: LayoutLine): { fontSize: string; marginTop?: string; marginBottom?: string } {
  return {
    fontSize: em(line.sizePt),
    ...(line.before ? { marginTop: em(line.before) } : {}),
    ...(line.after ? { marginBottom: em(line.after) } : {}),
  };
}

/** The width of a short rule: a fraction of its column, or a printed length in em of the body type. */
export function ruleWidth(rule: { fraction: number } | { lengthPt: number }): string {
  return 'fraction' in rule ? `${Number((rule.fraction * 100).toFixed(2))}%` : em(rule.lengthPt);
}

/**
 * The title block split for the page: "DỰ THẢO" (a draft's mark, not part of the title), the
 * title's lines ("KẾ HOẠCH" and the summary: one heading), and what follows them (the rule).
 */
export function splitTitle(
  items: StackItem[],
  draft: boolean,
): { mark: LayoutLine | null; lines: LayoutLine[]; after: StackItem[] } {
  const lines = items.filter((i): i is LayoutLine => 'runs' in i);
  const mark = draft ? (lines[0] ?? null) : null;
  const title = draft ? lines.slice(1) : lines;
  const last = title.at(-1);
  const after = last ? items.slice(items.indexOf(last) + 1) : items.filter((i) => !('runs' in i));
  return { mark, lines: title, after };
}

export const FIRST_LINE_INDENT = `${LAYOUT.firstLineIndentCm}cm`;
export const LIST_DEPTH_INDENT = `${LAYOUT.listDepthIndentCm}cm`;

import { ElementType, parseDocument } from 'htmlparser2';
import { findNumberLabel, stripNumberLabels } from './number-labels.ts';

/**
 * Cuts sanitised report HTML into its top-level blocks (paragraphs, headings, lists, tables) with a
 * real HTML parser, keeping each block's markup exactly as the sanitiser wrote it. htmlparser2 is the
 * parser sanitize-html itself runs on, so it reads the markup the same way.
 */

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: unknown }>;
/** Text, and the other nodes that carry `data`; the guard below lets only text through. */
type DomText = Extract<DomNode, { data: string }>;

// domutils 4 no longer re-exports domhandler's guards, and domhandler is not ours to import.
const isElement = (node: DomNode): node is DomElement => ElementType.isTag(node);
const isText = (node: DomNode): node is DomText => node.type === ElementType.Text;

export interface HtmlBlock {
  /** 'p', 'h2', 'ul', 'table'…; null for loose inline content (wrapped in a <p> in `html`). */
  tag: string | null;
  html: string;
  /** Plain text: one line per paragraph, list item or table row; cells separated by a tab. */
  text: string;
  /** Every visible character sits inside <strong> (the sanitiser turns <b> into <strong>). */
  allBold: boolean;
  /**
   * For a list whose every item is a short bold line — how Word's automatic (multi-level)
   * numbering renders numbered headings — those lines in order with their nesting level (0 for the
   * outermost list); otherwise null.
   */
  listHeadings: ListHeading[] | null;
  /** For a list, every item's own line in order (nested lists aside); otherwise null. */
  listItems: ListItem[] | null;
  /** The number Word's automatic numbering draws before a paragraph or heading ("9.", "II."). */
  label: string | null;
}

export interface ListHeading {
  text: string;
  level: number;
  /** The number Word draws before it, when known. */
  label: string | null;
}

export interface ListItem extends ListHeading {
  /** The item's own markup (nested lists aside), without the <li>. */
  html: string;
  bold: boolean;
}

/** Longer than this, a bold or numbered line is body text, not a heading. */
export const MAX_HEADING_CHARS = 200;

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'blockquote',
]);

export function splitHtmlBlocks(html: string): HtmlBlock[] {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const blocks: HtmlBlock[] = [];
  let loose: DomNode[] = [];
  const flushLoose = () => {
    if (loose.length === 0) return;
    const first = loose[0] as DomNode;
    const last = loose[loose.length - 1] as DomNode;
    const text = textOf(loose);
    if (text !== '') {
      const inner = html.slice(first.startIndex ?? 0, (last.endIndex ?? html.length - 1) + 1).trim();
      blocks.push({
        tag: null,
        html: `<p>${stripNumberLabels(inner)}</p>`,
        text,
        allBold: isAllBold(loose),
        listHeadings: null,
        listItems: null,
        label: labelOf(html, loose),
      });
    }
    loose = [];
  };
  for (const node of document.children) {
    if (isElement(node) && BLOCK_TAGS.has(node.name)) {
      flushLoose();
      blocks.push(blockOf(html, node));
    } else if (isElement(node) || isText(node)) {
      loose.push(node);
    }
  }
  flushLoose();
  return blocks;
}

function blockOf(html: string, node: DomElement): HtmlBlock {
  const list = node.name === 'ul' || node.name === 'ol';
  const items = list ? listItems(html, node) : null;
  return {
    tag: node.name,
    html: stripNumberLabels(html.slice(node.startIndex ?? 0, (node.endIndex ?? html.length - 1) + 1)),
    text: textOf([node]),
    allBold: isAllBold([node]),
    listHeadings: items ? listHeadings(items) : null,
    listItems: items,
    label: /^(?:p|h[1-6])$/.test(node.name) ? labelOf(html, [node]) : null,
  };
}

const isList = (node: DomNode): node is DomElement =>
  isElement(node) && (node.name === 'ul' || node.name === 'ol');

/** The label Word's numbering put at the start of a paragraph's text (one per paragraph). */
function labelOf(html: string, nodes: readonly DomNode[]): string | null {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return null;
  const raw = html.slice(first.startIndex ?? 0, (last.endIndex ?? html.length - 1) + 1);
  const label = findNumberLabel(raw);
  return label === null ? null : label.trim() || null;
}

/** Every item's own line (nested lists aside), with its nesting level (0 for the outermost list). */
function listItems(html: string, list: DomElement): ListItem[] {
  const out: ListItem[] = [];
  const walk = (node: DomElement, level: number) => {
    for (const item of node.children) {
      if (!isElement(item) || item.name !== 'li') continue;
      const own = item.children.filter((c) => !isList(c));
      const text = textOf(own).replace(/\s+/g, ' ').trim();
      if (text !== '') {
        const ownHtml = own
          .map((c) => html.slice(c.startIndex ?? 0, (c.endIndex ?? html.length - 1) + 1))
          .join('')
          .trim();
        out.push({
          text,
          level,
          label: labelOf(html, own),
          html: stripNumberLabels(ownHtml),
          bold: isAllBold(own),
        });
      }
      for (const nested of item.children) {
        if (isList(nested)) walk(nested, level + 1);
      }
    }
  };
  walk(list, 0);
  return out;
}

/** The items' lines when all are short and bold — Word's numbered headings; null otherwise. */
function listHeadings(items: readonly ListItem[]): ListHeading[] | null {
  if (items.length === 0) return null;
  if (items.some((i) => i.text.length > MAX_HEADING_CHARS || !i.bold)) return null;
  return items.map(({ text, level, label }) => ({ text, level, label }));
}

const LINE_BREAKING = new Set([...BLOCK_TAGS, 'br']);

/**
 * Text with line breaks where the markup breaks lines (a table row is one line, its cells separated
 * by tabs, paragraphs inside a cell by spaces), spaces collapsed, blank lines dropped.
 */
export function textOf(nodes: readonly DomNode[]): string {
  let out = '';
  const walk = (list: readonly DomNode[], inCell: boolean) => {
    for (const node of list) {
      if (isText(node)) {
        out += stripNumberLabels(node.data);
        continue;
      }
      if (!isElement(node)) continue;
      const cell = node.name === 'td' || node.name === 'th';
      const breaks = LINE_BREAKING.has(node.name);
      if (cell) out += '\t';
      else if (breaks) out += inCell ? ' ' : '\n';
      walk(node.children, inCell || cell);
      if (breaks && node.name !== 'br') out += inCell ? ' ' : '\n';
    }
  };
  walk(nodes, false);
  return out
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => cell.replace(/\s+/g, ' ').trim())
        .join('\t')
        .replace(/^\t+|\t+$/g, ''),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** True when the nodes have visible text and all of it is inside <strong>. */
function isAllBold(nodes: readonly DomNode[]): boolean {
  let seen = false;
  let plain = false;
  const walk = (list: readonly DomNode[], bold: boolean) => {
    for (const node of list) {
      if (plain) return;
      if (isText(node)) {
        if (stripNumberLabels(node.data).trim() === '') continue;
        seen = true;
        if (!bold) plain = true;
      } else if (isElement(node)) {
        walk(node.children, bold || node.name === 'strong');
      }
    }
  };
  walk(nodes, false);
  return seen && !plain;
}

/** A place where a paragraph may split into a heading and the text that follows it. */
export interface ParagraphCut {
  /** The text before the cut, spaces collapsed ("1. Công tác chỉ đạo, điều hành:"). */
  heading: string;
  /** Every visible character before the cut is bold. */
  bold: boolean;
  /** The paragraph's text after the cut, keeping its inline markup. */
  rest: HtmlBlock;
}

/** How many colons are tried as the end of a heading written on the same line as its text. */
const MAX_COLON_CUTS = 3;

/**
 * Where a paragraph written as "1. Công tác chỉ đạo, điều hành: Ban Chỉ đạo đã …" could be a heading
 * followed by its text: after each of its first colons, and where a bold opening gives way to plain
 * text ("<strong>1. Công tác tuyên truyền</strong> Phối hợp …"). Only cuts with text after them.
 */
export function paragraphCuts(block: HtmlBlock): ParagraphCut[] {
  if (block.tag !== 'p' && block.tag !== null) return [];
  const html = block.html;
  const colonEarly = block.text.slice(0, MAX_HEADING_CHARS + 1).includes(':');
  const boldOpening = /^<p>(?:<[^>]+>)*<strong>/.test(html) && !block.allBold;
  if (!html.startsWith('<p>') || !html.endsWith('</p>') || !(colonEarly || boldOpening)) return [];
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const paragraph = document.children[0];
  if (!paragraph || !isElement(paragraph) || paragraph.name !== 'p') return [];
  const innerEnd = html.length - '</p>'.length;
  const cuts: Array<{ at: number; ancestors: DomElement[]; heading: string; bold: boolean }> = [];
  let before = '';
  let boldSoFar = true;
  let colons = 0;
  const startTag = (el: DomElement) =>
    html.slice(el.startIndex ?? 0, html.indexOf('>', el.startIndex ?? 0) + 1);
  const walk = (nodes: readonly DomNode[], ancestors: DomElement[], bold: boolean): boolean => {
    for (const node of nodes) {
      if (isElement(node)) {
        if (node.name === 'br') before += ' ';
        if (!walk(node.children, [...ancestors, node], bold || node.name === 'strong')) return false;
        continue;
      }
      if (!isText(node)) continue;
      const start = node.startIndex ?? 0;
      const raw = html.slice(start, (node.endIndex ?? start) + 1);
      if (node.data.trim() !== '' && !bold && boldSoFar && before.trim() !== '') {
        cuts.push({ at: start, ancestors, heading: before, bold: true });
      }
      if (node.data.trim() !== '' && !bold) boldSoFar = false;
      // The n-th colon of the markup is the n-th of the text: entities never stand for one here.
      let rawAt = raw.indexOf(':');
      let textAt = node.data.indexOf(':');
      while (rawAt >= 0 && textAt >= 0) {
        const heading = before + node.data.slice(0, textAt + 1);
        if (heading.length > MAX_HEADING_CHARS || colons >= MAX_COLON_CUTS) return false;
        colons++;
        cuts.push({ at: start + rawAt + 1, ancestors, heading, bold: boldSoFar && bold });
        rawAt = raw.indexOf(':', rawAt + 1);
        textAt = node.data.indexOf(':', textAt + 1);
      }
      before += node.data;
      if (before.length > MAX_HEADING_CHARS) return false;
    }
    return true;
  };
  walk(paragraph.children, [], false);
  const out: ParagraphCut[] = [];
  for (const cut of cuts) {
    const rest = splitHtmlBlocks(
      `<p>${leadingTrimmed(cut.ancestors.map(startTag).join('') + html.slice(cut.at, innerEnd))}</p>`,
    )[0];
    const heading = cut.heading.replace(/\s+/g, ' ').trim();
    if (!rest || rest.text === '' || heading === '' || heading.length > MAX_HEADING_CHARS) continue;
    out.push({ heading, bold: cut.bold, rest: { ...rest, tag: 'p' } });
  }
  return out;
}

/** Markup without what a cut leaves at its start: spaces, and inline elements emptied by the cut. */
function leadingTrimmed(inner: string): string {
  let out = inner;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out
      .replace(/^((?:<(?!\/)[^>]*>)*)\s+/, '$1')
      .replace(/^((?:<(?!\/)[^>]*>)*)<(strong|em|u|s|sub|sup|a)\b[^>]*>\s*<\/\2>/, '$1');
  }
  return out;
}

import { ElementType, parseDocument } from 'htmlparser2';

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
}

export interface ListHeading {
  text: string;
  level: number;
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
        html: `<p>${inner}</p>`,
        text,
        allBold: isAllBold(loose),
        listHeadings: null,
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
  return {
    tag: node.name,
    html: html.slice(node.startIndex ?? 0, (node.endIndex ?? html.length - 1) + 1),
    text: textOf([node]),
    allBold: isAllBold([node]),
    listHeadings: node.name === 'ul' || node.name === 'ol' ? listHeadings(node) : null,
  };
}

const isList = (node: DomNode): node is DomElement =>
  isElement(node) && (node.name === 'ul' || node.name === 'ol');

/** The items' own lines (nested lists aside) when all are short and bold; null otherwise. */
function listHeadings(list: DomElement): ListHeading[] | null {
  const out: ListHeading[] = [];
  const walk = (node: DomElement, level: number): boolean => {
    for (const item of node.children) {
      if (!isElement(item) || item.name !== 'li') continue;
      const own = item.children.filter((c) => !isList(c));
      const text = textOf(own).replace(/\s+/g, ' ').trim();
      if (text !== '') {
        if (text.length > MAX_HEADING_CHARS || !isAllBold(own)) return false;
        out.push({ text, level });
      }
      for (const nested of item.children) {
        if (isList(nested) && !walk(nested, level + 1)) return false;
      }
    }
    return true;
  };
  return walk(list, 0) && out.length > 0 ? out : null;
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
        out += node.data;
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
        if (node.data.trim() === '') continue;
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

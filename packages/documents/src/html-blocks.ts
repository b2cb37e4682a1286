import { ElementType, parseDocument } from 'htmlparser2';
import type { Block, Inline, TextRun } from './model.ts';

/**
 * Report text (the sanitised HTML units and the standing agency write: paragraphs, emphasis,
 * headings, lists, tables, line breaks) as blocks of the official-document model, so a
 * consolidated report prints in the decree's layout whatever was typed or pasted from Word.
 */
interface Style {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type ElementNode = Extract<ChildNode, { attribs: unknown }>;

function isElement(node: ChildNode): node is ElementNode {
  return ElementType.isTag(node);
}

/** Inline content of a node: text runs with their emphasis; <br> becomes a line break. */
function inlines(nodes: ChildNode[], style: Style, out: Inline[] = []): Inline[] {
  for (const node of nodes) {
    if (node.type === ElementType.Text) {
      const text = decode((node as unknown as { data: string }).data).replace(/\s+/g, ' ');
      if (text === '') continue;
      out.push(style.bold || style.italic || style.underline ? ({ text, ...style } as TextRun) : text);
    } else if (isElement(node)) {
      const name = node.name;
      if (name === 'br') out.push('\n');
      else if (name === 'strong' || name === 'b') inlines(node.children, { ...style, bold: true }, out);
      else if (name === 'em' || name === 'i') inlines(node.children, { ...style, italic: true }, out);
      else if (name === 'u') inlines(node.children, { ...style, underline: true }, out);
      else inlines(node.children, style, out);
    }
  }
  return out;
}

/** Trims the outer spaces of a run list and drops it when nothing is left. */
function tidy(runs: Inline[]): Inline[] {
  const text = (r: Inline) => (typeof r === 'string' ? r : r.text);
  const out = [...runs];
  while (out.length > 0 && text(out[0] as Inline).trim() === '') out.shift();
  while (out.length > 0 && text(out.at(-1) as Inline).trim() === '') out.pop();
  if (out.length === 0) return out;
  const first = out[0] as Inline;
  out[0] = typeof first === 'string' ? first.trimStart() : { ...first, text: first.text.trimStart() };
  const last = out.at(-1) as Inline;
  out[out.length - 1] = typeof last === 'string' ? last.trimEnd() : { ...last, text: last.text.trimEnd() };
  return out;
}

/**
 * A line wholly in bold ending with a colon ("Sở Y tế:", "Kết quả nổi bật:") introduces what
 * follows it, so it never stands alone at the foot of a page.
 */
function isLeadIn(runs: Inline[]): boolean {
  const last = runs.at(-1);
  const lastText = typeof last === 'string' ? last : (last?.text ?? '');
  return (
    runs.length > 0 && runs.every((r) => typeof r !== 'string' && r.bold) && lastText.trimEnd().endsWith(':')
  );
}

function cellsOf(row: ElementNode): { cells: Inline[][]; header: boolean } {
  const cells: Inline[][] = [];
  let header = true;
  for (const cell of row.children) {
    if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
    if (cell.name === 'td') header = false;
    const runs: Inline[] = [];
    for (const child of cell.children) {
      const inner = tidy(inlines([child], {}));
      if (inner.length === 0) continue;
      if (runs.length > 0) runs.push('\n');
      runs.push(...inner);
    }
    cells.push(runs);
  }
  return { cells, header };
}

function table(node: ElementNode): Block | null {
  const rows: Array<{ cells: Inline[][]; header: boolean }> = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (n.name === 'tr') rows.push(cellsOf(n));
      else if (n.name === 'thead' || n.name === 'tbody' || n.name === 'tfoot') walk(n.children);
    }
  };
  walk(node.children);
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const pad = (cells: Inline[][]) => [
    ...cells,
    ...Array.from({ length: width - cells.length }, () => [] as Inline[]),
  ];
  const headerRows = rows.findIndex((r) => !r.header);
  const split = headerRows === -1 ? 0 : headerRows;
  return {
    kind: 'table',
    columns: Array.from({ length: width }, () => ({ weight: 1 })),
    ...(split > 0 && { header: rows.slice(0, split).map((r) => pad(r.cells)) }),
    rows: rows.slice(split).map((r) => pad(r.cells)),
    sizePt: 12,
  };
}

function blocks(nodes: ChildNode[], out: Block[], depth = 0): Block[] {
  let loose: ChildNode[] = [];
  const flush = () => {
    const runs = tidy(inlines(loose, {}));
    if (runs.length > 0) out.push({ kind: 'paragraph', runs });
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      loose.push(node);
      continue;
    }
    const name = node.name;
    if (name === 'p' || /^h[1-6]$/.test(name) || name === 'blockquote') {
      flush();
      const style: Style = /^h[1-6]$/.test(name)
        ? { bold: true }
        : name === 'blockquote'
          ? { italic: true }
          : {};
      const runs = tidy(inlines(node.children, style));
      if (runs.length > 0)
        out.push({
          kind: 'paragraph',
          runs,
          ...((/^h/.test(name) || isLeadIn(runs)) && { keepWithNext: true }),
        });
    } else if (name === 'ul' || name === 'ol') {
      flush();
      let n = 0;
      for (const item of node.children) {
        if (!isElement(item) || item.name !== 'li') continue;
        n++;
        const nested = item.children.filter(
          (c: ChildNode) => isElement(c) && (c.name === 'ul' || c.name === 'ol'),
        );
        const own = item.children.filter((c: ChildNode) => !nested.includes(c));
        const runs = tidy(inlines(own, {}));
        if (runs.length > 0) {
          // A numbered item prints its number the way typed text does; a bullet gets the dash.
          out.push(
            name === 'ol'
              ? { kind: 'paragraph', runs: [`${n}. `, ...runs] }
              : { kind: 'listItem', runs, depth },
          );
        }
        for (const sub of nested) blocks([sub], out, depth + 1);
      }
    } else if (name === 'table') {
      flush();
      const t = table(node);
      if (t) out.push(t);
    } else {
      loose.push(node);
    }
  }
  flush();
  return out;
}

export function htmlToBlocks(html: string): Block[] {
  if (!html.trim()) return [];
  return blocks(parseDocument(html).children, []);
}

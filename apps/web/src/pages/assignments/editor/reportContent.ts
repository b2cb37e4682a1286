import { type NumberedSection, numberOutline, type Outline, type ReportContent } from '@tongket/domain';

/** The outline as the editor lays it out: every section in reading order, numbered, leaves marked. */
export interface OutlineRow extends NumberedSection {
  leaf: boolean;
}

export function outlineRows(outline: Outline): OutlineRow[] {
  return numberOutline(outline.sections).map((n) => ({ ...n, leaf: n.section.children.length === 0 }));
}

/** "I.2. Công tác tuyên truyền" — how a section is named in lists and messages. */
export function sectionName(row: Pick<NumberedSection, 'path' | 'section'>): string {
  return `${row.path}. ${row.section.title.replace(/[:.]\s*$/, '')}`;
}

export function copyContent(content: ReportContent): ReportContent {
  return { ...content, sections: { ...content.sections }, indicators: { ...content.indicators } };
}

const BLOCKS = /<\/(p|h[1-6]|li|tr|blockquote)>|<br\s*\/?>/gi;

/** Report HTML as plain text, one line per block: for emptiness checks and previews. */
export function htmlText(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(
    html.replace(BLOCKS, (m) => `${m}\n`),
    'text/html',
  );
  return (doc.body.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export const isBlankHtml = (html: string | undefined) =>
  !html || (htmlText(html) === '' && !/<table/i.test(html));

const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};
const RENAMED: Record<string, string> = { b: 'strong', i: 'em', strike: 's', del: 's' };

/**
 * HTML reduced to what the server keeps (its sanitiser drops TipTap's column widths and styles), so
 * the editor's copy and the stored copy of the same text compare equal.
 */
export function normalizeHtml(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of [...doc.body.querySelectorAll('colgroup, col, style, script')]) el.remove();
  const walk = (node: Element): string => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        // The server keeps text in NFC: decomposed text pasted in the editor is the same text.
        out += (child.textContent ?? '')
          .normalize('NFC')
          .replace(/\u00a0/g, ' ')
          .replace(/\s+/g, ' ');
        continue;
      }
      if (!(child instanceof Element)) continue;
      const raw = child.tagName.toLowerCase();
      const tag = RENAMED[raw] ?? raw;
      const inner = walk(child);
      if (tag === 'span' || tag === 'div' || tag === 'font') {
        out += inner;
        continue;
      }
      if (tag === 'br') {
        out += '<br>';
        continue;
      }
      if ((tag === 'p' || /^h[1-6]$/.test(tag)) && inner.trim() === '') continue;
      const attributes = (KEPT_ATTRIBUTES[tag] ?? [])
        .map((name) => [name, child.getAttribute(name)] as const)
        .filter(([name, value]) => value !== null && !(name !== 'href' && value === '1'))
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
      out += `<${tag}${attributes}>${inner.trim()}</${tag}>`;
    }
    return out;
  };
  return walk(doc.body).trim();
}

export const sameHtml = (a: string | undefined, b: string | undefined) =>
  normalizeHtml(a ?? '') === normalizeHtml(b ?? '');

/** One text after the other, leaving out a blank one. */
export function joinHtml(first: string | undefined, second: string | undefined): string {
  if (isBlankHtml(first)) return second ?? '';
  if (isBlankHtml(second)) return first ?? '';
  return `${first}${second}`;
}

/** What goes to the server: blank sections left out (the server drops them anyway). */
export function contentToSend(content: ReportContent): ReportContent {
  const sections: Record<string, string> = {};
  for (const [id, html] of Object.entries(content.sections)) if (!isBlankHtml(html)) sections[id] = html;
  return {
    ...content,
    sections,
    body: isBlankHtml(content.body) ? '' : content.body,
  };
}

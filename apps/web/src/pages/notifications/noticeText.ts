/** A run of a notice's body: lines of text kept as written, or consecutive "- " lines as a list. */
export type NoticeBlock = { kind: 'text'; lines: string[] } | { kind: 'list'; items: string[] };

const LIST_LINE = /^\s*-\s+/;

/**
 * The plain-text body as the server wrote it for e-mail: blank lines separate paragraphs, every
 * other line break is kept, and "- " lines become list items (so a long item wraps under itself).
 */
export function noticeBlocks(body: string): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  let current: NoticeBlock | null = null;
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
    } else if (LIST_LINE.test(line)) {
      const item = line.replace(LIST_LINE, '');
      if (current?.kind === 'list') current.items.push(item);
      else {
        current = { kind: 'list', items: [item] };
        blocks.push(current);
      }
    } else if (current?.kind === 'text') {
      current.lines.push(line);
    } else {
      current = { kind: 'text', lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** One line for a list: the body with its line breaks and list marks folded into spaces. */
export function noticePreview(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_LINE, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Only a path inside the app is followed ("/campaigns/…"), never another site ("//host", "https:"). */
export function appLink(link: string | null): string | null {
  return link && /^\/(?![/\\])/.test(link) ? link : null;
}

import { nfc } from '@tongket/domain';
import sanitizeHtml from 'sanitize-html';

/**
 * Report text comes from a rich-text editor or is pasted from Word: keep the structure a report
 * needs (paragraphs, emphasis, headings, lists, tables, links) and nothing that can run, load or
 * restyle anything. It runs on every draft save, so the options are built once and kept plain —
 * no `parser` extras, no per-attribute callbacks beyond the link check.
 */

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/** Elements whose content is not report text: dropped with everything inside. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'button',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'template',
  'title',
  'head',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'u',
    's',
    'sub',
    'sup',
    'h1',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'a',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    // One spelling for each kind of emphasis, so consumers (the Word import's "entirely bold"
    // test, the consolidated report) see one tag.
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    // Deeper headings keep their block boundary instead of melting into the next paragraph.
    h5: 'h4',
    h6: 'h4',
    // Relative links ("#footnote-1", "/api/…") and every other scheme lose their href here, and
    // the anchor itself is then unwrapped below. (Renaming it to a disallowed tag instead trips a
    // sanitize-html bug: the next link at the same depth gets closed with that tag's name.)
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = (attribs.href ?? '').trim();
      if (!SAFE_HREF.test(href)) return { tagName: 'a', attribs: {} as sanitizeHtml.Attributes };
      return { tagName: 'a', attribs: { href, rel: 'noopener noreferrer' } };
    },
  },
  // Only the tag goes, not its text. (sanitize-html then leaves that text out of the parent's
  // `frame.text`, which is why empty paragraphs are found on the output below, not here.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/**
 * A paragraph or heading with nothing but spaces, &nbsp;, <br> or empty emphasis in it: Word and
 * editors leave runs of them as vertical spacing. Matched on the sanitiser's own output, where
 * these tags never carry attributes and <br> is always written "<br />".
 */
const EMPTY_BLOCK = /<(p|h[1-4])>(?:\s|&nbsp;|\u00a0|<br \/>|<\/?(?:strong|em|u|s|sub|sup)>)*<\/\1>/g;

const ALLOWED_BARE = new Set(
  (OPTIONS.allowedTags as string[]).filter((tag) => tag !== 'a' && tag !== 'td' && tag !== 'th'),
);
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>/g;
const ATTRIBUTE = /\s+([a-z-]+)="([^"<>]*)"/g;
const SPAN = /^[1-9][0-9]{0,2}$/;
const CLEAN_HREF = /^(?:https?:\/\/|mailto:)[^\s"'<>`]*$/i;

function cleanAttributes(tag: string, attributes: string): boolean {
  if (attributes === '') return tag !== 'a';
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (
      (tag === 'td' || tag === 'th') &&
      (name === 'colspan' || name === 'rowspan') &&
      SPAN.test(value ?? '')
    )
      continue;
    if (tag === 'a' && name === 'href' && CLEAN_HREF.test(value ?? '')) continue;
    if (tag === 'a' && name === 'rel' && value === 'noopener noreferrer') continue;
    return false;
  }
  return true;
}

/**
 * True when the HTML already holds nothing the sanitiser would remove: every "<" opens or closes
 * an allowed tag, with only the attributes it may keep. What the editor sends and what was
 * sanitised before (a re-saved draft) passes, so most saves skip the full parse.
 */
export function isCleanReportHtml(html: string): boolean {
  let tags = 0;
  for (const [, closing, name = '', attributes = ''] of html.matchAll(TAG)) {
    tags++;
    if (closing && attributes) return false;
    if (ALLOWED_BARE.has(name)) {
      if (attributes) return false;
    } else if (name === 'a' || name === 'td' || name === 'th') {
      if (!closing && !cleanAttributes(name, attributes)) return false;
    } else {
      return false;
    }
  }
  let opens = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) opens++;
  return opens === tags;
}

export function sanitizeReportHtml(html: string): string {
  if (html === '') return '';
  const clean = isCleanReportHtml(html) ? html : sanitizeHtml(html, OPTIONS);
  return nfc(clean.replace(EMPTY_BLOCK, '').trim());
}

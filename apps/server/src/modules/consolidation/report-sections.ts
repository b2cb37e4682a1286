import type { ReportContent } from '@tongket/domain';

/**
 * Some sections of a report's stored content (its JSON): for each id in `wanted`, what
 * `JSON.parse(json).sections[id]` holds, the other sections left out. A consolidation written a few
 * sections at a time reads every report once per group: parsed whole, a thousand reports' twenty
 * sections were 50 MB of strings made for each group and dropped at once, most of them sections
 * of other groups. Here only the wanted sections' texts are parsed (each by `JSON.parse`, so
 * exactly as before); the rest of the JSON is stepped over. Content of any other shape than an
 * object whose `sections` is an object of strings (or null) is parsed whole, as before.
 */
export function reportSections(json: string, wanted: ReadonlySet<string>): ReportContent['sections'] {
  const found = wantedSections(json, wanted);
  if (found) return found;
  const all: Record<string, unknown> = (JSON.parse(json) as Partial<ReportContent>).sections ?? {};
  const out: Record<string, string> = {};
  for (const id of wanted) if (Object.hasOwn(all, id)) out[id] = all[id] as string;
  return out;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function skipSpace(s: string, i: number): number {
  let at = i;
  while (at < s.length && isSpace(s.charCodeAt(at))) at++;
  return at;
}

/** The index after the string literal that starts at `i` (a quote), or -1. */
function stringEnd(s: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = s.indexOf('"', from);
    if (quote < 0) return -1;
    let slash = quote - 1;
    while (s.charCodeAt(slash) === BACKSLASH) slash--;
    // An even number of backslashes before it: the quote is not escaped.
    if ((quote - 1 - slash) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The index after the JSON value that starts at `i`, or -1 (not checked further: JSON.stringify wrote it). */
function valueEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) return stringEnd(s, i);
  if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
    let depth = 0;
    let at = i;
    while (at < s.length) {
      const d = s.charCodeAt(at);
      if (d === QUOTE) {
        at = stringEnd(s, at);
        if (at < 0) return -1;
        continue;
      }
      if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
      else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return at + 1;
      }
      at++;
    }
    return -1;
  }
  // A number, true, false or null.
  let at = i;
  while (at < s.length) {
    const d = s.charCodeAt(at);
    if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d)) break;
    at++;
  }
  return at > i ? at : -1;
}

/** The key (a string literal from `i` to `end`) as JSON.parse reads it. */
function keyAt(s: string, i: number, end: number): string {
  const inner = s.slice(i + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(s.slice(i, end)) as string) : inner;
}

/**
 * Walks an object's members from `i` (its opening brace), calling `member` with each key and the
 * index its value starts at; `member` answers where the value ends (or -1). Answers the index after
 * the closing brace, or -1 when the text is not as expected.
 */
function eachMember(s: string, i: number, member: (key: string, at: number) => number): number {
  let at = skipSpace(s, i + 1);
  if (s.charCodeAt(at) === CLOSE_OBJECT) return at + 1;
  for (;;) {
    if (s.charCodeAt(at) !== QUOTE) return -1;
    const keyEnd = stringEnd(s, at);
    if (keyEnd < 0) return -1;
    const key = keyAt(s, at, keyEnd);
    at = skipSpace(s, keyEnd);
    if (s.charCodeAt(at) !== COLON) return -1;
    const end = member(key, skipSpace(s, at + 1));
    if (end < 0) return -1;
    at = skipSpace(s, end);
    const c = s.charCodeAt(at);
    if (c === CLOSE_OBJECT) return at + 1;
    if (c !== COMMA) return -1;
    at = skipSpace(s, at + 1);
  }
}

/** The wanted sections, or null when the content is not an object whose `sections` is an object of strings or null. */
function wantedSections(json: string, wanted: ReadonlySet<string>): Record<string, string> | null {
  const start = skipSpace(json, 0);
  if (json.charCodeAt(start) !== OPEN_OBJECT) return null;
  // As JSON.parse reads it, a key written twice holds its last value.
  let sections: Record<string, string> = {};
  let shaped = true;
  const end = eachMember(json, start, (key, at) => {
    if (key !== 'sections') return valueEnd(json, at);
    if (json.startsWith('null', at)) {
      sections = {};
      return at + 4;
    }
    if (json.charCodeAt(at) !== OPEN_OBJECT) {
      shaped = false;
      return -1;
    }
    const found: Record<string, string> = {};
    sections = found;
    return eachMember(json, at, (id, value) => {
      if (json.charCodeAt(value) !== QUOTE || id === '__proto__') {
        shaped = false;
        return -1;
      }
      const valueEnds = stringEnd(json, value);
      if (valueEnds > 0 && wanted.has(id)) found[id] = JSON.parse(json.slice(value, valueEnds)) as string;
      return valueEnds;
    });
  });
  return shaped && end > 0 && skipSpace(json, end) === json.length ? sections : null;
}

/**
 * Vietnamese text helpers: the rule every stored text and file name follows, search that ignores
 * diacritics and case, and the collation people expect when names are sorted (a, ă, â, b, … d, đ, …).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC is the only form we store or compare; pasted text may arrive decomposed. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Characters a person never means to type and that can disguise text: C0/C1 controls (NUL, BEL…;
 * a line break and a tab are kept), zero-width characters, and bidirectional overrides and
 * isolates ("\u202efdp.exe" shows as "exe.pdf").
 */
const HIDDEN_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Half of a UTF-16 surrogate pair standing alone: no character at all, which a JSON body can still
 * carry ("\ud83d") and which breaks whatever encodes the text later (a download's file name, a
 * Word document).
 */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Every text a user types or a file is named, as it is stored: NFC, without hidden characters or
 * lone surrogates.
 * One rule for every text field of the API and every uploaded file's name.
 */
export function cleanText(value: string): string {
  return nfc(value.replace(LONE_SURROGATES, '')).replace(HIDDEN_CHARACTERS, '');
}

/** The longest file name kept, in characters. */
const MAX_FILE_NAME = 200;

/** A name safe to keep and to send back: no folders, no control or invisible characters, NFC, not too long. */
export function safeFileName(name: string, fallback = 'tep-dinh-kem'): string {
  // The rule for every text (NFC, no hidden characters), then what a file name cannot hold.
  const base = cleanText(name).split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'"<>|:*?'.includes(ch))
    .join('')
    .trim();
  if (!cleaned) return fallback;
  // Counted and cut in characters, never inside one (half an emoji would break the download's name).
  const characters = [...cleaned];
  if (characters.length <= MAX_FILE_NAME) return cleaned;
  // Shortened before the extension, so that the extension survives.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return characters.slice(0, MAX_FILE_NAME - [...extension].length).join('') + extension;
}

/** "Sở Y tế" → "so y te"; "Đakrông" → "dakrong". Also collapses whitespace. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** First letters of each word: "Bộ Chỉ huy Quân sự tỉnh" → "bchqst", so "bch" finds it. */
export function initials(value: string): string {
  return foldVietnamese(value)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => w[0])
    .join('');
}

/** Precomputed search key for a record, built once from the fields a person might type: " word word … ". */
export function searchKey(...fields: Array<string | null | undefined>): string {
  const parts: string[] = [];
  for (const field of fields) {
    if (!field) continue;
    parts.push(foldVietnamese(field));
    parts.push(initials(field));
  }
  return ` ${parts.join(' ')} `;
}

/** Splits a query into folded tokens; every token must start a word of the key. */
export function queryTokens(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((t) => t.length > 0);
}

/**
 * True when every token is the beginning of some word of the key ("so y te" finds "Sở Y tế",
 * "bch" finds the initials of "Bộ Chỉ huy …"). Word starts, not any substring: "1" must not
 * find every code that contains a 1.
 */
export function matchesTokens(key: string, tokens: readonly string[]): boolean {
  for (const token of tokens) {
    if (!key.includes(` ${token}`)) return false;
  }
  return true;
}

export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}

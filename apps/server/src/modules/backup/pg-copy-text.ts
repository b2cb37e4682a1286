import { StringDecoder } from 'node:string_decoder';

/**
 * Reading what `pg_restore --file=-` prints, without a PostgreSQL server: the column types of the
 * dump's tables (`--schema-only`: CREATE TABLE statements) and their rows (`--data-only`: one
 * `COPY schema.table (columns) FROM stdin;` block per table in PostgreSQL's COPY text format).
 */

/** A script line or COPY row this reader cannot take; the message says which (Vietnamese). */
export class CopyFormatError extends Error {
  override readonly name = 'CopyFormatError';
}

/** The lines of a stream as UTF-8 text, split on \n only (COPY rows escape \r and \n in data). */
export async function* textLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // A line longer than a chunk (a stored file's bytes in hex) is gathered in parts and joined
  // once, so each chunk is searched once.
  let parts: string[] = [];
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      parts.push(text.slice(start, newline));
      yield parts.length === 1 ? (parts[0] as string) : parts.join('');
      parts = [];
      start = newline + 1;
    }
    if (start < text.length) parts.push(text.slice(start));
  }
  const rest = parts.join('') + decoder.end();
  if (rest) yield rest;
}

const IDENT = /"((?:[^"]|"")*)"|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/y;

/**
 * An identifier list as PostgreSQL prints it: bare names (folded to lower case) or double-quoted
 * ones, separated by `sep`. Returns the names and where the list ended.
 */
function readIdentifiers(text: string, from: number, sep: string): { names: string[]; end: number } {
  const names: string[] = [];
  let i = from;
  for (;;) {
    while (text[i] === ' ') i++;
    IDENT.lastIndex = i;
    const m = IDENT.exec(text);
    if (!m) break;
    names.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] as string).toLowerCase());
    i = IDENT.lastIndex;
    while (text[i] === ' ') i++;
    if (text[i] !== sep) break;
    i++;
  }
  return { names, end: i };
}

export interface CopyHeader {
  schema: string | null;
  table: string;
  columns: string[];
}

/** `COPY schema.table (a, "b") FROM stdin;` — null when the line is not a COPY from stdin. */
export function parseCopyHeader(line: string): CopyHeader | null {
  if (!line.startsWith('COPY ')) return null;
  const name = readIdentifiers(line, 5, '.');
  if (name.names.length < 1 || name.names.length > 2) return null;
  let i = name.end;
  let columns: string[] = [];
  if (line[i] === '(') {
    const list = readIdentifiers(line, i + 1, ',');
    if (line[list.end] !== ')') return null;
    columns = list.names;
    i = list.end + 1;
  }
  if (line.slice(i).trim() !== 'FROM stdin;') return null;
  const [first, second] = name.names as [string, string | undefined];
  return second === undefined
    ? { schema: null, table: first, columns }
    : { schema: first, table: second, columns };
}

/** The end of a COPY block's data. */
export const COPY_END = '\\.';

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One row of COPY text format: fields separated by tabs, `\N` for NULL, and backslash escapes
 * (\b \f \n \r \t \v, \\, 1–3 octal digits or x and 1–2 hex digits for a byte, any other character
 * for itself), exactly as PostgreSQL's COPY FROM reads them. `columns` fields are expected.
 */
export function parseCopyRow(line: string, columns: number): Array<string | null> {
  const fields: Array<string | null> = [];
  let i = 0;
  for (;;) {
    // The field's extent: up to the next tab that is not escaped.
    let end = i;
    for (;;) {
      const tab = line.indexOf('\t', end);
      const backslash = line.indexOf('\\', end);
      if (backslash < 0 || (tab >= 0 && tab < backslash)) {
        end = tab < 0 ? line.length : tab;
        break;
      }
      if (backslash === line.length - 1)
        throw new CopyFormatError('dòng dữ liệu kết thúc giữa một ký tự thoát');
      end = backslash + 2;
    }
    const raw = line.slice(i, end);
    fields.push(raw === '\\N' ? null : unescapeCopy(raw));
    if (end >= line.length) break;
    i = end + 1;
  }
  if (fields.length !== columns) {
    throw new CopyFormatError(`dòng dữ liệu có ${fields.length} trường, bảng có ${columns} cột`);
  }
  return fields;
}

/** One field's text with its backslash escapes resolved (bytes from octal/hex escapes as UTF-8). */
export function unescapeCopy(raw: string): string {
  let backslash = raw.indexOf('\\');
  if (backslash < 0) return raw;
  const parts: Array<string | number> = [];
  let bytes = false;
  let from = 0;
  while (backslash >= 0) {
    if (backslash > from) parts.push(raw.slice(from, backslash));
    const c = raw[backslash + 1] as string;
    let next = backslash + 2;
    const octal = /^[0-7]{1,3}/.exec(raw.slice(backslash + 1, backslash + 4));
    const hex = c === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(raw.slice(backslash + 2, backslash + 4)) : null;
    if (octal) {
      parts.push(Number.parseInt(octal[0], 8) & 0xff);
      bytes = true;
      next = backslash + 1 + octal[0].length;
    } else if (hex) {
      parts.push(Number.parseInt(hex[0], 16));
      bytes = true;
      next = backslash + 2 + hex[0].length;
    } else parts.push(SIMPLE_ESCAPES[c] ?? c);
    from = next;
    backslash = raw.indexOf('\\', from);
  }
  if (from < raw.length) parts.push(raw.slice(from));
  if (!bytes) return parts.join('');
  const buffers = parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.from(p, 'utf8')));
  try {
    return utf8.decode(Buffer.concat(buffers));
  } catch {
    throw new CopyFormatError('dòng dữ liệu có byte không phải UTF-8');
  }
}

/**
 * The column types of every table a schema-only script creates: `CREATE TABLE s.t (` then one
 * column a line (`    name type [NOT NULL|DEFAULT …|COLLATE …|GENERATED …]`) until `);`, as
 * pg_dump writes them. Table constraints inside the parentheses are skipped.
 */
export class TableTypesReader {
  readonly tables = new Map<string, Map<string, string>>();
  private current: Map<string, string> | null = null;

  line(line: string): void {
    if (this.current === null) {
      const m = /^CREATE (?:UNLOGGED )?TABLE (.+) \($/.exec(line);
      if (!m) return;
      const name = readIdentifiers(m[1] as string, 0, '.');
      const table = name.names.at(-1);
      if (!table || name.end !== (m[1] as string).length) return;
      this.current = new Map();
      this.tables.set(table, this.current);
      return;
    }
    if (/^\)/.test(line)) {
      this.current = null;
      return;
    }
    const definition = line.trim().replace(/,$/, '');
    if (/^(CONSTRAINT|CHECK|UNIQUE|PRIMARY KEY|FOREIGN KEY|EXCLUDE)\b/.test(definition)) return;
    const name = readIdentifiers(definition, 0, '\0');
    const column = name.names[0];
    if (column === undefined) return;
    const rest = definition.slice(name.end);
    const type = rest.split(/ (?:NOT NULL|NULL|DEFAULT|COLLATE|GENERATED|CONSTRAINT|CHECK)\b/)[0] as string;
    this.current.set(column, type.trim());
  }
}

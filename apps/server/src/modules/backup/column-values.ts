/**
 * How one column's values move between the two databases when an archive is restored into the
 * other kind. Each side's real column type decides: PostgreSQL's type (from information_schema, or
 * from the dump's CREATE TABLE) says how a value is written as text and what it accepts; SQLite's
 * declared type gives the column's affinity, which says how the embedded database stores it.
 *
 * The project's own schema uses text, integer (bigint for sums of money on PostgreSQL) and a blob
 * (bytea); the other common PostgreSQL types are converted too, so a column added later of type
 * boolean, timestamptz, jsonb or numeric moves as its value, not as its spelling. A value that does
 * not fit its target is refused with the reason, never silently changed.
 */

export type PgKind =
  | 'integer'
  | 'numeric'
  | 'float'
  | 'boolean'
  | 'bytea'
  | 'json'
  | 'timestamptz'
  | 'timestamp'
  | 'date'
  | 'text';

export interface PgColumnType {
  /** null: a type this conversion does not know (arrays, enums, ranges…); its values are refused. */
  kind: PgKind | null;
  /** The type as PostgreSQL names it, for messages and integer bounds. */
  name: string;
}

export type SqliteAffinity = 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC';

/** A value as better-sqlite3 reads it with safe integers on. */
export type SqliteValue = bigint | number | string | Buffer | null;

/** A value that cannot move to its target column; the message says why (Vietnamese). */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';
}

const KINDS: Record<string, PgKind> = {
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  int: 'integer',
  smallserial: 'integer',
  serial: 'integer',
  bigserial: 'integer',
  numeric: 'numeric',
  decimal: 'numeric',
  real: 'float',
  'double precision': 'float',
  float4: 'float',
  float8: 'float',
  boolean: 'boolean',
  bool: 'boolean',
  bytea: 'bytea',
  json: 'json',
  jsonb: 'json',
  'timestamp with time zone': 'timestamptz',
  timestamptz: 'timestamptz',
  'timestamp without time zone': 'timestamp',
  timestamp: 'timestamp',
  date: 'date',
  text: 'text',
  'character varying': 'text',
  varchar: 'text',
  character: 'text',
  char: 'text',
  bpchar: 'text',
  uuid: 'text',
  citext: 'text',
  name: 'text',
};

/**
 * A PostgreSQL type as `format_type` or information_schema's `data_type` spell it
 * ("character varying(255)", "timestamp(3) with time zone", "integer[]", "pg_catalog.int4").
 */
export function pgColumnType(typeName: string): PgColumnType {
  const name = typeName.trim();
  if (name.endsWith(']') || name === 'ARRAY' || name === 'USER-DEFINED') return { kind: null, name };
  const base = name
    .replace(/^pg_catalog\./, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return { kind: KINDS[base] ?? null, name };
}

/** SQLite's rules for a column's affinity from its declared type (in this order). */
export function sqliteAffinity(declared: string): SqliteAffinity {
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'TEXT';
  if (type.includes('BLOB') || type.trim() === '') return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(type)) return 'REAL';
  return 'NUMERIC';
}

const INTEGER_BOUNDS: Record<string, [bigint, bigint]> = {
  smallint: [-(2n ** 15n), 2n ** 15n - 1n],
  int2: [-(2n ** 15n), 2n ** 15n - 1n],
  smallserial: [-(2n ** 15n), 2n ** 15n - 1n],
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  int: [-(2n ** 31n), 2n ** 31n - 1n],
  int4: [-(2n ** 31n), 2n ** 31n - 1n],
  serial: [-(2n ** 31n), 2n ** 31n - 1n],
};
const INT64: [bigint, bigint] = [-(2n ** 63n), 2n ** 63n - 1n];

function preview(value: unknown): string {
  if (Buffer.isBuffer(value)) return `${value.length} byte nhị phân`;
  const text = String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

// ——— SQLite → PostgreSQL ———

/**
 * One SQLite value as a query parameter for a PostgreSQL column of type `to` (null stays null).
 * Integers travel as decimal text, so none loses precision on the way.
 */
export function sqliteToPg(value: SqliteValue, to: PgColumnType): string | number | boolean | Buffer | null {
  if (value === null) return null;
  switch (to.kind) {
    case null:
      throw new ConversionError(`kiểu cột ${to.name} chưa được hỗ trợ khi chuyển giữa SQLite và PostgreSQL`);
    case 'integer': {
      let n: bigint;
      if (typeof value === 'bigint') n = value;
      else if (typeof value === 'number' && Number.isInteger(value)) n = BigInt(value);
      else if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) n = BigInt(value.trim());
      else throw new ConversionError(`giá trị ${preview(value)} không phải số nguyên (cột kiểu ${to.name})`);
      const [min, max] = INTEGER_BOUNDS[to.name.toLowerCase()] ?? INT64;
      if (n < min || n > max) throw new ConversionError(`số ${n} vượt quá phạm vi của kiểu ${to.name}`);
      return n.toString();
    }
    case 'numeric':
    case 'float': {
      if (typeof value === 'bigint') return value.toString();
      if (typeof value === 'number') {
        if (Number.isNaN(value) || (to.kind === 'numeric' && !Number.isFinite(value)))
          throw new ConversionError(`giá trị ${preview(value)} không phải số (cột kiểu ${to.name})`);
        return value;
      }
      if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) return value.trim();
      throw new ConversionError(`giá trị ${preview(value)} không phải số (cột kiểu ${to.name})`);
    }
    case 'boolean': {
      if (typeof value === 'bigint' || typeof value === 'number') {
        if (Number(value) === 0) return false;
        if (Number(value) === 1) return true;
      } else if (typeof value === 'string') {
        const text = value.trim().toLowerCase();
        if (['t', 'true', '1'].includes(text)) return true;
        if (['f', 'false', '0'].includes(text)) return false;
      }
      throw new ConversionError(`giá trị ${preview(value)} không phải đúng/sai (cột kiểu ${to.name})`);
    }
    case 'bytea':
      if (Buffer.isBuffer(value)) return value;
      throw new ConversionError(
        `giá trị ${preview(value)} không phải dữ liệu nhị phân (cột kiểu ${to.name})`,
      );
    case 'json': {
      if (typeof value === 'bigint' || typeof value === 'number') return String(value);
      if (typeof value === 'string') {
        try {
          JSON.parse(value);
        } catch {
          throw new ConversionError(`giá trị ${preview(value)} không phải JSON hợp lệ (cột kiểu ${to.name})`);
        }
        return noNul(value);
      }
      throw new ConversionError(`dữ liệu nhị phân không chuyển được sang kiểu ${to.name}`);
    }
    case 'timestamptz':
    case 'timestamp':
    case 'date':
      if (typeof value === 'string') return noNul(value);
      throw new ConversionError(
        `giá trị ${preview(value)} không phải ngày giờ dạng văn bản (cột kiểu ${to.name})`,
      );
    case 'text':
      if (typeof value === 'string') return noNul(value);
      if (typeof value === 'bigint' || typeof value === 'number') return String(value);
      throw new ConversionError(`dữ liệu nhị phân không chuyển được sang kiểu ${to.name}`);
  }
}

function noNul(text: string): string {
  if (text.includes('\0'))
    throw new ConversionError(`văn bản ${preview(text)} chứa ký tự NUL, PostgreSQL không lưu được`);
  return text;
}

// ——— PostgreSQL (COPY text) → SQLite ———

type Decoded = bigint | number | boolean | string | Buffer | { numeric: string };

/**
 * One value of a COPY row (already unescaped, not NULL), written by PostgreSQL for a column of
 * type `from`, as the SQLite column of affinity `to` stores it.
 */
export function pgTextToSqlite(
  text: string,
  from: PgColumnType,
  to: SqliteAffinity,
): bigint | number | string | Buffer {
  const value = decodePgText(text, from);
  if (Buffer.isBuffer(value)) {
    if (to === 'BLOB') return value;
    throw notStorable(value, text, from, to);
  }
  if (typeof value === 'boolean') {
    if (to === 'TEXT') throw notStorable(value, text, from, to);
    return value ? 1 : 0;
  }
  if (typeof value === 'bigint') {
    if (to === 'TEXT') return value.toString();
    if (to === 'REAL') return Number(value);
    return safeInteger(value);
  }
  if (typeof value === 'number') {
    if (to === 'TEXT') return text;
    if (Number.isNaN(value)) throw new ConversionError('giá trị NaN không lưu được trong SQLite');
    return value;
  }
  if (typeof value === 'object') {
    // numeric: exact decimal text.
    if (to === 'TEXT' || to === 'BLOB') return value.numeric;
    if (value.numeric === 'NaN') throw new ConversionError('giá trị NaN không lưu được trong SQLite');
    const integral = /^([+-]?\d+)(\.0*)?$/.exec(value.numeric);
    if (integral && to !== 'REAL') return safeInteger(BigInt(integral[1] as string));
    const n = Number(value.numeric);
    if (!Number.isFinite(n)) throw notStorable(value, text, from, to);
    return n;
  }
  if (to === 'TEXT' || to === 'BLOB') return value;
  throw notStorable(value, text, from, to);
}

function notStorable(value: Decoded, text: string, from: PgColumnType, to: SqliteAffinity): ConversionError {
  return new ConversionError(
    `giá trị ${preview(Buffer.isBuffer(value) ? value : text)} kiểu ${from.name} không chuyển được sang cột SQLite kiểu ${to}`,
  );
}

const safeInteger = (n: bigint): number | bigint =>
  n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;

function notA(what: string, text: string, from: PgColumnType): ConversionError {
  return new ConversionError(`giá trị ${preview(text)} không phải ${what} (cột kiểu ${from.name})`);
}

function decodePgText(text: string, from: PgColumnType): Decoded {
  switch (from.kind) {
    case null:
      throw new ConversionError(
        `kiểu cột ${from.name} chưa được hỗ trợ khi chuyển giữa PostgreSQL và SQLite`,
      );
    case 'integer':
      if (!INTEGER_TEXT.test(text)) throw notA('số nguyên', text, from);
      return BigInt(text);
    case 'numeric':
      if (text !== 'NaN' && !DECIMAL_TEXT.test(text)) throw notA('số', text, from);
      return { numeric: text };
    case 'float': {
      const n = Number(text);
      if (Number.isNaN(n) && text !== 'NaN') throw notA('số', text, from);
      return n;
    }
    case 'boolean':
      if (text === 't') return true;
      if (text === 'f') return false;
      throw notA('đúng/sai', text, from);
    case 'bytea':
      return decodeBytea(text, from);
    case 'timestamptz':
      return isoInstant(text, true) ?? throwError(notA('thời điểm', text, from));
    case 'timestamp':
      return isoInstant(text, false) ?? throwError(notA('thời điểm', text, from));
    case 'json':
    case 'date':
    case 'text':
      return text;
  }
}

function throwError(error: Error): never {
  throw error;
}

/** bytea as PostgreSQL writes it: hex (`\x0a1b…`, the default) or the older escape format. */
function decodeBytea(text: string, from: PgColumnType): Buffer {
  if (text.startsWith('\\x')) {
    const hex = text.slice(2);
    if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex))
      throw notA('dữ liệu nhị phân dạng hex', text, from);
    return Buffer.from(hex, 'hex');
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      if (text[i + 1] === '\\') {
        bytes.push(0x5c);
        i += 1;
        continue;
      }
      const octal = /^[0-3][0-7]{2}/.exec(text.slice(i + 1, i + 4));
      if (!octal) throw notA('dữ liệu nhị phân', text, from);
      bytes.push(Number.parseInt(octal[0], 8));
      i += 3;
    } else if (c > 0xff) {
      throw notA('dữ liệu nhị phân', text, from);
    } else bytes.push(c);
  }
  return Buffer.from(bytes);
}

const PG_INSTANT =
  /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/**
 * A timestamp as PostgreSQL writes it under DateStyle ISO ("2025-06-12 09:00:00.123456+07") as
 * the app stores instants in SQLite: ISO 8601 in UTC with a Z ("2025-06-12T02:00:00.123456Z"),
 * at least milliseconds, every fraction digit kept. Without a zone it stays local ("…T09:00:00.000").
 * Infinity and dates before Christ are refused (null).
 */
export function isoInstant(text: string, zoned: boolean): string | null {
  const m = PG_INSTANT.exec(text);
  if (!m || (m[8] !== undefined) !== zoned) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const fraction = (m[7] ?? '').padEnd(3, '0');
  const at = new Date(0);
  at.setUTCFullYear(y, mo - 1, d);
  at.setUTCHours(h, mi, s, 0);
  if (zoned) {
    const offset = Number(m[9]) * 3600 + Number(m[10] ?? 0) * 60 + Number(m[11] ?? 0);
    at.setTime(at.getTime() - (m[8] === '-' ? -1 : 1) * offset * 1000);
  }
  if (Number.isNaN(at.getTime())) return null;
  const iso = at.toISOString(); // …T02:00:00.000Z, or ±YYYYYY-… beyond year 9999
  return `${iso.slice(0, -5)}.${fraction}${zoned ? 'Z' : ''}`;
}

import { describe, expect, it } from 'vitest';
import {
  ConversionError,
  isoInstant,
  pgColumnType,
  pgTextToSqlite,
  sqliteAffinity,
  sqliteToPg,
} from './column-values.ts';

const pg = pgColumnType;

describe('values from SQLite into PostgreSQL columns', () => {
  it('keeps integers exact and within their type', () => {
    expect(sqliteToPg(9007199254740993n, pg('bigint'))).toBe('9007199254740993');
    expect(sqliteToPg(2147483647n, pg('integer'))).toBe('2147483647');
    expect(() => sqliteToPg(2147483648n, pg('integer'))).toThrow(/vượt quá phạm vi của kiểu integer/);
    expect(() => sqliteToPg(40000n, pg('smallint'))).toThrow(ConversionError);
    expect(sqliteToPg(' 42 ', pg('integer'))).toBe('42');
    expect(() => sqliteToPg('đúng hạn', pg('integer'))).toThrow(/không phải số nguyên/);
    expect(() => sqliteToPg(1.5, pg('integer'))).toThrow(/không phải số nguyên/);
  });

  it('converts booleans, JSON, bytes, instants and text by the column type', () => {
    expect(sqliteToPg(1n, pg('boolean'))).toBe(true);
    expect(sqliteToPg(0n, pg('boolean'))).toBe(false);
    expect(sqliteToPg('f', pg('boolean'))).toBe(false);
    expect(() => sqliteToPg(2n, pg('boolean'))).toThrow(/đúng\/sai/);
    expect(sqliteToPg('{"a":1}', pg('jsonb'))).toBe('{"a":1}');
    expect(() => sqliteToPg('{a:1}', pg('jsonb'))).toThrow(/JSON hợp lệ/);
    expect(sqliteToPg(Buffer.from([0, 255]), pg('bytea'))).toEqual(Buffer.from([0, 255]));
    expect(() => sqliteToPg('abc', pg('bytea'))).toThrow(/nhị phân/);
    expect(sqliteToPg('2025-06-12T02:00:00.000Z', pg('timestamp with time zone'))).toBe(
      '2025-06-12T02:00:00.000Z',
    );
    expect(() => sqliteToPg(1718157600n, pg('timestamptz'))).toThrow(/ngày giờ/);
    expect(sqliteToPg(7n, pg('text'))).toBe('7');
    expect(sqliteToPg('1.50', pg('numeric(10,2)'))).toBe('1.50');
    expect(() => sqliteToPg('a\0b', pg('text'))).toThrow(/ký tự NUL/);
    expect(() => sqliteToPg(Buffer.from('x'), pg('text'))).toThrow(/nhị phân/);
    expect(() => sqliteToPg('{}', pg('integer[]'))).toThrow(/chưa được hỗ trợ/);
    expect(sqliteToPg(null, pg('integer[]'))).toBeNull();
  });
});

describe('values from PostgreSQL COPY text into SQLite columns', () => {
  it('stores each as its SQLite affinity does', () => {
    expect(sqliteAffinity('integer')).toBe('INTEGER');
    expect(sqliteAffinity('blob')).toBe('BLOB');
    expect(sqliteAffinity('varchar(255)')).toBe('TEXT');
    expect(pgTextToSqlite('t', pg('boolean'), 'INTEGER')).toBe(1);
    expect(pgTextToSqlite('9007199254740993', pg('bigint'), 'INTEGER')).toBe(9007199254740993n);
    expect(pgTextToSqlite('-12', pg('integer'), 'INTEGER')).toBe(-12);
    expect(pgTextToSqlite('12.000', pg('numeric'), 'INTEGER')).toBe(12);
    expect(pgTextToSqlite('12.50', pg('numeric'), 'NUMERIC')).toBe(12.5);
    expect(pgTextToSqlite('12.50', pg('numeric'), 'TEXT')).toBe('12.50');
    expect(pgTextToSqlite('\\x00ff', pg('bytea'), 'BLOB')).toEqual(Buffer.from([0, 255]));
    expect(pgTextToSqlite('a\\\\b\\001', pg('bytea'), 'BLOB')).toEqual(Buffer.from([0x61, 0x5c, 0x62, 1]));
    expect(pgTextToSqlite('{"a": 1}', pg('jsonb'), 'TEXT')).toBe('{"a": 1}');
    expect(pgTextToSqlite('2025-06-12 09:00:00+07', pg('timestamptz'), 'TEXT')).toBe(
      '2025-06-12T02:00:00.000Z',
    );
  });

  it('refuses what the target cannot hold', () => {
    expect(() => pgTextToSqlite('NaN', pg('double precision'), 'REAL')).toThrow(/NaN/);
    expect(() => pgTextToSqlite('NaN', pg('numeric'), 'INTEGER')).toThrow(/NaN/);
    expect(() => pgTextToSqlite('abc', pg('text'), 'INTEGER')).toThrow(ConversionError);
    expect(() => pgTextToSqlite('\\x0', pg('bytea'), 'BLOB')).toThrow(/hex/);
    expect(() => pgTextToSqlite('yes', pg('boolean'), 'INTEGER')).toThrow(/đúng\/sai/);
    expect(() => pgTextToSqlite('infinity', pg('timestamptz'), 'TEXT')).toThrow(/thời điểm/);
    expect(() => pgTextToSqlite('{1,2}', pg('integer[]'), 'TEXT')).toThrow(/chưa được hỗ trợ/);
  });

  it('writes PostgreSQL instants as ISO 8601 in UTC, keeping every fraction digit', () => {
    expect(isoInstant('2025-06-12 09:00:00.123456+07', true)).toBe('2025-06-12T02:00:00.123456Z');
    expect(isoInstant('2025-06-12 09:00:00.5-03:30', true)).toBe('2025-06-12T12:30:00.500Z');
    expect(isoInstant('1900-01-01 00:00:00+07:06:40', true)).toBe('1899-12-31T16:53:20.000Z');
    expect(isoInstant('2025-01-01 00:00:00+00', true)).toBe('2025-01-01T00:00:00.000Z');
    expect(isoInstant('2025-06-12 09:00:00', false)).toBe('2025-06-12T09:00:00.000');
    expect(isoInstant('2025-06-12 09:00:00', true)).toBeNull();
    expect(isoInstant('0044-03-15 00:00:00+00 BC', true)).toBeNull();
    expect(isoInstant('infinity', true)).toBeNull();
  });
});

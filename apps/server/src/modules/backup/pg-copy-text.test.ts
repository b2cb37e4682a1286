import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { withPgClient } from '../../../test/harness.ts';
import { pgColumnType, pgTextToSqlite, sqliteAffinity } from './column-values.ts';
import {
  COPY_END,
  CopyFormatError,
  parseCopyHeader,
  parseCopyRow,
  TableTypesReader,
  textLines,
} from './pg-copy-text.ts';

describe('COPY text format', () => {
  it('splits on unescaped tabs, reads \\N as NULL and resolves every escape', () => {
    expect(parseCopyRow('1\ta\\tb\\nc\\\\d\t\\N\t\\\\N\t', 5)).toEqual(['1', 'a\tb\nc\\d', null, '\\N', '']);
    expect(parseCopyRow('\\b\\f\\r\\v\\q\\x\\.', 1)).toEqual(['\b\f\r\vqx.']);
    // Octal and hex escapes are bytes, read together as UTF-8.
    expect(parseCopyRow('\\101\\x42\\303\\251\\xc3\\xa9\\0', 1)).toEqual(['ABéé\0']);
    // A backslash before a raw tab keeps the tab in the field, as PostgreSQL reads it.
    expect(parseCopyRow('a\\\tb\tc', 2)).toEqual(['a\tb', 'c']);
    expect(parseCopyRow('', 1)).toEqual(['']);
    expect(parseCopyRow('Sở Y tế 🏥\t“x”', 2)).toEqual(['Sở Y tế 🏥', '“x”']);
  });

  it('refuses a row with the wrong number of fields, a cut escape or bytes that are not UTF-8', () => {
    expect(() => parseCopyRow('a\tb', 3)).toThrow(CopyFormatError);
    expect(() => parseCopyRow('a\tb', 3)).toThrow(/2 trường, bảng có 3 cột/);
    expect(() => parseCopyRow('abc\\', 1)).toThrow(/giữa một ký tự thoát/);
    expect(() => parseCopyRow('\\377', 1)).toThrow(/không phải UTF-8/);
  });

  it('reads COPY headers with bare and quoted names', () => {
    expect(parseCopyHeader('COPY t_abc.units (id, "order", "Tên ""lạ""", parent_id) FROM stdin;')).toEqual({
      schema: 't_abc',
      table: 'units',
      columns: ['id', 'order', 'Tên "lạ"', 'parent_id'],
    });
    expect(parseCopyHeader('COPY "My Schema"."app_state" (key, value) FROM stdin;')).toEqual({
      schema: 'My Schema',
      table: 'app_state',
      columns: ['key', 'value'],
    });
    expect(parseCopyHeader('COPY units FROM stdin;')).toEqual({ schema: null, table: 'units', columns: [] });
    expect(parseCopyHeader('COPY t.units (id) TO stdout;')).toBeNull();
    expect(parseCopyHeader('SELECT 1;')).toBeNull();
  });

  it('reads the column types of CREATE TABLE statements as pg_dump writes them', () => {
    const reader = new TableTypesReader();
    for (const line of [
      'CREATE TABLE t_abc.units (',
      '    id text NOT NULL,',
      '    "order" integer DEFAULT 0 NOT NULL,',
      '    at timestamp(3) with time zone,',
      '    name character varying(255) COLLATE pg_catalog."C",',
      '    amount numeric(12,2),',
      '    tags text[],',
      '    CONSTRAINT units_check CHECK ((amount > (0)::numeric))',
      ');',
      'ALTER TABLE t_abc.units OWNER TO postgres;',
    ]) {
      reader.line(line);
    }
    expect(Object.fromEntries(reader.tables.get('units') ?? [])).toEqual({
      id: 'text',
      order: 'integer',
      at: 'timestamp(3) with time zone',
      name: 'character varying(255)',
      amount: 'numeric(12,2)',
      tags: 'text[]',
    });
    expect(pgColumnType('timestamp(3) with time zone').kind).toBe('timestamptz');
    expect(pgColumnType('character varying(255)').kind).toBe('text');
    expect(pgColumnType('text[]').kind).toBeNull();
  });

  it('splits a stream into lines on \\n only, whole characters across chunks', async () => {
    const bytes = Buffer.from('một\r\nhai\nba');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const lines: string[] = [];
    for await (const line of textLines(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(['một\r', 'hai', 'ba']);
  });
});

/**
 * The real thing: values PostgreSQL holds, dumped by pg_dump and printed by pg_restore, read back
 * by this reader as the SQLite columns of a restore store them.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('pg_restore output read back (PostgreSQL)', () => {
  it('gives every value back as PostgreSQL holds it', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-copy-'));
    const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = 'tab\there\nnew line \\ backslash \r “Sở Y tế” 🏥 \\N';
    try {
      await withPgClient(async (c) => {
        await c.query(`CREATE SCHEMA ${schema}`);
        await c.query(`CREATE TABLE ${schema}."Bảng" (
          "order" text, n integer, big bigint, b bytea, f boolean, at timestamptz, local timestamp,
          j jsonb, amount numeric, d double precision, day date)`);
        await c.query(
          `INSERT INTO ${schema}."Bảng" VALUES ($1, -2147483648, 9007199254740993, $2, true,
             '2025-06-12 09:00:00.123456+07', '2025-06-12 09:00:00', '{"a": [1, "x\\ty"]}', 12.3400, 1.5, '2025-06-12'),
             ('', NULL, -1, '', false, '2020-06-30 23:59:59+05:30', NULL, 'null', 7.000, -0.25, NULL)`,
          [text, everyByte],
        );
      });
      const dump = path.join(dir, 'dump');
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      execFileSync('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${dump}`, url.toString()]);
      const reader = new TableTypesReader();
      const script = execFileSync('pg_restore', ['--section=pre-data', '--file=-', dump]);
      for await (const line of textLines(Readable.from([script]))) reader.line(line);
      const types = reader.tables.get('Bảng') as Map<string, string>;

      const data = execFileSync('pg_restore', ['--data-only', '--file=-', dump]);
      const rows: Array<Record<string, unknown>> = [];
      let columns: string[] | null = null;
      for await (const line of textLines(Readable.from([data]))) {
        if (columns) {
          if (line === COPY_END) break;
          const fields = parseCopyRow(line, columns.length);
          rows.push(
            Object.fromEntries(
              fields.map((f, i) => {
                const name = (columns as string[])[i] as string;
                const declared = { b: 'blob', n: 'integer', big: 'integer', f: 'integer', amount: 'integer' }[
                  name
                ];
                const affinity = sqliteAffinity(declared ?? (name === 'd' ? 'real' : 'text'));
                return [
                  name,
                  f === null ? null : pgTextToSqlite(f, pgColumnType(types.get(name) as string), affinity),
                ];
              }),
            ),
          );
        } else columns = parseCopyHeader(line)?.columns ?? null;
      }
      expect(rows).toEqual([
        {
          order: text,
          n: -2147483648,
          big: 9007199254740993n,
          b: everyByte,
          f: 1,
          at: '2025-06-12T02:00:00.123456Z',
          local: '2025-06-12T09:00:00.000',
          j: '{"a": [1, "x\\ty"]}',
          amount: 12.34,
          d: 1.5,
          day: '2025-06-12',
        },
        {
          order: '',
          n: null,
          big: -1,
          b: Buffer.alloc(0),
          f: 0,
          at: '2020-06-30T18:29:59.000Z',
          local: null,
          j: 'null',
          amount: 7,
          d: -0.25,
          day: null,
        },
      ]);
    } finally {
      await withPgClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

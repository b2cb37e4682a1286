import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BackupError } from './backup-error.ts';
import { SchemaRewrite } from './schema-rewrite.ts';

async function rewrite(chunks: Array<string | Buffer>, from: string, to: string): Promise<string> {
  const out: string[] = [];
  for await (const chunk of Readable.from(chunks).pipe(new SchemaRewrite(from, to))) out.push(String(chunk));
  return out.join('');
}

/** A piece of what `pg_restore -f -` writes for a schema named t_src. */
const SCRIPT = `--
-- Name: units; Type: TABLE; Schema: t_src; Owner: -
--

\\restrict AbC123
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE FUNCTION t_src.audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TABLE t_src.units (
    id text NOT NULL,
    name text DEFAULT 'Sở Y tế' NOT NULL,
    "position" integer
);
COPY t_src.units (id, name, "position") FROM stdin;
u1\tt_src.units là tên bảng; "t_src".x; it's ok	1
u2\tCOPY t_src.units (id) FROM stdin;	2
\\.
/* t_src.block comment */
ALTER TABLE ONLY t_src.units ADD CONSTRAINT units_pkey PRIMARY KEY (id);
CREATE TRIGGER audit BEFORE UPDATE ON t_src.audit_log FOR EACH ROW EXECUTE FUNCTION t_src.audit_log_append_only();
\\unrestrict AbC123
`;

describe('moving a pg_restore script to another schema', () => {
  it('rewrites every schema qualifier in SQL, and nothing in rows, comments or meta-commands', async () => {
    const out = await rewrite([SCRIPT], 't_src', 't_dest');
    expect(out).toContain('CREATE FUNCTION "t_dest".audit_log_append_only()');
    expect(out).toContain('CREATE TABLE "t_dest".units (');
    expect(out).toContain('COPY "t_dest".units (id, name, "position") FROM stdin;');
    expect(out).toContain('ALTER TABLE ONLY "t_dest".units ADD');
    expect(out).toContain(
      'ON "t_dest".audit_log FOR EACH ROW EXECUTE FUNCTION "t_dest".audit_log_append_only();',
    );
    // Rows of a COPY block stay byte for byte, even when they look like SQL.
    expect(out).toContain('u1\tt_src.units là tên bảng; "t_src".x; it\'s ok\t1\n');
    expect(out).toContain('u2\tCOPY t_src.units (id) FROM stdin;\t2\n\\.\n');
    expect(out).toContain('-- Name: units; Type: TABLE; Schema: t_src; Owner: -');
    expect(out).toContain('/* t_src.block comment */');
    expect(out).toContain('\\restrict AbC123\n');
    expect(out).toContain("DEFAULT 'Sở Y tế' NOT NULL");
    expect(out.split('\n')).toHaveLength(SCRIPT.split('\n').length);
  });

  it('gives the same script whatever the chunks (a character split across two)', async () => {
    const bytes = Buffer.from(SCRIPT);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    expect(await rewrite(chunks, 't_src', 't_dest')).toBe(await rewrite([SCRIPT], 't_src', 't_dest'));
  });

  it('matches a quoted schema name exactly and quotes the target', async () => {
    const out = await rewrite(
      ['CREATE TABLE "Tổng ""kết""".units (id text);\nCREATE TABLE "Tổng ""kết""x".units (id text);\n'],
      'Tổng "kết"',
      'đích',
    );
    expect(out).toBe('CREATE TABLE "đích".units (id text);\nCREATE TABLE "Tổng ""kết""x".units (id text);\n');
  });

  it('leaves an identifier that only contains the name, or is not a qualifier, alone', async () => {
    const out = await rewrite(
      ['CREATE INDEX t_src_idx ON t_src.units (t_src);\nSELECT t_srcx.a;\n'],
      't_src',
      'd',
    );
    expect(out).toBe('CREATE INDEX t_src_idx ON "d".units (t_src);\nSELECT t_srcx.a;\n');
  });

  it('refuses a script whose literal or function body names the source schema', async () => {
    await expect(
      rewrite(["SELECT pg_catalog.setval('t_src.seq', 1, true);\n"], 't_src', 'd'),
    ).rejects.toThrow(BackupError);
    await expect(
      rewrite(
        ['CREATE FUNCTION t_src.f() RETURNS int AS $body$\nSELECT count(*) FROM t_src.units\n$body$;\n'],
        't_src',
        'd',
      ),
    ).rejects.toThrow(/schema “t_src”/);
  });

  it('keeps a literal naming the schema when the schema keeps its name', async () => {
    const script = "CREATE TABLE t_src.units (id text);\nSELECT pg_catalog.setval('t_src.seq', 1, true);\n";
    expect(await rewrite([script], 't_src', 't_src')).toBe(
      'CREATE TABLE "t_src".units (id text);\nSELECT pg_catalog.setval(\'t_src.seq\', 1, true);\n',
    );
  });
});

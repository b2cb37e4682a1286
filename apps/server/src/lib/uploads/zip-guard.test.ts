import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hostileFiles, xlsxOf, zipOf } from '../../../test/hostile-files.ts';
import { HttpProblem } from '../../http/problem.ts';
import { guardZip, type ZipLimits } from './zip-guard.ts';

const EXCEL = { vi: 'Tệp Excel', en: 'The Excel file' };
const MB = 1024 * 1024;

const part = (name: string, content: string | Buffer, level = 6) => {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, raw: zlib.deflateRawSync(data, { level }), size: data.length, crc: zlib.crc32(data) };
};

async function refusal(file: Buffer, limits: Partial<ZipLimits> = {}): Promise<HttpProblem> {
  try {
    await guardZip(file, EXCEL, limits);
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('accepted');
}

const hostile = (label: string) => {
  const file = hostileFiles().find((f) => f.label === label);
  if (!file) throw new Error(label);
  return file.bytes;
};

describe('the zip guard', () => {
  it('passes an ordinary package and names its entries', async () => {
    const { names } = await guardZip(xlsxOf(), EXCEL);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses too many entries, naming the limit', async () => {
    const files = Array.from({ length: 11 }, (_, i) => part(`p${i}.txt`, ''));
    const problem = await refusal(zipOf(files), { maxEntries: 10 });
    expect([problem.status, problem.code]).toEqual([422, 'zip_too_many_entries']);
    expect(problem.detail).toContain('giới hạn 10');
    expect((await refusal(hostile('xlsx: 20,000 entries'))).code).toBe('zip_too_many_entries');
  });

  it('refuses an entry, or all of them, unpacking past the limit', async () => {
    // Random bytes barely compress: no ratio limit gets there first.
    const random = (n: number) => randomBytes(n);
    const entry = await refusal(zipOf([part('xl/big.bin', random(3 * MB))]), { maxEntryBytes: 2 * MB });
    expect([entry.status, entry.code]).toEqual([413, 'zip_entry_too_large']);
    expect(entry.detail).toContain('“xl/big.bin”');
    expect(entry.detail).toContain('2 MB');
    const total = await refusal(zipOf([part('a.bin', random(MB)), part('b.bin', random(MB))]), {
      maxTotalBytes: 1.5 * MB,
    });
    expect([total.status, total.code]).toEqual([413, 'zip_too_large_unpacked']);
    expect(total.detail).toContain('1,5 MB');
  });

  it('refuses a bomb by its ratio, and one whose headers lie, while inflating', async () => {
    const bomb = await refusal(hostile('xlsx: sheet unpacking to 1 GiB of zeros'));
    // The directory already claims 1 GiB: refused before a byte is inflated.
    expect(bomb.code).toBe('zip_entry_too_large');
    const ratio = await refusal(zipOf([part('xl/worksheets/sheet1.xml', Buffer.alloc(20 * MB), 9)]));
    expect([ratio.status, ratio.code]).toEqual([422, 'zip_ratio_too_high']);
    expect(ratio.detail).toContain('100 lần');
    const liar = await refusal(hostile('xlsx: a sheet claiming 1 KB that unpacks to 200 MB'));
    expect(liar.code).toBe('zip_sizes_inconsistent');
  });

  it('refuses DOCTYPE and ENTITY declarations in XML parts, in UTF-8 or UTF-16', async () => {
    for (const label of [
      'xlsx: billion laughs in sharedStrings',
      'xlsx: billion laughs in UTF-16',
      'xlsx: XXE reading /etc/passwd',
      'docx: billion laughs',
      'docx: XXE',
    ]) {
      const problem = await refusal(hostile(label));
      expect([label, problem.status, problem.code]).toEqual([label, 422, 'xml_entities_refused']);
    }
    // Split across two inflated chunks, the declaration is still found.
    const padded = `${' '.repeat(64 * 1024 - 4)}<!DOCTYPE x>`;
    expect((await refusal(zipOf([part('word/document.xml', padded)]))).code).toBe('xml_entities_refused');
    // Not in a part read as XML: a picture may hold any bytes.
    await expect(
      guardZip(zipOf([part('word/media/a.bin', '<!DOCTYPE x>')]), {
        vi: 'Tài liệu Word',
        en: 'The Word document',
      }),
    ).resolves.toBeTruthy();
  });

  it('refuses a cut-short archive as unreadable', async () => {
    const problem = await refusal(hostile('truncated zip'));
    expect([problem.status, problem.code]).toEqual([422, 'zip_unreadable']);
    expect(problem.detail).toMatch(/^Không đọc được tệp Excel/);
  });
});

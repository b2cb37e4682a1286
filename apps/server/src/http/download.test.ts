import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download.ts';

/** The two names a header carries: the quoted ASCII fallback and the decoded UTF-8 one. */
function names(header: string): { ascii: string; utf8: string } {
  const match =
    /^(?:inline|attachment); filename="([^"]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/.exec(
      header,
    );
  if (!match) throw new Error(`not an RFC 6266 header: ${header}`);
  return { ascii: match[1] as string, utf8: decodeURIComponent(match[2] as string) };
}

describe('contentDisposition', () => {
  it('sends a Vietnamese name in UTF-8 and folded to plain letters for old browsers', () => {
    const header = contentDisposition('Đề nghị khen thưởng – Sở Y tế.xlsx');
    expect(header).toBe(
      `attachment; filename="De nghi khen thuong So Y te.xlsx"; filename*=UTF-8''%C4%90%E1%BB%81%20ngh%E1%BB%8B%20khen%20th%C6%B0%E1%BB%9Fng%20%E2%80%93%20S%E1%BB%9F%20Y%20t%E1%BA%BF.xlsx`,
    );
    expect(names(header)).toEqual({
      ascii: 'De nghi khen thuong So Y te.xlsx',
      utf8: 'Đề nghị khen thưởng – Sở Y tế.xlsx',
    });
  });

  it('sends decomposed input as NFC', () => {
    expect(names(contentDisposition('Báo cáo.pdf'.normalize('NFD'))).utf8).toBe(
      'Báo cáo.pdf'.normalize('NFC'),
    );
  });

  it('keeps a fallback the route chose, and opens inline when asked', () => {
    expect(
      contentDisposition('Kế hoạch 2519-KH-UBND.pdf', { ascii: 'ke-hoach-2519-KH-UBND.pdf', inline: true }),
    ).toBe(
      `inline; filename="ke-hoach-2519-KH-UBND.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%202519-KH-UBND.pdf`,
    );
  });

  it('cannot be ended early by a quote, a backslash, a semicolon or a line break', () => {
    const header = contentDisposition('a"b\\c;\r\nContent-Type: text/html\r\n.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(names(header).ascii).not.toMatch(/["\\]/);
    expect(names(header).utf8).not.toMatch(/["\r\n]/);
    expect(names(header).ascii).toBe('ab-c;Content-Type text-html.pdf');
  });

  it('percent-encodes what RFC 8187 does not allow bare, and keeps no percent escape in the fallback', () => {
    const header = contentDisposition("Bản sao (1) 'mới' 50%41.docx");
    expect(header).toContain(
      "filename*=UTF-8''B%E1%BA%A3n%20sao%20%281%29%20%27m%E1%BB%9Bi%27%2050%2541.docx",
    );
    expect(names(header)).toEqual({
      ascii: "Ban sao (1) 'moi' 5041.docx",
      utf8: "Bản sao (1) 'mới' 50%41.docx",
    });
  });

  it('turns a folder separator into a dash rather than losing the name before it', () => {
    expect(names(contentDisposition('Quyết định 12/QĐ-UBND.pdf'))).toEqual({
      ascii: 'Quyet dinh 12-QD-UBND.pdf',
      utf8: 'Quyết định 12-QĐ-UBND.pdf',
    });
    expect(names(contentDisposition('..\\..\\etc\\passwd')).utf8).toBe('..-..-etc-passwd');
  });

  it('names a file that has no ASCII left, or no name at all', () => {
    expect(names(contentDisposition('文件.pdf'))).toEqual({ ascii: 'tep-dinh-kem.pdf', utf8: '文件.pdf' });
    expect(names(contentDisposition('\u200b\u0000'))).toEqual({
      ascii: 'tep-dinh-kem',
      utf8: 'tep-dinh-kem',
    });
  });

  it('shortens a very long name to 200 characters, keeping its extension and every character whole', () => {
    const header = contentDisposition(`${'Người được đề nghị 😀 '.repeat(40)}.docx`);
    const { ascii, utf8 } = names(header);
    expect([...utf8]).toHaveLength(200);
    expect(utf8.endsWith('.docx')).toBe(true);
    expect(utf8).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(ascii.endsWith('.docx')).toBe(true);
    expect(ascii.length).toBeLessThanOrEqual(200);
    expect(header.length).toBeLessThan(4000);
  });
});

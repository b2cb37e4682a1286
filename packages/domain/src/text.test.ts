import { describe, expect, it } from 'vitest';
import { outlineInputSchema } from './outline.ts';
import {
  cleanText,
  compareVi,
  foldVietnamese,
  initials,
  matchesTokens,
  queryTokens,
  safeFileName,
  searchKey,
} from './text.ts';
import { parseUnitKind, unitCodeSchema, unitCreateSchema } from './units.ts';

describe('Vietnamese search', () => {
  it('folds diacritics, đ and case, and NFD input', () => {
    expect(foldVietnamese('Sở Y tế')).toBe('so y te');
    expect(foldVietnamese('ĐAKRÔNG')).toBe('dakrong');
    expect(foldVietnamese('Huyện đảo Cồn Cỏ'.normalize('NFD'))).toBe('huyen dao con co');
    expect(foldVietnamese('Đài Phát thanh - Truyền hình')).toBe('dai phat thanh truyen hinh');
  });

  it('finds by words or by initials', () => {
    expect(initials('Bộ Chỉ huy Quân sự tỉnh')).toBe('bchqst');
    const key = searchKey('Bộ Chỉ huy Quân sự tỉnh', 'Bộ CHQS tỉnh', 'QT-BCHQS');
    expect(matchesTokens(key, queryTokens('bch quan su'))).toBe(true);
    expect(matchesTokens(key, queryTokens('BCHQS'))).toBe(true);
    expect(matchesTokens(key, queryTokens('so y te'))).toBe(false);
    expect(matchesTokens(searchKey('Sở Y tế'), queryTokens('so y te'))).toBe(true);
    // word starts only: a number does not match inside a code
    expect(matchesTokens(searchKey('UBND phường Phú Cường', null, 'HN-C01'), queryTokens('phuong 1'))).toBe(
      false,
    );
    expect(matchesTokens(searchKey('UBND phường 1', null, 'HN-C01'), queryTokens('phuong 1'))).toBe(true);
  });

  it('sorts in Vietnamese alphabetical order', () => {
    const names = ['Đông Hà', 'Dĩ An', 'Ân Thi', 'An Phú', 'Bàu Bàng', 'Ba Đình'];
    expect([...names].sort(compareVi)).toEqual([
      'An Phú',
      'Ân Thi',
      'Ba Đình',
      'Bàu Bàng',
      'Dĩ An',
      'Đông Hà',
    ]);
  });
});

describe('unit fields', () => {
  it('reads a kind from its code or its Vietnamese label, with or without diacritics', () => {
    expect(parseUnitKind('district')).toBe('district');
    expect(parseUnitKind('Huyện, thị xã, thành phố')).toBe('district');
    expect(parseUnitKind('xa, phuong, thi tran')).toBe('commune');
    expect(parseUnitKind('Sở')).toBeUndefined();
    expect(parseUnitKind('')).toBeUndefined();
  });

  it('normalises codes to upper case and rejects spaces and diacritics', () => {
    expect(unitCodeSchema.parse(' qt-syt ')).toBe('QT-SYT');
    expect(unitCodeSchema.safeParse('QT SYT').success).toBe(false);
    expect(unitCodeSchema.safeParse('SỞ-YT').success).toBe(false);
  });
});

describe('one rule for every typed text and file name', () => {
  it('keeps NFC and removes controls, zero-width characters and direction overrides', () => {
    expect(cleanText('Ho\u0302\u0323i nghi\u0323')).toBe('Hội nghị');
    expect(cleanText('Sở\u0000 Y\u0007 tế\u200b\ufeff')).toBe('Sở Y tế');
    expect(cleanText('\u202efdp.exe')).toBe('fdp.exe');
    // Half an emoji is no character; a whole one stays.
    expect(cleanText('Báo cáo \ud83d.pdf')).toBe('Báo cáo .pdf');
    expect(cleanText('\udcc4Báo cáo 📄')).toBe('Báo cáo 📄');
    expect(cleanText('Dòng 1\nDòng 2\tcột')).toBe('Dòng 1\nDòng 2\tcột');
  });

  it('applies to the fields of the API: a name of only hidden characters is empty, and refused', () => {
    const zeroWidth = '\u200b\u200c\u200d';
    expect(unitCreateSchema.safeParse({ code: 'QT-X', name: zeroWidth, kind: 'department' }).success).toBe(
      false,
    );
    const ok = unitCreateSchema.parse({ code: 'QT-X', name: 'Sở\u0000 Nội vụ\u202e', kind: 'department' });
    expect(ok.name).toBe('Sở Nội vụ');
    const outline = outlineInputSchema.parse({ title: 'BÁO CÁO', summary: 'Sơ kết\u200b', sections: [] });
    expect(outline.summary).toBe('Sơ kết');
  });

  it('makes a file name safe to keep and send back: no folders, no characters a name cannot hold', () => {
    expect(safeFileName('C:\\Users\\cb\\Báo cáo.pdf')).toBe('Báo cáo.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('ba\u0000o\u0007 "cáo" <1>|2:*?.pdf')).toBe('bao cáo 12.pdf');
    expect(safeFileName('Ho\u0302\u0323i nghi\u0323.docx'.normalize('NFD'))).toBe('Hội nghị.docx');
    expect(safeFileName('\u202efdp.exe')).toBe('fdp.exe');
    expect(safeFileName('  Danh sách.xlsx  ')).toBe('Danh sách.xlsx');
    // Nothing left: the fallback.
    expect(safeFileName('\u200b\u200b')).toBe('tep-dinh-kem');
    expect(safeFileName('thu-muc/', '')).toBe('');
  });

  it('shortens a long name to 200 characters, never inside one, keeping its extension', () => {
    const long = safeFileName(`${'Báo cáo tổng kết '.repeat(20)}.docx`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith(' .docx')).toBe(true);
    const emoji = safeFileName(`a${'😷'.repeat(300)}.pdf`);
    expect([...emoji]).toHaveLength(200);
    expect(emoji).toBe(`a${'😷'.repeat(195)}.pdf`);
    // A download's Content-Disposition encodes it: half an emoji would throw there.
    expect(() => encodeURIComponent(emoji)).not.toThrow();
    // No extension worth keeping: the name is just cut.
    expect(safeFileName('x'.repeat(250))).toBe('x'.repeat(200));
  });
});

import { describe, expect, it } from 'vitest';
import {
  A4,
  closeBody,
  closeText,
  formatPlaceDate,
  headingRuns,
  MARGINS_MM,
  mmToPt,
  mmToTwips,
  numberLine,
  recipientLines,
  splitWidth,
  textWidthTwips,
} from './decree30.ts';
import { htmlToBlocks } from './html-blocks.ts';
import type { Block, Inline } from './model.ts';

describe('Decree 30 layout rules', () => {
  it('writes the place and date with zeros where the decree wants them', () => {
    expect(formatPlaceDate('Quảng Trị', new Date('2020-06-08T03:00:00Z'))).toBe(
      'Quảng Trị, ngày 08 tháng 6 năm 2020',
    );
    expect(formatPlaceDate('Bình Dương', new Date('2021-01-05T03:00:00Z'))).toBe(
      'Bình Dương, ngày 05 tháng 01 năm 2021',
    );
    expect(formatPlaceDate('Bình Dương', new Date('2021-10-31T03:00:00Z'))).toBe(
      'Bình Dương, ngày 31 tháng 10 năm 2021',
    );
    // 20:00 UTC on 9 Feb is already 10 Feb in Vietnam.
    expect(formatPlaceDate('Quảng Trị', new Date('2022-02-09T20:00:00Z'))).toBe(
      'Quảng Trị, ngày 10 tháng 02 năm 2022',
    );
  });

  it('uses exact A4 and margins within the allowed ranges', () => {
    expect(A4).toEqual({ width: 11906, height: 16838 });
    expect(mmToTwips(MARGINS_MM.left)).toBe(1701);
    expect(MARGINS_MM.left).toBeGreaterThanOrEqual(30);
    expect(MARGINS_MM.right).toBeLessThanOrEqual(20);
  });
});

describe('shared layout helpers', () => {
  it('ends each recipient with ";" and the last with ".", never doubling the punctuation', () => {
    expect(recipientLines(['Các PCT UBND tỉnh', 'Như trên;', 'Sở Y tế.', 'Lưu: VT, VX'])).toEqual([
      '- Các PCT UBND tỉnh;',
      '- Như trên;',
      '- Sở Y tế;',
      '- Lưu: VT, VX.',
    ]);
    expect(recipientLines(['- Lưu: VT.'])).toEqual(['- Lưu: VT.']);
  });

  it('prints the number line, leaving room on an unnumbered draft', () => {
    expect(numberLine('2519/KH-UBND')).toBe('Số: 2519/KH-UBND');
    expect(numberLine('/KH-UBND')).toMatch(/^Số:\u00a0{4,}\/KH-UBND$/);
  });

  it('styles headings by level and runs `rest` on in regular type', () => {
    expect(headingRuns({ level: 1, label: 'I.', text: 'MỤC ĐÍCH' })).toEqual([
      { text: 'I. MỤC ĐÍCH', bold: true },
    ]);
    expect(headingRuns({ level: 3, label: 'a)', text: 'Cấp tỉnh' })).toEqual([
      { text: 'a) Cấp tỉnh', italic: true },
    ]);
    expect(headingRuns({ level: 2, label: '1.', text: 'Sở Y tế:', rest: ['Chủ trì.'] })).toEqual([
      { text: '1. Sở Y tế:', bold: true },
      { text: ' ' },
      { text: 'Chủ trì.' },
    ]);
  });

  it('splits the text width into whole twips that add up', () => {
    expect(textWidthTwips()).toBe(11906 - 1701 - 851);
    expect(textWidthTwips('landscape')).toBe(16838 - 1701 - 851);
    const cols = splitWidth(textWidthTwips(), [0.4, 0.6]);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(textWidthTwips());
    expect(cols[0]).toBe(Math.floor(textWidthTwips() * 0.4));
    expect(mmToPt(30)).toBeCloseTo(85.05, 2);
  });
});

describe('the end mark "./."', () => {
  it.each([
    ['already closed', 'thi hành Quyết định này./.', 'thi hành Quyết định này./.'],
    ['already closed, spaces after', 'thi hành Quyết định này./. \n', 'thi hành Quyết định này./.'],
    ['a full stop', 'để xem xét, chỉ đạo.', 'để xem xét, chỉ đạo./.'],
    ['a semicolon', 'Lưu hồ sơ;', 'Lưu hồ sơ./.'],
    ['a colon', 'kết quả như sau:', 'kết quả như sau./.'],
    ['a comma', 'các cơ quan, đơn vị,', 'các cơ quan, đơn vị./.'],
    ['a space before the mark', 'Lưu hồ sơ ;', 'Lưu hồ sơ./.'],
    ['no punctuation', 'Trân trọng', 'Trân trọng./.'],
    ['an ellipsis', 'tuyên truyền, vận động…', 'tuyên truyền, vận động…./.'],
    ['three dots', 'tuyên truyền, vận động...', 'tuyên truyền, vận động..../.'],
    ['an exclamation mark', 'Trân trọng!', 'Trân trọng!./.'],
    ['a closing bracket', '(Số liệu tại Phụ lục kèm theo)', '(Số liệu tại Phụ lục kèm theo)./.'],
    ['a closing quote', 'khẩu hiệu “Chống dịch như chống giặc”', 'khẩu hiệu “Chống dịch như chống giặc”./.'],
    ['a full stop inside quotes', 'theo chỉ đạo: "Ở đâu, ở đó."', 'theo chỉ đạo: "Ở đâu, ở đó."./.'],
    ['trailing spaces', 'chỉ đạo.  ', 'chỉ đạo./.'],
    ['trailing line breaks', 'chỉ đạo\n\n', 'chỉ đạo./.'],
    ['a non-breaking space', 'chỉ đạo;\u00a0', 'chỉ đạo./.'],
    ['empty text', '', ''],
    ['blank text', ' \n', ''],
  ])('%s', (_, text, expected) => {
    expect(closeText(text)).toBe(expected);
  });

  const para = (...runs: Inline[]): Block => ({ kind: 'paragraph', runs });

  it('closes the last run with text of the last paragraph, keeping its emphasis and dropping blank runs', () => {
    expect(
      closeBody([para('Mở đầu:'), para('Trên đây là ', { text: 'Báo cáo.', bold: true }, ' ', '\n')]),
    ).toEqual([para('Mở đầu:'), para('Trên đây là ', { text: 'Báo cáo./.', bold: true })]);
    expect(
      closeBody([para({ text: '(Số liệu tổng hợp các chỉ tiêu tại Phụ lục kèm theo)', italic: true })]),
    ).toEqual([para({ text: '(Số liệu tổng hợp các chỉ tiêu tại Phụ lục kèm theo)./.', italic: true })]);
  });

  it('closes a body ending in a list item or a heading with text run on', () => {
    expect(closeBody([{ kind: 'listItem', runs: ['Kiến nghị thứ hai;'], depth: 1 }])).toEqual([
      { kind: 'listItem', runs: ['Kiến nghị thứ hai./.'], depth: 1 },
    ]);
    expect(
      closeBody([
        { kind: 'heading', level: 2, label: '5.', text: 'UBND huyện Hướng Hóa:', rest: [' Báo cáo.'] },
      ]),
    ).toEqual([
      { kind: 'heading', level: 2, label: '5.', text: 'UBND huyện Hướng Hóa:', rest: [' Báo cáo./.'] },
    ]);
  });

  it('closes the paragraphs report HTML becomes', () => {
    const closed = (html: string) =>
      closeBody(htmlToBlocks(html)).map((b) =>
        b.kind === 'paragraph' || b.kind === 'listItem'
          ? b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('')
          : b.kind,
      );
    expect(closed('<p>Kết quả <strong>nổi bật</strong>:<br></p>')).toEqual(['Kết quả nổi bật./.']);
    expect(closed('<p>Kiến nghị:</p><ul><li>Thứ nhất;</li><li>Thứ hai;&nbsp;</li></ul>')).toEqual([
      'Kiến nghị:',
      'Thứ nhất;',
      'Thứ hai./.',
    ]);
    expect(closed('<ol><li>Thứ nhất;</li><li>Thứ hai</li></ol>')).toEqual(['1. Thứ nhất;', '2. Thứ hai./.']);
  });

  it('closes a deferred last block when it is made', () => {
    const [deferred] = closeBody([{ kind: 'deferred', blocks: () => [para('Một.'), para('Hai.')] }]);
    expect(deferred?.kind === 'deferred' && deferred.blocks()).toEqual([para('Một.'), para('Hai./.')]);
  });

  it('leaves a body with no last paragraph as it is', () => {
    const table: Block = { kind: 'table', columns: [{ weight: 1 }], rows: [[['Số liệu.']]] };
    const heading: Block = { kind: 'heading', level: 1, label: 'I.', text: 'KIẾN NGHỊ' };
    const empty: Block = { kind: 'paragraph', runs: [' ', ''] };
    for (const last of [table, heading, empty, { kind: 'spacer', pt: 6 } as Block]) {
      expect(closeBody([para('Mở đầu.'), last])).toEqual([para('Mở đầu.'), last]);
    }
    expect(closeBody([])).toEqual([]);
  });
});

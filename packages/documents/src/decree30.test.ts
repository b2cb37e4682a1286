import { describe, expect, it } from 'vitest';
import {
  A4,
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

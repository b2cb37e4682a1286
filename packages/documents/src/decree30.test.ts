import { describe, expect, it } from 'vitest';
import { A4, formatPlaceDate, MARGINS_MM, mmToTwips } from './decree30.ts';

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

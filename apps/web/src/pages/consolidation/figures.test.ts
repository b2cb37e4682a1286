import { describe, expect, it } from 'vitest';
import { formatFigure } from './figures.ts';

describe('formatFigure: Vietnamese separators (dot for thousands, comma for decimals)', () => {
  it.each([
    [1_250_000, 'integer', 'sum', '1.250.000'],
    [1_250_000, 'money', 'sum', '1.250.000'],
    [0, 'integer', 'sum', '0'],
    [-1500, 'integer', 'sum', '-1.500'],
    // A whole figure has no decimals; a sum of decimals keeps two at most.
    [12.6, 'integer', 'max', '13'],
    [12.5, 'decimal', 'sum', '12,5'],
    [1234.567, 'decimal', 'sum', '1.234,57'],
    [3, 'decimal', 'sum', '3'],
    // An average of whole figures is rarely whole: two places.
    [7.333_333, 'integer', 'average', '7,33'],
    [2_000_000.5, 'money', 'average', '2.000.000,5'],
  ] as const)('%d (%s, %s) → %s', (value, valueType, aggregation, text) => {
    expect(formatFigure(value, valueType, aggregation)).toBe(text);
  });

  it('sums by default', () => {
    expect(formatFigure(7.5, 'integer')).toBe('8');
  });

  it.each([null, undefined])('shows a dash for a figure not given (%s), not a zero', (value) => {
    expect(formatFigure(value, 'integer')).toBe('—');
  });
});

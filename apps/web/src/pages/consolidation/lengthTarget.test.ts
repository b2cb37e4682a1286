import { describe, expect, it } from 'vitest';
import { lengthNote, targetPagesOf } from './lengthTarget.ts';

describe('the length target beside “Tổng hợp lại”', () => {
  it('takes a whole number of pages from 1 to 200, empty as no target, and refuses the rest', () => {
    expect(targetPagesOf('')).toBeNull();
    expect(targetPagesOf('  ')).toBeNull();
    expect(targetPagesOf(8)).toBe(8);
    expect(targetPagesOf(' 12 ')).toBe(12);
    expect(targetPagesOf(200)).toBe(200);
    for (const bad of [0, 201, 2.5, -3, 'tám', '1e']) expect(targetPagesOf(bad)).toBeUndefined();
  });

  const report = (length: { targetPages: number | null; estimatedPages: number; overTarget: boolean }) => ({
    version: 3,
    generatedAt: '2020-06-20T03:00:00.000Z',
    updatedAt: '2020-06-20T03:00:00.000Z',
    length,
  });

  it('says the length, against the target when there is one', () => {
    expect(
      lengthNote({ ...report({ targetPages: null, estimatedPages: 7, overTarget: false }), version: 0 }),
    ).toBe(null);
    expect(lengthNote(report({ targetPages: null, estimatedPages: 7, overTarget: false }))).toEqual({
      kind: 'length',
      pages: 7,
    });
    expect(lengthNote(report({ targetPages: 8, estimatedPages: 7, overTarget: false }))).toEqual({
      kind: 'fits',
      pages: 7,
      target: 8,
    });
  });

  it('tells the shortest draft over the target from one edited since', () => {
    const over = report({ targetPages: 2, estimatedPages: 4, overTarget: true });
    expect(lengthNote(over)).toEqual({ kind: 'minimum', pages: 4, target: 2 });
    expect(lengthNote({ ...over, updatedAt: '2020-06-20T04:00:00.000Z' })).toEqual({
      kind: 'over',
      pages: 4,
      target: 2,
    });
  });
});

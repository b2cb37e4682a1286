import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize.ts';

const KB = 1024;
const MB = 1024 * 1024;

describe('formatFileSize: as a Vietnamese reader writes sizes (decimal comma)', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [KB, '1 KB'],
    [1536, '2 KB'],
    [350 * KB, '350 KB'],
    // Just under a megabyte is still counted in kilobytes.
    [MB - 1, '1024 KB'],
    [MB, '1 MB'],
    [1.25 * MB, '1,3 MB'],
    [1.2 * MB, '1,2 MB'],
    [9.94 * MB, '9,9 MB'],
    // Ten megabytes and more: whole numbers.
    [10 * MB, '10 MB'],
    [12.6 * MB, '13 MB'],
    [250 * MB, '250 MB'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('never writes a decimal point', () => {
    for (const bytes of [1.5 * MB, 2.75 * MB, 9.99 * MB]) expect(formatFileSize(bytes)).not.toContain('.');
  });
});

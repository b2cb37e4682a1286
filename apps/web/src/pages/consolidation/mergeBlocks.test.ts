// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mergeBlocks } from './mergeBlocks.ts';

/** Paragraphs from letters: p('A', 'B') → "<p>A</p><p>B</p>". */
const p = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');

describe('mergeBlocks: both sides’ changes to one consolidated section, paragraph by paragraph', () => {
  it.each([
    ['nothing changed', p('A', 'B'), p('A', 'B'), p('A', 'B'), p('A', 'B')],
    ['only the other side added', p('A', 'B'), p('A', 'B'), p('A', 'B', 'Y'), p('A', 'B', 'Y')],
    ['only this side added', p('A', 'B'), p('A', 'X', 'B'), p('A', 'B'), p('A', 'X', 'B')],
    [
      'each added somewhere else: mine after the paragraph it followed',
      p('A', 'B', 'C'),
      p('A', 'B', 'X', 'C'),
      p('A', 'B', 'C', 'Y'),
      p('A', 'B', 'X', 'C', 'Y'),
    ],
    [
      'this side added at the very start',
      p('A', 'B'),
      p('X', 'A', 'B'),
      p('A', 'B', 'Y'),
      p('X', 'A', 'B', 'Y'),
    ],
    ['this side deleted a paragraph', p('A', 'B', 'C'), p('A', 'C'), p('A', 'B', 'C', 'Y'), p('A', 'C', 'Y')],
    ['the other side deleted a paragraph', p('A', 'B', 'C'), p('A', 'B', 'C'), p('A', 'C'), p('A', 'C')],
    [
      'the other side deleted what this side rewrote: the rewrite stays, the old text goes',
      p('A', 'B', 'C'),
      p('A', 'B2', 'C'),
      p('A', 'C'),
      p('A', 'B2', 'C'),
    ],
    ['both added the same paragraph: once', p('A'), p('A', 'X'), p('A', 'X'), p('A', 'X')],
    ['both deleted the same paragraph', p('A', 'B'), p('A'), p('A'), p('A')],
    [
      'everything new on both sides: this side’s first, as nothing anchors it',
      '',
      p('X'),
      p('Y'),
      p('X', 'Y'),
    ],
    ['all empty', '', '', '', ''],
  ])('%s', (_name, base, mine, theirs, merged) => {
    expect(mergeBlocks(base, mine, theirs)).toBe(merged);
  });

  it('does not repeat a long shared text when the copies differ only in markup the server drops', () => {
    // A section that runs to pages: each block is parsed once, not once per comparison.
    const shared = Array.from({ length: 120 }, (_, i) => `Đoạn ${i + 1} của báo cáo tổng hợp`);
    const base = p(...shared);
    const mine =
      shared.map((t) => `<p style="text-align: justify"><span>${t}</span></p>`).join('') + p('Thêm');
    const theirs = p(...shared);
    const merged = mergeBlocks(base, mine, theirs);
    expect(merged).toBe(p(...shared, 'Thêm'));
    expect(merged.match(/Đoạn 1 của/g)).toHaveLength(1);
  });

  it('keeps lists and tables as whole blocks and wraps loose text in a paragraph', () => {
    const list = '<ul><li>Một</li><li>Hai</li></ul>';
    const table = '<table><tbody><tr><td>Xã A</td></tr></tbody></table>';
    expect(mergeBlocks(p('A'), `${p('A')}${list}`, `${p('A')}chữ rời${table}`)).toBe(
      `${p('A')}${list}<p>chữ rời</p>${table}`,
    );
  });
});

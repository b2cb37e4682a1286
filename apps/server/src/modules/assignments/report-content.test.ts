import { describe, expect, it } from 'vitest';
import { hasReportText, htmlToText } from './report-content.ts';

/** Pieces a section's HTML is made of, including the odd ones a pasted or hand-made body can hold. */
const PIECES = [
  '<p>',
  '</p>',
  '<br />',
  '<br>',
  '<strong>',
  '</strong>',
  '<td>',
  '</td>',
  '<a href="https://x.vn">',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '&nbsp;',
  '&amp;',
  '&lt;',
  '&',
  'nbsp;',
  '&nb',
  'sp;',
  '<',
  '>',
  '<>',
  '< p>',
  'a',
  'Hà Nội',
  '1',
];

/** A deterministic sequence, so a failure names the same input on every run. */
function* bodies(count: number): Generator<string> {
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  for (let n = 0; n < count; n++) {
    const length = next() % 9;
    let html = '';
    for (let i = 0; i < length; i++) html += PIECES[next() % PIECES.length];
    yield html;
  }
}

describe('hasReportText', () => {
  it('answers as htmlToText does: blank sections are blank, written ones are not', () => {
    expect(hasReportText('')).toBe(false);
    expect(hasReportText('<p> &nbsp;<br /></p><p>\u00a0</p>')).toBe(false);
    expect(hasReportText('<p><strong></strong></p>')).toBe(false);
    expect(hasReportText('<p>Kết quả đạt được</p>')).toBe(true);
    expect(hasReportText('<p>&amp;</p>')).toBe(true);
    // An entity split by a tag is read after the tag is gone, by htmlToText as by this.
    expect(hasReportText('&nb<strong>sp;</strong>')).toBe(htmlToText('&nb<strong>sp;</strong>') !== '');
  });

  it('agrees with htmlToText on every body of up to eight pieces tried', () => {
    const disagreements = [...bodies(20_000)].filter(
      (html) => hasReportText(html) !== (htmlToText(html) !== ''),
    );
    expect(disagreements).toEqual([]);
  });
});

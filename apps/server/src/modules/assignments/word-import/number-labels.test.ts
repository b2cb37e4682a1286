import { describe, expect, it } from 'vitest';
import {
  findNumberLabel,
  formatNumber,
  LABEL_END,
  LABEL_START,
  labelNumberedParagraphs,
  stripNumberLabels,
} from './number-labels.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(ilvl: number, format: string, text: string, extra = '') {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
  <w:abstractNum w:abstractNumId="10">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="20">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}${lvl(2, 'lowerRoman', '%3.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="30">${lvl(0, 'upperRoman', '%1')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="40">${lvl(0, 'bullet', '•')}${lvl(1, 'none', '')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="40"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0"?><w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="Muc1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Muc2"><w:basedOn w:val="Muc1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`;

/** A paragraph numbered (numId, ilvl), or styled, with the given text. */
function p(text: string, numbering?: { numId: number; ilvl?: number } | { style: string }) {
  let pPr = '';
  if (numbering && 'style' in numbering) pPr = `<w:pPr><w:pStyle w:val="${numbering.style}"/></w:pPr>`;
  else if (numbering) {
    pPr = `<w:pPr><w:numPr><w:ilvl w:val="${numbering.ilvl ?? 0}"/><w:numId w:val="${numbering.numId}"/></w:numPr></w:pPr>`;
  }
  return `<w:p>${pPr}<w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** Each paragraph's label, in order, as the import would see it (null when it has none). */
function labels(paragraphs: string[], styles: string | null = STYLES): Array<string | null> {
  const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const out = labelNumberedParagraphs(xml, NUMBERING, styles) ?? xml;
  return [...out.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => findNumberLabel(m[1] as string));
}

describe('the numbers Word draws before numbered paragraphs', () => {
  it('counts each level, restarts deeper levels under a higher one, draws roman numbers and letters', () => {
    expect(
      labels([
        p('A', { numId: 1, ilvl: 0 }),
        p('B', { numId: 1, ilvl: 1 }),
        p('text'),
        p('C', { numId: 1, ilvl: 1 }),
        p('D', { numId: 1, ilvl: 2 }),
        p('E', { numId: 1, ilvl: 2 }),
        p('F', { numId: 1, ilvl: 1 }),
        p('G', { numId: 1, ilvl: 2 }),
        p('H', { numId: 1, ilvl: 0 }),
        p('I', { numId: 1, ilvl: 1 }),
      ]),
    ).toEqual(['I.', '1.', null, '2.', 'a)', 'b)', '3.', 'a)', 'II.', '1.']);
  });

  it('continues a list across lists that share its definition, and restarts where Word is told to', () => {
    expect(
      labels([
        p('A', { numId: 1 }),
        p('B', { numId: 2 }),
        p('C', { numId: 3 }),
        p('D', { numId: 3 }),
        p('E', { numId: 1 }),
      ]),
    ).toEqual(['I.', 'II.', 'IV.', 'V.', 'III.']);
  });

  it('draws "%1.%2." forms, legal numbering, and a level that never restarts', () => {
    expect(
      labels([
        p('A', { numId: 4, ilvl: 0 }),
        p('B', { numId: 4, ilvl: 1 }),
        p('C', { numId: 4, ilvl: 2 }),
        p('D', { numId: 4, ilvl: 0 }),
        p('E', { numId: 4, ilvl: 1 }),
        p('F', { numId: 4, ilvl: 2 }),
        p('G', { numId: 5, ilvl: 0 }),
        p('H', { numId: 5, ilvl: 1 }),
      ]),
    ).toEqual(['1.', '1.1.', 'i.', '2.', '2.1.', 'ii.', 'I', '1.1']);
  });

  it('takes numbering from the paragraph style and the style it is based on', () => {
    expect(labels([p('A', { style: 'Muc1' }), p('B', { style: 'Muc2' }), p('C', { style: 'Muc1' })])).toEqual(
      ['I', '1.1', 'II'],
    );
  });

  it('labels no bullet, no "none" level, no numId 0 and no empty line, but counts the empty line', () => {
    expect(
      labels([
        p('A', { numId: 6, ilvl: 0 }),
        p('B', { numId: 6, ilvl: 1 }),
        p('C', { numId: 0 }),
        p(' ', { numId: 4 }),
        p('D', { numId: 4 }),
      ]),
    ).toEqual([null, null, null, null, '2.']);
  });

  it('leaves a document without numbered text untouched', () => {
    const xml = `<w:document ${W}><w:body>${p('A')}</w:body></w:document>`;
    expect(labelNumberedParagraphs(xml, NUMBERING, null)).toBeNull();
  });

  it('formats counters as Word does, and the marks come out again', () => {
    expect([1, 4, 9, 14, 40].map((n) => formatNumber(n, 'upperRoman'))).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XL',
    ]);
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
    expect(formatNumber(3, 'decimalZero')).toBe('03');
    expect(formatNumber(3, 'chineseCounting')).toBe('3');
    const marked = `${LABEL_START}9.${LABEL_END}Một số hoạt động`;
    expect(findNumberLabel(marked)).toBe('9.');
    expect(stripNumberLabels(marked)).toBe('Một số hoạt động');
  });
});

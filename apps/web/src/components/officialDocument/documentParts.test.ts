import { headerLayout, titleLayout } from '@tongket/documents/layout';
import type { OfficialDocumentData } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import {
  columnPercents,
  drawBlock,
  em,
  gridColumns,
  headingTag,
  ruleWidth,
  splitTitle,
} from './documentParts.ts';

const doc = (over: Partial<OfficialDocumentData> = {}): OfficialDocumentData => ({
  header: {
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
    number: '2519/KH-UBND',
    placeDate: 'Quảng Trị, ngày 08 tháng 6 năm 2020',
  },
  docType: 'KẾ HOẠCH',
  summary: ['Tổ chức Hội nghị tổng kết giai đoạn 1', 'công tác chống dịch COVID-19'],
  body: [],
  metadata: { title: 'KẾ HOẠCH 2519/KH-UBND' },
  ...over,
});

describe('drawing an official document in the page', () => {
  it('sizes in em of the 14-pt body type, and columns and table widths from the layout’s fractions', () => {
    expect(em(14)).toBe('1em');
    expect(em(13)).toBe('0.929em');
    expect(gridColumns(headerLayout(doc()).fractions)).toBe('minmax(0, 40fr) minmax(0, 60fr)');
    expect(columnPercents([1, 3])).toEqual(['25%', '75%']);
    expect(columnPercents([0, 0])).toEqual(['0%', '0%']);
    expect(ruleWidth({ fraction: 1 / 3 })).toBe('33.33%');
    expect(ruleWidth({ lengthPt: 171.1 })).toBe('12.221em');
  });

  it('puts the parts one level under the title, never past h6', () => {
    expect(headingTag(2, 0)).toBe('h2');
    expect(headingTag(2, 1)).toBe('h3');
    expect(headingTag(3, 3)).toBe('h6');
    expect(headingTag(3, 5)).toBe('h6');
  });

  it('reads a numbered heading alone as a heading, one with text after it as a paragraph with a bold lead', () => {
    expect(drawBlock({ kind: 'heading', level: 1, label: 'I.', text: 'MỤC ĐÍCH, YÊU CẦU' })).toEqual({
      kind: 'heading',
      level: 1,
      runs: [{ text: 'I. MỤC ĐÍCH, YÊU CẦU', bold: true }],
    });
    expect(drawBlock({ kind: 'heading', level: 2, label: '1.', text: 'Khen thưởng tập thể:' }).kind).toBe(
      'heading',
    );
    expect(
      drawBlock({ kind: 'heading', level: 2, label: '2.', text: 'Sở Y tế:', rest: [' Chủ trì, phối hợp.'] }),
    ).toEqual({
      kind: 'leadParagraph',
      runs: [
        { text: '2. Sở Y tế:', bold: true },
        { text: ' Chủ trì, phối hợp.', bold: undefined, italic: undefined, underline: undefined },
      ],
    });
  });

  it('justifies and indents body text unless told otherwise, and prints a list item with its dash', () => {
    expect(drawBlock({ kind: 'paragraph', runs: ['Tính đến ngày 08/6/2020'] })).toMatchObject({
      align: 'justify',
      indent: true,
      sizePt: 14,
    });
    expect(drawBlock({ kind: 'paragraph', runs: ['BÁO CÁO'], align: 'center' })).toMatchObject({
      align: 'center',
      indent: false,
    });
    const item = drawBlock({ kind: 'listItem', runs: ['Đại diện Thường trực Tỉnh ủy;'], depth: 1 });
    expect(item).toMatchObject({ kind: 'listItem', depth: 1 });
    expect(item.kind === 'listItem' && item.runs.map((r) => r.text).join('')).toBe(
      '- Đại diện Thường trực Tỉnh ủy;',
    );
    expect(drawBlock({ kind: 'qr', text: 'x', caption: 'Mã điểm danh: 42', sizePt: 90 })).toEqual({
      kind: 'caption',
      runs: [{ text: 'Mã điểm danh: 42', bold: true }],
      align: 'center',
    });
  });

  it('splits the title block into the draft mark, the title’s lines and the rule after them', () => {
    const issued = splitTitle(titleLayout(doc()).items, false);
    expect(issued.mark).toBeNull();
    expect(issued.lines.map((l) => l.runs[0]?.text)).toEqual([
      'KẾ HOẠCH',
      'Tổ chức Hội nghị tổng kết giai đoạn 1',
      'công tác chống dịch COVID-19',
    ]);
    expect(issued.after.some((i) => 'rule' in i)).toBe(true);
    const draft = splitTitle(titleLayout(doc({ draft: true })).items, true);
    expect(draft.mark?.runs[0]?.text).toBe('DỰ THẢO');
    expect(draft.lines[0]?.runs[0]?.text).toBe('KẾ HOẠCH');
    // A công văn has no title: nothing becomes a heading.
    const congVan = splitTitle(titleLayout(doc({ docType: undefined })).items, false);
    expect(congVan.lines).toEqual([]);
  });
});

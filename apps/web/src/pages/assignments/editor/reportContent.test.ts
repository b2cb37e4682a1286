// @vitest-environment jsdom
import { emptyReportContent, type Outline, type ReportContent } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import {
  contentToSend,
  copyContent,
  htmlText,
  isBlankHtml,
  joinHtml,
  normalizeHtml,
  outlineRows,
  sameHtml,
  sectionName,
} from './reportContent.ts';

const section = (id: string, title: string, children: Outline['sections'] = []) => ({
  id,
  title,
  required: false,
  guidance: '',
  indicators: [],
  children,
});

describe('outlineRows and sectionName', () => {
  const outline: Outline = {
    title: 'BÁO CÁO',
    summary: '',
    sections: [
      section('s1', 'Tình hình chung', [
        section('s11', 'Công tác chỉ đạo:'),
        section('s12', 'Công tác tuyên truyền.', [section('s121', 'Ở cơ sở')]),
      ]),
      section('s2', 'Kiến nghị, đề xuất'),
    ],
  };

  it('lays the outline out in reading order, numbered, with its leaves marked', () => {
    expect(outlineRows(outline).map((r) => [r.section.id, r.path, r.label, r.leaf])).toEqual([
      ['s1', 'I', 'I.', false],
      ['s11', 'I.1', '1.', true],
      ['s12', 'I.2', '2.', false],
      ['s121', 'I.2.a', 'a)', true],
      ['s2', 'II', 'II.', true],
    ]);
  });

  it('names a section by its full number and title, without a trailing colon or full stop', () => {
    const names = outlineRows(outline).map(sectionName);
    expect(names).toEqual([
      'I. Tình hình chung',
      'I.1. Công tác chỉ đạo',
      'I.2. Công tác tuyên truyền',
      'I.2.a. Ở cơ sở',
      'II. Kiến nghị, đề xuất',
    ]);
  });
});

describe('htmlText: report HTML as plain text, one line per block', () => {
  it.each([
    ['', ''],
    ['<p>Dòng 1</p><p>Dòng&nbsp;2</p>', 'Dòng 1\nDòng 2'],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<ul><li>một</li><li>hai</li></ul>', 'một\nhai'],
    ['<h1>Tiêu đề</h1>  <p>  chữ    nhiều   cách </p>', 'Tiêu đề\nchữ nhiều cách'],
    ['<p></p><p> </p><p>x</p>', 'x'],
    // Entities are text, never markup.
    ['<p>&lt;b&gt; &amp; </p>', '<b> &'],
  ])('%j → %j', (html, text) => {
    expect(htmlText(html)).toBe(text);
  });
});

describe('isBlankHtml', () => {
  it.each([undefined, '', '<p></p>', '<p> </p><p>&nbsp;</p>', '<p><br></p>', '<h2>  </h2>'])(
    '%j is blank',
    (html) => {
      expect(isBlankHtml(html)).toBe(true);
    },
  );

  it.each(['<p>x</p>', '<p>0</p>', '<ul><li>-</li></ul>', '<table><tr><td></td></tr></table>'])(
    '%j is not (a table counts even while empty)',
    (html) => {
      expect(isBlankHtml(html)).toBe(false);
    },
  );
});

describe('normalizeHtml: what the server keeps, so the two copies compare equal', () => {
  it.each([
    ['', ''],
    ['<p>Một&nbsp;hai   ba</p>', '<p>Một hai ba</p>'],
    [
      '<p><b>đậm</b> <i>nghiêng</i> <strike>gạch</strike> <del>xoá</del></p>',
      '<p><strong>đậm</strong> <em>nghiêng</em> <s>gạch</s> <s>xoá</s></p>',
    ],
    // Styles and wrappers go; their text stays.
    ['<p style="text-align:center"><span style="color:red">đỏ</span></p>', '<p>đỏ</p>'],
    ['<div><p>x</p></div>', '<p>x</p>'],
    // TipTap's column widths and a default span of 1 are dropped; a real span is kept.
    [
      '<table><colgroup><col style="width:100px"></colgroup><tbody><tr><td colspan="1" rowspan="1" style="x">a</td><td colspan="2">b</td></tr></tbody></table>',
      '<table><tbody><tr><td>a</td><td colspan="2">b</td></tr></tbody></table>',
    ],
    ['<p></p><p> </p><h2>  </h2><p>x</p>', '<p>x</p>'],
    ['<p>a<br>b</p>', '<p>a<br>b</p>'],
    [
      '<p><a href="https://x.vn" target="_blank" rel="noopener">liên kết</a></p>',
      '<p><a href="https://x.vn">liên kết</a></p>',
    ],
    ['<p>x</p><script>alert(1)</script><style>p{}</style>', '<p>x</p>'],
    ['<ul><li><p>một</p></li></ul>', '<ul><li><p>một</p></li></ul>'],
    // Decomposed (NFD) text, as some programs paste it, is the server's NFC text.
    ['<p>Quảng Trị</p>'.normalize('NFD'), '<p>Quảng Trị</p>'.normalize('NFC')],
  ])('%j → %j', (html, normalized) => {
    expect(normalizeHtml(html)).toBe(normalized);
  });

  it('sees the editor copy and the sanitised stored copy of one text as the same', () => {
    const editor =
      '<p style="text-align: left"><b>Kết quả:</b>&nbsp;đã tiêm  1.250 liều</p><p></p>' +
      '<table><colgroup><col style="min-width:25px"></colgroup><tbody><tr><td colspan="1" rowspan="1"><p>Xã</p></td></tr></tbody></table>';
    const stored =
      '<p><strong>Kết quả:</strong> đã tiêm 1.250 liều</p>' +
      '<table><tbody><tr><td><p>Xã</p></td></tr></tbody></table>';
    expect(sameHtml(editor, stored)).toBe(true);
    expect(sameHtml(editor, stored.replace('1.250', '1.251'))).toBe(false);
  });

  it('treats missing and empty text alike', () => {
    expect(sameHtml(undefined, '')).toBe(true);
    expect(sameHtml(undefined, '<p> </p>')).toBe(true);
    expect(sameHtml('<p>a</p>', undefined)).toBe(false);
  });
});

describe('joinHtml: one text after the other, leaving out a blank one', () => {
  it.each([
    ['<p>a</p>', '<p>b</p>', '<p>a</p><p>b</p>'],
    ['<p></p>', '<p>b</p>', '<p>b</p>'],
    ['<p>a</p>', '<p>&nbsp;</p>', '<p>a</p>'],
    ['<p>a</p>', undefined, '<p>a</p>'],
    [undefined, '<p>b</p>', '<p>b</p>'],
    [undefined, undefined, ''],
    // An empty table is content: a unit may fill it in later.
    ['<table><tr><td></td></tr></table>', '<p>x</p>', '<table><tr><td></td></tr></table><p>x</p>'],
  ])('%j + %j → %j', (first, second, joined) => {
    expect(joinHtml(first, second)).toBe(joined);
  });
});

describe('copyContent and contentToSend', () => {
  const content: ReportContent = {
    ...emptyReportContent(),
    sections: { s1: '<p>Nội dung</p>', s2: '<p> </p>', s3: '', s4: '<table><tr><td></td></tr></table>' },
    indicators: { i1: 12, i2: null },
    body: '<p></p>',
    topic: 'Chủ đề',
    durationMinutes: 10,
  };

  it('copies the sections and figures, so an edit of the copy leaves the original alone', () => {
    const copy = copyContent(content);
    copy.sections.s1 = 'changed';
    copy.indicators.i1 = 99;
    expect(content.sections.s1).toBe('<p>Nội dung</p>');
    expect(content.indicators.i1).toBe(12);
  });

  it('leaves blank sections and a blank body out; keeps figures, empty ones too', () => {
    expect(contentToSend(content)).toEqual({
      ...content,
      sections: { s1: '<p>Nội dung</p>', s4: '<table><tr><td></td></tr></table>' },
      body: '',
    });
    // The content being edited is not changed by preparing what is sent.
    expect(Object.keys(content.sections)).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { isCleanReportHtml, sanitizeReportHtml } from './sanitize-report-html.ts';

describe('sanitizeReportHtml', () => {
  it('removes scripts, event handlers, images, frames, styles and comments', () => {
    const out = sanitizeReportHtml(
      '<p onclick="steal()">Báo cáo<script>alert(1)</script></p>' +
        '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>' +
        '<style>p { color: red }</style><!-- ghi chú --><svg><script>alert(2)</script></svg>' +
        '<object data="x.swf"></object><p>hết</p>',
    );
    expect(out).toBe('<p>Báo cáo</p><p>hết</p>');
  });

  it('removes javascript:, data: and relative links but keeps the link text', () => {
    const out = sanitizeReportHtml(
      '<p><a href="javascript:alert(1)">một</a> <a href="JaVaScRiPt&#58;alert(1)">hai</a> ' +
        '<a href="java&#x09;script:alert(1)">ba</a> <a href="data:text/html,<script>x</script>">bốn</a> ' +
        '<a href="#footnote-1">[1]</a> <a href="//evil.example">năm</a></p>',
    );
    expect(out).toBe('<p>một hai ba bốn [1] năm</p>');
  });

  it('keeps http, https and mailto links and forces rel="noopener noreferrer"', () => {
    const out = sanitizeReportHtml(
      '<p><a href="https://quangtri.gov.vn" target="_blank" rel="opener" onclick="x()">Cổng</a> ' +
        '<a href="mailto:pnvyqt@gmail.com">thư</a> <a href="http://soyte.quangtri.gov.vn">Sở</a></p>',
    );
    expect(out).toBe(
      '<p><a href="https://quangtri.gov.vn" rel="noopener noreferrer">Cổng</a> ' +
        '<a href="mailto:pnvyqt@gmail.com" rel="noopener noreferrer">thư</a> ' +
        '<a href="http://soyte.quangtri.gov.vn" rel="noopener noreferrer">Sở</a></p>',
    );
  });

  it('keeps tables with colspan and rowspan only', () => {
    const out = sanitizeReportHtml(
      '<table class="MsoTableGrid" border="1" style="width:100%"><thead><tr><th colspan="2" width="50">Chỉ tiêu</th></tr></thead>' +
        '<tbody><tr><td rowspan="2" style="color:red" onmouseover="x()">Số mẫu</td><td>1.234</td></tr></tbody>' +
        '<tfoot><tr><td>Tổng</td></tr></tfoot></table>',
    );
    expect(out).toBe(
      '<table><thead><tr><th colspan="2">Chỉ tiêu</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">Số mẫu</td><td>1.234</td></tr></tbody>' +
        '<tfoot><tr><td>Tổng</td></tr></tfoot></table>',
    );
  });

  it('keeps lists, emphasis and headings, spelling b/i as strong/em and h5/h6 as h4', () => {
    const out = sanitizeReportHtml(
      '<h2 id="x">Kết quả</h2><ol start="3"><li><b>Tuyên truyền</b><ul><li><i>45 tin</i></li></ul></li></ol>' +
        '<p><u>gạch</u> <s>xoá</s> H<sub>2</sub>O m<sup>2</sup></p><blockquote>trích</blockquote><h6>Mục nhỏ</h6>',
    );
    expect(out).toBe(
      '<h2>Kết quả</h2><ol><li><strong>Tuyên truyền</strong><ul><li><em>45 tin</em></li></ul></li></ol>' +
        '<p><u>gạch</u> <s>xoá</s> H<sub>2</sub>O m<sup>2</sup></p><blockquote>trích</blockquote><h4>Mục nhỏ</h4>',
    );
  });

  it('unwraps what it does not know, keeping the text (Word spans, fonts, classes)', () => {
    const out = sanitizeReportHtml(
      '<p class="MsoNormal"><span style="font-family:&quot;Times New Roman&quot;"><font face="Arial">Sở Y tế</font></span></p>',
    );
    expect(out).toBe('<p>Sở Y tế</p>');
  });

  it('drops empty paragraphs Word and editors leave as spacing', () => {
    const out = sanitizeReportHtml(
      '<p>một</p><p>&nbsp;</p><p><br></p><p> </p><p><span></span></p><p>hai</p>',
    );
    expect(out).toBe('<p>một</p><p>hai</p>');
  });

  it('keeps Vietnamese text intact and returns it in NFC', () => {
    const decomposed = 'Ủy ban nhân dân tỉnh Quảng Trị — Đakrông, Hướng Hóa'.normalize('NFD');
    const out = sanitizeReportHtml(`<p>${decomposed}</p>`);
    expect(out).toBe('<p>Ủy ban nhân dân tỉnh Quảng Trị — Đakrông, Hướng Hóa</p>');
    expect(out).toBe(out.normalize('NFC'));
    expect(sanitizeReportHtml('<p>5 &lt; 7 &amp; “ngoặc”</p>')).toBe('<p>5 &lt; 7 &amp; “ngoặc”</p>');
  });

  it('is stable: sanitising its own output changes nothing', () => {
    const once = sanitizeReportHtml(
      '<p><b>A</b> <a href="https://x.vn">x</a></p><table><tr><td>1</td></tr></table>',
    );
    expect(sanitizeReportHtml(once)).toBe(once);
  });
});

describe('the fast path for HTML that is already clean', () => {
  it('accepts what the editor and the sanitiser write, and nothing that needs cleaning', () => {
    const clean = [
      '<p>Đã ban hành <strong>12</strong> văn bản; <em>kịp thời</em>.</p>',
      '<ul><li><p>Một</p></li><li><p>Hai</p></li></ul>',
      '<table><tbody><tr><td colspan="2">Khu</td><td>3</td></tr></tbody></table>',
      '<p><a href="https://quangtri.gov.vn/tin" rel="noopener noreferrer">nguồn</a><br />dòng sau</p>',
      '<p>5 &lt; 7 và 7 > 5</p>',
    ];
    for (const html of clean) {
      expect(isCleanReportHtml(html), html).toBe(true);
      expect(sanitizeReportHtml(html)).toBe(html.normalize('NFC'));
    }
    const dirty = [
      '<p onclick="x()">a</p>',
      '<script>alert(1)</script>',
      '<p>a<img src=x onerror=alert(1)></p>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="https://x.vn" target="_blank">x</a>',
      '<td colspan="2" style="color:red">x</td>',
      '<!-- <p>comment</p> -->',
      '<p>a < script>b</p>',
      '<p class="MsoNormal">Word</p>',
      '<span>x</span>',
      '</p onclick="x">',
    ];
    for (const html of dirty) expect(isCleanReportHtml(html), html).toBe(false);
    // Whatever the sanitiser makes is clean by the fast test, so a re-saved draft skips the parse.
    for (const html of dirty) expect(isCleanReportHtml(sanitizeReportHtml(html)), html).toBe(true);
  });
});

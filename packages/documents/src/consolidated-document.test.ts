import { describe, expect, it } from 'vitest';
import { buildConsolidatedDocument, type ConsolidatedDocumentInput } from './consolidated-document.ts';
import { expandBlocks, type OfficialDocument } from './model.ts';

function input(html: string): ConsolidatedDocumentInput {
  return {
    parentBody: 'UBND TỈNH QUẢNG TRỊ',
    issuingBody: 'SỞ Y TẾ',
    place: 'Quảng Trị',
    docCode: 'BC-UBND',
    docDate: '2020-06-20',
    summary: 'Tổng kết công tác phòng, chống dịch Covid-19',
    planReference: 'Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh',
    sections: [
      { label: 'I', title: 'KẾT QUẢ', depth: 0, html: '<p>Đã triển khai.</p>' },
      { label: 'II', title: 'KIẾN NGHỊ', depth: 0, html },
    ],
    indicators: [],
    recipients: ['Lưu: VT'],
    signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
  };
}

/** The body's last block as printed text. */
function lastLine(doc: OfficialDocument): string {
  const last = [...expandBlocks(doc.body)].at(-1);
  if (last?.kind !== 'paragraph' && last?.kind !== 'listItem') return last?.kind ?? '';
  return last.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}

describe('the end mark of a consolidated report', () => {
  it('closes the report’s last paragraph, whatever it ends with', () => {
    expect(lastLine(buildConsolidatedDocument(input('<p>Đề nghị Bộ Y tế hỗ trợ.</p>')))).toBe(
      'Đề nghị Bộ Y tế hỗ trợ./.',
    );
    expect(lastLine(buildConsolidatedDocument(input('<p>Đề nghị Bộ Y tế:</p>')))).toBe('Đề nghị Bộ Y tế./.');
    expect(lastLine(buildConsolidatedDocument(input('<p>Đề nghị Bộ Y tế hỗ trợ,&nbsp;</p>')))).toBe(
      'Đề nghị Bộ Y tế hỗ trợ./.',
    );
  });

  it('closes a report that ends in a list with its last item', () => {
    const doc = buildConsolidatedDocument(
      input('<p>Đề nghị:</p><ul><li>Hỗ trợ vật tư;</li><li>Bổ sung kinh phí;</li></ul>'),
    );
    expect(lastLine(doc)).toBe('Bổ sung kinh phí./.');
  });

  it('leaves a report ending in a table without the mark', () => {
    const doc = buildConsolidatedDocument(input('<table><tr><td>Số ca</td><td>12.</td></tr></table>'));
    expect(lastLine(doc)).toBe('table');
  });
});

import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.ts';
import { renderUnitReportInWorker } from './render-in-worker.ts';
import { renderPdf } from './render-pdf.ts';
import { normaliseText, readDocx, readPdf } from './testing/index.ts';
import { buildUnitReportDocument, type UnitReportDocumentInput } from './unit-report-document.ts';

function input(fields: Partial<UnitReportDocumentInput> = {}): UnitReportDocumentInput {
  return {
    parentBody: 'UBND tỉnh Quảng Trị',
    issuingBody: 'Bộ Chỉ huy Quân sự tỉnh',
    place: 'Quảng Trị',
    number: null,
    code: '',
    date: null,
    year: 2020,
    summary: 'Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1',
    planReference: 'Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh',
    sections: [
      { label: 'I.', title: 'KẾT QUẢ THỰC HIỆN', depth: 0, html: '', figures: [] },
      {
        label: '1.',
        title: 'Công tác cách ly',
        depth: 1,
        html: '<p>Đã tổ chức <strong>04 khu</strong> cách ly tập trung.</p>',
        figures: [
          { name: 'Số người được cách ly', unit: 'người', value: 1234, valueType: 'integer' },
          { name: 'Tỷ lệ hoàn thành', unit: '%', value: 97.25, valueType: 'decimal' },
          { name: 'Kinh phí', unit: 'đồng', value: null, valueType: 'money' },
        ],
      },
      {
        label: 'II.',
        title: 'KIẾN NGHỊ',
        depth: 0,
        html: '<p>Đề nghị Bộ Quốc phòng hỗ trợ vật tư.</p>',
        figures: [],
      },
    ],
    recipients: ['Sở Y tế', 'Lưu: VT'],
    signature: { lines: ['Thủ trưởng đơn vị'], name: '' },
    ...fields,
  };
}

describe('a unit’s own report as an official document', () => {
  it('prints the unit’s header, blank number and date, the outline with its text and figures, Nơi nhận and the signature', async () => {
    const doc = buildUnitReportDocument(input());
    expect(doc.draft).toBeFalsy();
    const pdf = await readPdf(await renderPdf(doc));
    const text = normaliseText(pdf.drawnPages.join('\n'));
    expect(text).toContain('UBND TỈNH QUẢNG TRỊ');
    expect(text).toContain('BỘ CHỈ HUY QUÂN SỰ TỈNH');
    expect(text).toContain('Số:/BC-');
    expect(text).toMatch(/Quảng Trị, ngày\s+tháng\s+năm 2020/);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1');
    expect(text).toContain('Thực hiện Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh, Bộ Chỉ huy');
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(text).toContain('1. Công tác cách ly');
    expect(text).toContain('Đã tổ chức 04 khu cách ly tập trung.');
    expect(text).toContain('- Số người được cách ly: 1.234 người;');
    expect(text).toContain('- Tỷ lệ hoàn thành: 97,25 %.');
    expect(text).not.toContain('Kinh phí');
    expect(text).toContain('II. KIẾN NGHỊ');
    expect(text).toContain('Đề nghị Bộ Quốc phòng hỗ trợ vật tư./.');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Sở Y tế;');
    expect(text).toContain('- Lưu: VT.');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).not.toContain('DỰ THẢO');
    expect(pdf.info.Author).toBe('Bộ Chỉ huy Quân sự tỉnh');
  });

  it('prints the number, the date and the signer the unit gave, in the DOCX as in the PDF', async () => {
    const doc = buildUnitReportDocument(
      input({
        number: '125',
        code: 'BC-BCHQS',
        date: '2020-06-09',
        signature: { lines: ['KT. Chỉ huy trưởng', 'Phó Chỉ huy trưởng'], name: 'Trần Văn B' },
      }),
    );
    for (const text of [
      normaliseText((await readDocx(await renderDocx(doc))).text),
      normaliseText((await readPdf(await renderPdf(doc))).drawnPages.join('\n')),
    ]) {
      expect(text).toContain('Số: 125/BC-BCHQS');
      expect(text).toContain('Quảng Trị, ngày 09 tháng 6 năm 2020');
      expect(text).toContain('KT. CHỈ HUY TRƯỞNG');
      expect(text).toContain('PHÓ CHỈ HUY TRƯỞNG');
      expect(text).toContain('Trần Văn B');
      expect(text).toContain('1. Công tác cách ly');
      expect(text).toContain('Đề nghị Bộ Quốc phòng hỗ trợ vật tư./.');
    }
  });

  it('renders on a worker thread to the same text', async () => {
    const data = input({ number: '7', code: 'BC-BCHQS' });
    const [docx, pdf] = await Promise.all([
      renderUnitReportInWorker(data, 'docx'),
      renderUnitReportInWorker(data, 'pdf'),
    ]);
    expect(normaliseText((await readDocx(docx)).text)).toContain('Số: 7/BC-BCHQS');
    expect(normaliseText((await readPdf(pdf)).drawnPages.join('\n'))).toContain('Số: 7/BC-BCHQS');
  }, 60_000);
});

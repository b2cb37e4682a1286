import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/problem.ts';
import { cellText, findHeaderRow, loadWorkbook } from './workbook.ts';

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading an uploaded workbook', () => {
  it('reads what a cell shows: rich text, a link’s text, a formula’s result, a date, in NFC', () => {
    expect(cellText({ richText: [{ text: 'Sở ' }, { text: 'Y tế' }] })).toBe('Sở Y tế');
    expect(cellText({ text: 'syt@quangtri.gov.vn', hyperlink: 'mailto:syt@quangtri.gov.vn' })).toBe(
      'syt@quangtri.gov.vn',
    );
    expect(cellText({ formula: '1980+1', result: 1981 })).toBe('1981');
    expect(cellText(new Date('2020-06-12T00:00:00Z'))).toBe('2020-06-12');
    expect(cellText('  Hoa\u0300ng Nam ')).toBe('Hoàng Nam');
    expect(cellText(null)).toBe('');
  });

  it('finds the heading row below a title and names the columns it found', async () => {
    const wb = await loadWorkbook(
      await xlsx([
        ['DANH SÁCH ĐẠI BIỂU'],
        [],
        ['STT', 'Họ và tên', 'Chức vụ'],
        [1, 'Hoàng Nam', 'Phó Chủ tịch'],
      ]),
      'danh sách đại biểu',
    );
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    const columnOf = (h: string) => (h === 'Họ và tên' ? 'name' : h === 'Chức vụ' ? 'title' : undefined);
    const header = findHeaderRow(sheet, columnOf, (found) => found.has('name'));
    expect(header?.row).toBe(3);
    expect(Object.fromEntries(header?.columns ?? [])).toEqual({ name: 2, title: 3 });
    expect(
      findHeaderRow(
        sheet,
        () => undefined,
        (found) => found.size > 0,
      ),
    ).toBeUndefined();
  });

  it('refuses an old .xls and what is not a workbook, saying what to send instead', async () => {
    const refusal = async (bytes: Buffer) => {
      try {
        await loadWorkbook(bytes, 'danh sách đại biểu');
      } catch (error) {
        return error as HttpProblem;
      }
      throw new Error('accepted');
    };
    const xls = await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    expect(xls).toBeInstanceOf(HttpProblem);
    expect(xls.detail).toContain('Excel 97–2003 (.xls)');
    const pdf = await refusal(Buffer.from('%PDF-1.7 not a workbook'));
    expect(pdf.detail).toBe(
      'Tệp tải lên không phải tệp Excel (.xlsx). Hãy chọn danh sách đại biểu dạng .xlsx.',
    );
    const brokenZip = await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(brokenZip.detail).toContain('Không đọc được tệp Excel');
  });
});

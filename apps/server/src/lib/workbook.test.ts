import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { longSheet, oleFile, wideSheet, xlsxOf } from '../../test/hostile-files.ts';
import { HttpProblem } from '../http/problem.ts';
import { setParserLimits } from './uploads/parser-pool.ts';
import { cellText, findHeaderRow, readWorkbook, type WorkbookPurpose } from './workbook.ts';

/**
 * A time limit no busy machine reaches: only the cases about time limits set a short one. A parser
 * process runs at a lower priority, so on a loaded test machine a job may wait long for the CPU.
 */
const PATIENT = { timeoutMs: 600_000 };

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const DELEGATES: WorkbookPurpose = {
  what: { vi: 'danh sách đại biểu', en: 'the delegate list' },
  purpose: { vi: 'Danh sách đại biểu', en: 'The delegate list' },
  maxRows: 2000,
};

async function refusal(bytes: Buffer, purpose = DELEGATES): Promise<HttpProblem> {
  try {
    await readWorkbook(bytes, purpose);
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('accepted');
}

// The first file starts a parser worker, which takes seconds on a busy machine.
describe('reading an uploaded workbook', { timeout: 900_000 }, () => {
  beforeEach(() => setParserLimits(PATIENT));
  afterEach(() => setParserLimits({}));

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
    const wb = await readWorkbook(
      await xlsx([
        ['DANH SÁCH ĐẠI BIỂU'],
        [],
        ['STT', 'Họ và tên', 'Chức vụ'],
        [1, { richText: [{ text: 'Hoàng ' }, { text: 'Nam' }] }, 'Phó Chủ tịch'],
      ]),
      DELEGATES,
    );
    const sheet = wb.sheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rows[3]).toEqual(['1', 'Hoàng Nam', 'Phó Chủ tịch']);
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
    const xls = await refusal(oleFile(['Workbook']));
    expect(xls.detail).toContain('Excel 97–2003 (.xls)');
    const pdf = await refusal(Buffer.from('%PDF-1.7 not a workbook'));
    expect(pdf.detail).toBe(
      'Tệp tải lên không phải tệp Excel (.xlsx). Hãy chọn danh sách đại biểu dạng .xlsx.',
    );
    const brokenZip = await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect([brokenZip.status, brokenZip.code]).toEqual([400, 'import_not_xlsx']);
    expect(brokenZip.detail).toContain('Không đọc được tệp Excel');
  });

  it('calls a password-protected workbook that, not an old .xls', async () => {
    const problem = await refusal(oleFile(['EncryptionInfo', 'EncryptedPackage']));
    expect([problem.status, problem.code]).toEqual([422, 'import_encrypted']);
    expect(problem.detail).toContain('đặt mật khẩu');
    expect(problem.detail).not.toContain('97–2003');
  });

  it('refuses a workbook longer than its purpose allows before parsing it, naming the limit', async () => {
    const problem = await refusal(xlsxOf({ sheet: longSheet(100_000) }));
    expect([problem.status, problem.code]).toEqual([422, 'import_too_many_rows']);
    expect(problem.detail).toBe(
      'Danh sách đại biểu có 99.999 dòng, vượt quá giới hạn 2.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp rồi nhập lần lượt.',
    );
    const justOver = await refusal(xlsxOf({ sheet: longSheet(40) }), { ...DELEGATES, maxRows: 25 });
    expect(justOver.code).toBe('import_too_many_rows');
    expect(justOver.detail).toContain('giới hạn 25 dòng');
  });

  it('stops a parse that needs more memory or time than allowed, then reads the next file', async () => {
    setParserLimits({ ...PATIENT, maxHeapMb: 48 });
    const memory = await refusal(xlsxOf({ sheet: wideSheet(300, 6000) }));
    expect([memory.status, memory.code]).toEqual([422, 'upload_parse_memory']);
    expect(memory.detail).toContain('giới hạn 48 MB');
    setParserLimits({ timeoutMs: 1 });
    const slow = await refusal(xlsxOf({ sheet: longSheet(1500) }));
    expect([slow.status, slow.code]).toEqual([422, 'upload_parse_timeout']);
    setParserLimits(PATIENT);
    const wb = await readWorkbook(xlsxOf({ sheet: longSheet(1500) }), DELEGATES);
    expect(wb.sheets[0]?.rows[1499]).toEqual(['1500', 'Nguyễn Văn 1500', '3000']);
  });
});

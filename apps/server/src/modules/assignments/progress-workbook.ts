import { formatDateTimeVn, type Progress, TASK_KIND_LABELS, UNIT_KIND_LABELS } from '@tongket/domain';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../lib/workbook.ts';

const COUNT_COLUMNS = [
  { key: 'expected', header: 'Phải nộp' },
  { key: 'submitted', header: 'Đã nộp' },
  { key: 'onTime', header: 'Đúng hạn' },
  { key: 'late', header: 'Nộp muộn' },
  { key: 'overdue', header: 'Quá hạn chưa nộp' },
  { key: 'waiting', header: 'Chưa đến hạn' },
  { key: 'accepted', header: 'Đã tiếp nhận' },
  { key: 'returned', header: 'Trả lại' },
] as const;

type Counts = Progress['totals'];

function countCells(c: Counts) {
  return [...COUNT_COLUMNS.map((col) => c[col.key]), c.reportingRate, c.onTimeRate];
}

function styleSheet(sheet: ExcelJS.Worksheet, rateColumns: number[]) {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const index of rateColumns) sheet.getColumn(index).numFmt = '0.0%';
}

/** The progress page as a workbook: one sheet per unit, one by level of the tree, one by kind of task. */
export async function writeProgressWorkbook(progress: Progress, campaignName: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tổng kết';
  workbook.title = `Tiến độ: ${campaignName}`;
  const rateHeaders = ['Tỷ lệ nộp', 'Tỷ lệ đúng hạn'];

  const units = workbook.addWorksheet('Theo đơn vị');
  units.columns = [
    { header: 'Đơn vị', width: 46 },
    { header: 'Loại đơn vị', width: 24 },
    ...COUNT_COLUMNS.map((c) => ({ header: c.header, width: 11 })),
    ...rateHeaders.map((h) => ({ header: h, width: 12 })),
    { header: 'Lần gửi gần nhất', width: 18 },
  ];
  for (const u of progress.units) {
    units.addRow([
      u.unitName,
      UNIT_KIND_LABELS[u.unitKind].vi,
      ...countCells(u),
      u.lastSubmittedAt ? formatDateTimeVn(u.lastSubmittedAt) : '',
    ]);
  }
  const total = units.addRow(['Tổng cộng', '', ...countCells(progress.totals), '']);
  total.font = { bold: true };
  styleSheet(units, [11, 12]);

  const levels = workbook.addWorksheet('Theo cấp');
  levels.columns = [
    { header: 'Đơn vị (kể cả cấp dưới)', width: 52 },
    ...COUNT_COLUMNS.map((c) => ({ header: c.header, width: 11 })),
    ...rateHeaders.map((h) => ({ header: h, width: 12 })),
  ];
  for (const s of progress.subtrees) {
    const row = levels.addRow([s.unitName, ...countCells(s)]);
    row.getCell(1).alignment = { indent: Math.min(s.depth * 2, 15) };
  }
  styleSheet(levels, [10, 11]);

  const kinds = workbook.addWorksheet('Theo loại nhiệm vụ');
  kinds.columns = [
    { header: 'Loại nhiệm vụ', width: 24 },
    ...COUNT_COLUMNS.map((c) => ({ header: c.header, width: 11 })),
    ...rateHeaders.map((h) => ({ header: h, width: 12 })),
  ];
  for (const k of progress.byKind) kinds.addRow([TASK_KIND_LABELS[k.kind].vi, ...countCells(k)]);
  styleSheet(kinds, [10, 11]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

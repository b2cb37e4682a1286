import { type Delegate, foldVietnamese, RSVP_STATUS_LABELS, SALUTATION_LABELS } from '@tongket/domain';
import { newWorkbook } from '../../lib/workbook.ts';

/** The columns of a delegate list, with the headers people write for them (import reads any of them). */
export const DELEGATE_COLUMNS = [
  {
    key: 'group',
    header: 'Thành phần',
    aliases: ['thành phần', 'nhóm', 'nhóm đại biểu', 'thành phần mời'],
    width: 44,
  },
  { key: 'salutation', header: 'Danh xưng', aliases: ['danh xưng', 'ông/bà', 'giới tính'], width: 11 },
  {
    key: 'name',
    header: 'Họ và tên',
    aliases: ['họ và tên', 'họ tên', 'tên đại biểu', 'đại biểu'],
    width: 28,
  },
  { key: 'title', header: 'Chức vụ', aliases: ['chức vụ', 'chức danh'], width: 28 },
  {
    key: 'unit',
    header: 'Đơn vị',
    aliases: ['đơn vị', 'cơ quan', 'đơn vị công tác', 'nơi công tác'],
    width: 36,
  },
  {
    key: 'email',
    header: 'Thư điện tử',
    aliases: ['thư điện tử', 'email', 'e-mail', 'địa chỉ thư'],
    width: 30,
  },
  {
    key: 'phone',
    header: 'Điện thoại',
    aliases: ['điện thoại', 'số điện thoại', 'sđt', 'di động'],
    width: 16,
  },
  { key: 'note', header: 'Ghi chú', aliases: ['ghi chú'], width: 24 },
] as const;
export type DelegateColumn = (typeof DELEGATE_COLUMNS)[number]['key'];

export function columnOf(header: string): DelegateColumn | undefined {
  const folded = foldVietnamese(header);
  return DELEGATE_COLUMNS.find((c) => c.aliases.some((a) => foldVietnamese(a) === folded))?.key;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The delegate list as Excel: the columns import reads (so the file goes back in), then number,
 * answer and check-in. Without delegates it is the template, with the plan's groups on a second
 * sheet to copy from.
 */
export async function delegatesWorkbook(
  delegates: ReadonlyArray<Delegate>,
  groups: ReadonlyArray<{ text: string }>,
): Promise<{ bytes: Buffer; contentType: string }> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tổng kết';
  const sheet = workbook.addWorksheet('Đại biểu');
  const extra = delegates.length > 0;
  sheet.columns = [
    ...DELEGATE_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
    ...(extra
      ? [
          { header: 'Số', width: 6 },
          { header: 'Trả lời', width: 16 },
          { header: 'Điểm danh lúc', width: 18 },
        ]
      : []),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const d of delegates) {
    sheet.addRow([
      d.groupText,
      d.salutation ? SALUTATION_LABELS[d.salutation] : '',
      d.name,
      d.title,
      d.unitName,
      d.email,
      d.phone,
      d.note,
      d.number,
      RSVP_STATUS_LABELS[d.rsvpStatus].vi,
      d.checkedInAt
        ? new Intl.DateTimeFormat('vi-VN', {
            timeZone: 'Asia/Ho_Chi_Minh',
            hour: '2-digit',
            minute: '2-digit',
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
          }).format(new Date(d.checkedInAt))
        : '',
    ]);
  }
  const list = workbook.addWorksheet('Thành phần');
  list.columns = [
    { header: 'STT', width: 6 },
    { header: 'Thành phần (mục IV của kế hoạch)', width: 90 },
  ];
  list.getRow(1).font = { bold: true };
  groups.forEach((g, i) => {
    list.addRow([i + 1, g.text]);
  });
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), contentType: XLSX };
}

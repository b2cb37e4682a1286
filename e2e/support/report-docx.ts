import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * A unit's report as a clerk types it in Word on the outline of plan 2519/KH-UBND: headings in
 * bold with the numbers written by hand (one without its period or colon), a paragraph under each,
 * a table under one, one part the outline does not have ("Phụ lục số liệu"), and the recipients
 * on one line at the end, as many units write them.
 */

/** The closing line, one paragraph: offered apart, never added to the last section. */
export const RECIPIENTS_LINE = 'Nơi nhận: - Như trên; - Lưu: VT.';

export interface ReportPart {
  /** The heading as typed in the file. */
  heading: string;
  /** The paragraph under it (none for a heading that only opens a group). */
  text?: string;
  table?: string[][];
}

export const REPORT_PARTS: readonly ReportPart[] = [
  { heading: 'I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19' },
  {
    heading: '1. Công tác chỉ đạo, điều hành:',
    text: 'Bộ Chỉ huy Quân sự tỉnh ban hành 12 văn bản chỉ đạo, thành lập Ban Chỉ đạo phòng, chống dịch của cơ quan quân sự và duy trì giao ban trực tuyến hằng ngày với các huyện.',
  },
  {
    heading: '2 Công tác tuyên truyền',
    text: 'Phối hợp Đài Phát thanh - Truyền hình tỉnh đưa 45 tin, bài về hoạt động của lực lượng vũ trang trong phòng, chống dịch; phát 3.000 tờ rơi tại các khu cách ly.',
  },
  {
    heading: '3. Công tác kiểm tra, giám sát:',
    text: 'Tổ chức 18 đoàn kiểm tra việc thực hiện cách ly tại đơn vị và khu cách ly tập trung, kịp thời chấn chỉnh các thiếu sót.',
  },
  {
    heading:
      '4. Công tác khảo sát, lựa chọn các khu cách ly tập trung và tổ chức đón tiếp công dân, quản lý, điều hành tại các khu cách ly tập trung',
    text: 'Khảo sát, chuẩn bị 3 khu cách ly tập trung tại doanh trại quân đội, tiếp nhận công dân về từ vùng dịch theo đúng quy trình.',
    table: [
      ['Khu cách ly', 'Số người đã cách ly'],
      ['Trường Quân sự tỉnh', '412'],
      ['Ban CHQS huyện Hướng Hóa', '298'],
      ['Đồn Biên phòng Lao Bảo', '150'],
    ],
  },
  {
    heading: '5. Công tác chuyên môn:',
    text: 'Phối hợp ngành Y tế lấy mẫu xét nghiệm cho toàn bộ người cách ly; quân y trực 24/24 giờ tại các khu cách ly.',
  },
  {
    heading: '6. Về công tác khai báo y tế bắt buộc và khai báo y tế tự nguyện',
    text: 'Hướng dẫn 100% cán bộ, chiến sĩ và người lao động khai báo y tế; bố trí điểm hỗ trợ khai báo tại cổng các khu cách ly.',
  },
  {
    heading: '7. Về chi ngân sách phục vụ công tác phòng, chống dịch bệnh',
    text: 'Sử dụng ngân sách quốc phòng thường xuyên và kinh phí tỉnh cấp bổ sung để bảo đảm ăn ở, sinh hoạt cho người cách ly.',
  },
  {
    heading: '8. Công tác vận động ủng hộ phòng, chống dịch Covid-19',
    text: 'Cán bộ, chiến sĩ trong toàn lực lượng ủng hộ một ngày lương cho Quỹ phòng, chống dịch của tỉnh.',
  },
  { heading: 'II. ĐÁNH GIÁ, NHẬN XÉT' },
  {
    heading: '1. Thuận lợi',
    text: 'Được sự quan tâm lãnh đạo của Tỉnh ủy, UBND tỉnh và Quân khu 4; sự phối hợp chặt chẽ của ngành Y tế và chính quyền địa phương.',
  },
  {
    heading: '2. Khó khăn, tồn tại',
    text: 'Cơ sở vật chất các khu cách ly còn thiếu; số lượng công dân về cùng lúc lớn gây áp lực cho lực lượng phục vụ.',
  },
  {
    heading: 'III. PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO',
    text: 'Tiếp tục duy trì sẵn sàng các khu cách ly, huấn luyện lực lượng và phối hợp chặt chẽ với ngành Y tế khi dịch bùng phát trở lại.',
  },
  {
    heading: 'Phụ lục số liệu',
    text: 'Tổng số lượt cán bộ, chiến sĩ tham gia phục vụ cách ly tập trung là 1.260 lượt.',
  },
];

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt

function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text, bold: true, font: FONT, size: SIZE })],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    children: [new TextRun({ text, font: FONT, size: SIZE })],
  });
}

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map(
            (text) =>
              new TableCell({
                children: [
                  new Paragraph({ children: [new TextRun({ text, bold: r === 0, font: FONT, size: SIZE })] }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** The report as .docx bytes. */
export async function buildReportDocx(parts: readonly ReportPart[] = REPORT_PARTS): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: 'BÁO CÁO', bold: true, font: FONT, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          text: 'Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1',
          bold: true,
          font: FONT,
          size: SIZE,
        }),
      ],
    }),
  ];
  for (const part of parts) {
    children.push(heading(part.heading));
    if (part.text) children.push(body(part.text));
    if (part.table) children.push(table(part.table));
  }
  children.push(body(RECIPIENTS_LINE));
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}

import { randomBytes } from 'node:crypto';
import {
  type Outline,
  type OutlineSection,
  outlineInputSchema,
  type ParsedOutlineSection,
  type WordImport,
} from '@tongket/domain';
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../../http/problem.ts';
import { OLE_MAGIC } from '../../../lib/read-ole-directory.ts';
import { QUANG_TRI_2020 } from '../../campaigns/index.ts';
import { importWordReport } from './import-word-report.ts';

// --- the outline ---------------------------------------------------------------------------------

/** Gives every section a readable id from its position: "I", "I.1", "II.3". */
function withIds(sections: ParsedOutlineSection[], prefix = ''): OutlineSection[] {
  return sections.map((s, i) => {
    const id = prefix ? `${prefix}.${i + 1}` : (['I', 'II', 'III', 'IV', 'V'][i] ?? String(i + 1));
    return {
      id,
      title: s.title,
      required: s.required,
      guidance: s.guidance,
      indicators: s.indicators.map((ind, j) => ({ ...ind, id: `${id}#${j + 1}` })),
      children: withIds(s.children, id),
    };
  });
}

function outlineOf(input: unknown): Outline {
  const parsed = outlineInputSchema.parse(input);
  return { title: parsed.title, summary: parsed.summary, sections: withIds(parsed.sections) };
}

const QUANG_TRI = outlineOf(QUANG_TRI_2020);

// --- .docx fixtures ------------------------------------------------------------------------------

type Block = Paragraph | Table;
const text = (t: string) => new Paragraph({ children: [new TextRun(t)] });
const bold = (t: string) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text: t, heading: level });
const bullet = (t: string) => new Paragraph({ text: t, bullet: { level: 0 } });
const cell = (t: string) => new TableCell({ children: [text(t)] });
const table = (rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
  });

async function docx(children: Block[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

const LIMITS = { maxBytes: 20 * 1024 * 1024 };

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpProblem);
    return error as HttpProblem;
  }
  throw new Error('expected the import to be refused');
}

/** Vietnamese letters a clerk would see in a real message (not an English stack trace). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function section(result: WordImport, id: string) {
  return result.matches.find((m) => m.sectionId === id);
}

// --- a report written the way units write them ---------------------------------------------------

describe('importWordReport on the Quảng Trị outline', () => {
  async function quangTriReport() {
    return importWordReport(
      await docx([
        text('Thực hiện Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh, Sở Y tế báo cáo như sau:'),
        bold('I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19'),
        heading('1. Công tác chỉ đạo, điều hành:', HeadingLevel.HEADING_2),
        text('Ban hành 25 văn bản chỉ đạo, điều hành.'),
        bold('2 Công tác tuyên truyền'),
        text('Phối hợp Đài Phát thanh - Truyền hình tỉnh đưa tin:'),
        bullet('Phát 45 tin, bài trên sóng phát thanh;'),
        bullet('In 12.000 tờ rơi, áp phích.'),
        bold('3. CÔNG TÁC KIỂM TRA, GIÁM SÁT'),
        text('1. Đã tổ chức 12 cuộc kiểm tra liên ngành.'),
        table([
          ['Đơn vị', 'Số cuộc', 'Ghi chú'],
          ['Huyện Hướng Hóa', '7', 'Cửa khẩu Lao Bảo'],
        ]),
        bold('cong tac chuyen mon'),
        text('Lấy 1.234 mẫu xét nghiệm SARS-CoV-2, tất cả âm tính.'),
        bold('a) Giám sát dịch tễ'),
        text('Theo dõi 320 người về từ vùng dịch.'),
        bold('II. ĐÁNH GIÁ, NHẬN XÉT'),
        text('Nhìn chung công tác phòng, chống dịch được triển khai đồng bộ.'),
        heading('1. Thuận lợi', HeadingLevel.HEADING_2),
        text('Có sự chỉ đạo sát sao của Tỉnh ủy, UBND tỉnh.'),
        bold('3. Đề xuất, kiến nghị'),
        text('Đề nghị Bộ Y tế hỗ trợ sinh phẩm xét nghiệm.'),
        heading('Phụ lục: Số liệu chi tiết', HeadingLevel.HEADING_1),
        text('Bảng tổng hợp số liệu của các huyện.'),
      ]),
      QUANG_TRI,
      LIMITS,
    );
  }

  it('puts each heading, however it is written, on its section', async () => {
    const result = await quangTriReport();
    expect(result.matches.map((m) => [m.sectionId, m.heading])).toEqual([
      ['I.1', '1. Công tác chỉ đạo, điều hành:'],
      ['I.2', '2 Công tác tuyên truyền'],
      ['I.3', '3. CÔNG TÁC KIỂM TRA, GIÁM SÁT'],
      ['I.5', 'cong tac chuyen mon'],
      ['II', 'II. ĐÁNH GIÁ, NHẬN XÉT'],
      ['II.1', '1. Thuận lợi'],
      ['II.3', '3. Đề xuất, kiến nghị'],
    ]);
  });

  it('gives each section the text under its heading, lists and tables included', async () => {
    const result = await quangTriReport();
    expect(section(result, 'I.1')?.html).toBe('<p>Ban hành 25 văn bản chỉ đạo, điều hành.</p>');
    expect(section(result, 'I.2')?.html).toBe(
      '<p>Phối hợp Đài Phát thanh - Truyền hình tỉnh đưa tin:</p>' +
        '<ul><li>Phát 45 tin, bài trên sóng phát thanh;</li><li>In 12.000 tờ rơi, áp phích.</li></ul>',
    );
    const inspection = section(result, 'I.3')?.html ?? '';
    // A numbered sentence that is not a title stays in its section.
    expect(inspection).toMatch(/^<p>1\. Đã tổ chức 12 cuộc kiểm tra liên ngành\.<\/p><table>/);
    expect(inspection.match(/<tr>/g)).toHaveLength(2);
    expect(inspection.match(/<td>/g)).toHaveLength(6);
    expect(inspection).toContain('Cửa khẩu Lao Bảo');
    // The unit's own bold "a)" under a section without sub-sections stays in that section.
    expect(section(result, 'I.5')?.html).toBe(
      '<p>Lấy 1.234 mẫu xét nghiệm SARS-CoV-2, tất cả âm tính.</p>' +
        '<p><strong>a) Giám sát dịch tễ</strong></p><p>Theo dõi 320 người về từ vùng dịch.</p>',
    );
    expect(section(result, 'II')?.html).toBe(
      '<p>Nhìn chung công tác phòng, chống dịch được triển khai đồng bộ.</p>',
    );
    expect(section(result, 'II.1')?.html).toBe('<p>Có sự chỉ đạo sát sao của Tỉnh ủy, UBND tỉnh.</p>');
    expect(section(result, 'II.3')?.html).toBe('<p>Đề nghị Bộ Y tế hỗ trợ sinh phẩm xét nghiệm.</p>');
  });

  it('matches no section for a parent heading with nothing under it before its first sub-section', async () => {
    const result = await quangTriReport();
    expect(section(result, 'I')).toBeUndefined();
    expect(section(result, 'III')).toBeUndefined();
  });

  it('hands back the text before any heading and under an unknown heading, in file order', async () => {
    const result = await quangTriReport();
    expect(result.unmatched).toEqual([
      {
        heading: null,
        html: '<p>Thực hiện Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh, Sở Y tế báo cáo như sau:</p>',
        text: 'Thực hiện Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh, Sở Y tế báo cáo như sau:',
      },
      {
        heading: 'Phụ lục: Số liệu chi tiết',
        html: '<p>Bảng tổng hợp số liệu của các huyện.</p>',
        text: 'Bảng tổng hợp số liệu của các huyện.',
      },
    ]);
  });

  it('joins the text of a section that appears twice, and keeps Vietnamese text NFC', async () => {
    const decomposed = 'Khó khăn về nhân lực.'.normalize('NFD');
    const result = await importWordReport(
      await docx([
        bold('II. ĐÁNH GIÁ, NHẬN XÉT'),
        bold('2. Khó khăn, tồn tại'),
        text(decomposed),
        bold('3. Đề xuất, kiên nghị'),
        text('Bổ sung kinh phí.'),
        bold('2. Khó khăn, tồn tại'),
        text('Thiếu trang thiết bị.'),
      ]),
      QUANG_TRI,
      LIMITS,
    );
    expect(result.matches.map((m) => m.sectionId)).toEqual(['II.2', 'II.3']);
    expect(section(result, 'II.2')?.html).toBe('<p>Khó khăn về nhân lực.</p><p>Thiếu trang thiết bị.</p>');
    expect(section(result, 'II.2')?.html.normalize('NFC')).toBe(section(result, 'II.2')?.html);
  });

  it('accepts a retyped title: a typo, or the title with words added', async () => {
    const result = await importWordReport(
      await docx([
        bold('3. Công tác kiểm tra, giám xát:'),
        text('Kiểm tra 40 cơ sở.'),
        bold('Công tác chỉ đạo, điều hành phòng, chống dịch của Sở Y tế'),
        text('Họp Ban Chỉ đạo hằng tuần.'),
        bold('Kết luận'),
        text('Hoàn thành nhiệm vụ.'),
      ]),
      QUANG_TRI,
      LIMITS,
    );
    expect(result.matches).toEqual([
      {
        sectionId: 'I.1',
        heading: 'Công tác chỉ đạo, điều hành phòng, chống dịch của Sở Y tế',
        html: '<p>Họp Ban Chỉ đạo hằng tuần.</p>',
      },
      { sectionId: 'I.3', heading: '3. Công tác kiểm tra, giám xát:', html: '<p>Kiểm tra 40 cơ sở.</p>' },
    ]);
    expect(result.unmatched).toEqual([
      { heading: 'Kết luận', html: '<p>Hoàn thành nhiệm vụ.</p>', text: 'Hoàn thành nhiệm vụ.' },
    ]);
  });

  it('reads headings numbered by Word itself (lists of bold lines), not other lists', async () => {
    const numbered = (t: string, level: number) =>
      new Paragraph({
        numbering: { reference: 'outline', level },
        children: [new TextRun({ text: t, bold: true })],
      });
    const file = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              numbered('ĐÁNH GIÁ, NHẬN XÉT', 0),
              numbered('Thuận lợi', 1),
              text('Được Trung ương quan tâm.'),
              numbered('Khó khăn, tồn tại', 1),
              text('Địa bàn rộng.'),
              numbered('Biên giới dài', 1),
              text('Hơn 200 km đường biên.'),
            ],
          },
        ],
      }),
    );
    const result = await importWordReport(file, QUANG_TRI, LIMITS);
    expect(result.matches.map((m) => [m.sectionId, m.heading])).toEqual([
      ['II.1', 'Thuận lợi'],
      ['II.2', 'Khó khăn, tồn tại'],
    ]);
    expect(section(result, 'II.1')?.html).toBe('<p>Được Trung ương quan tâm.</p>');
    // A bold list that names no section is text of the section above, kept as Word drew it.
    expect(section(result, 'II.2')?.html).toBe(
      '<p>Địa bàn rộng.</p><ul><li><ol><li><strong>Biên giới dài</strong></li></ol></li></ul>' +
        '<p>Hơn 200 km đường biên.</p>',
    );
  });

  it('hands back the recipients and signature block instead of adding it to the last section', async () => {
    const result = await importWordReport(
      await docx([
        bold('III. PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO'),
        text('Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.'),
        table([
          ['Nơi nhận:', 'GIÁM ĐỐC'],
          ['- Sở Y tế;', 'Nguyễn Văn A'],
        ]),
      ]),
      QUANG_TRI,
      LIMITS,
    );
    expect(section(result, 'III')?.html).toBe(
      '<p>Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.</p>',
    );
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]?.heading).toBe('Nơi nhận:');
    expect(result.unmatched[0]?.text).toBe('Nơi nhận:\tGIÁM ĐỐC\n- Sở Y tế;\tNguyễn Văn A');
  });

  it('drops images and anything unsafe, keeps links to the web', async () => {
    const result = await importWordReport(
      await docx([
        bold('III. PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO'),
        new Paragraph({
          children: [
            new TextRun('Tiếp tục <script>alert(1)</script> theo dõi '),
            new ImageRun({ type: 'png', data: PNG_1X1, transformation: { width: 20, height: 20 } }),
            new ExternalHyperlink({
              link: 'https://quangtri.gov.vn',
              children: [new TextRun('Cổng thông tin')],
            }),
            new TextRun(' và '),
            new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('liên kết lạ')] }),
          ],
        }),
      ]),
      QUANG_TRI,
      LIMITS,
    );
    expect(section(result, 'III')?.html).toBe(
      '<p>Tiếp tục &lt;script&gt;alert(1)&lt;/script&gt; theo dõi ' +
        '<a href="https://quangtri.gov.vn" rel="noopener noreferrer">Cổng thông tin</a> và liên kết lạ</p>',
    );
  });
});

describe('importWordReport with sections that share a title', () => {
  const outline = outlineOf({
    title: 'BÁO CÁO',
    summary: '',
    sections: [
      { title: 'Tình hình triển khai', children: [{ title: 'Kết quả' }, { title: 'Tồn tại' }] },
      { title: 'Đánh giá chung', children: [{ title: 'Kết quả' }, { title: 'Hạn chế' }] },
      { title: 'Kết quả' },
    ],
  });

  it('prefers the one under the section found last, and the level the number says', async () => {
    const result = await importWordReport(
      await docx([
        bold('I. Tình hình triển khai'),
        bold('1. Kết quả'),
        text('Kết quả của phần I.'),
        bold('II. Đánh giá chung'),
        bold('1. Kết quả'),
        text('Kết quả của phần II.'),
        bold('III. Kết quả'),
        text('Kết quả của phần III.'),
      ]),
      outline,
      LIMITS,
    );
    expect(result.matches).toEqual([
      { sectionId: 'I.1', heading: '1. Kết quả', html: '<p>Kết quả của phần I.</p>' },
      { sectionId: 'II.1', heading: '1. Kết quả', html: '<p>Kết quả của phần II.</p>' },
      { sectionId: 'III', heading: 'III. Kết quả', html: '<p>Kết quả của phần III.</p>' },
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('stays under the section found last when the file takes its sub-sections out of order', async () => {
    const result = await importWordReport(
      await docx([
        bold('I. Tình hình triển khai'),
        bold('Tồn tại'),
        text('Tồn tại của phần I.'),
        bold('Kết quả'),
        text('Kết quả của phần I.'),
      ]),
      outline,
      LIMITS,
    );
    expect(result.matches.map((m) => [m.sectionId, m.html])).toEqual([
      ['I.1', '<p>Kết quả của phần I.</p>'],
      ['I.2', '<p>Tồn tại của phần I.</p>'],
    ]);
  });
});

// --- what units actually send ----------------------------------------------------------------

describe('importWordReport on files written the way units send them', () => {
  /** The same report with its headings numbered "9." or "9/". */
  async function numberedWith(sep: '.' | '/') {
    return importWordReport(
      await docx([
        bold(`I${sep} KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19`),
        bold(`4${sep} Công tác khảo sát, lựa chọn các khu cách ly tập trung`),
        text('Thành lập 5 khu cách ly tập trung.'),
        bold(`6${sep} Công tác khai báo y tế bắt buộc và khai báo y tế tự nguyện`),
        text('08/6/2020 triển khai khai báo y tế điện tử.'),
        bold(`9${sep} Một số hoạt động nổi bật`),
        text('Tổ chức 3 đợt ra quân.'),
        bold(`II${sep} ĐÁNH GIÁ, NHẬN XÉT`),
        text(`1${sep} Thuận lợi`),
        text('Được Trung ương quan tâm.'),
        bold(`c${sep} Đề xuất, kiến nghị`),
        text('Bổ sung kinh phí.'),
      ]),
      QUANG_TRI,
      LIMITS,
    );
  }

  it('reads "9/ …", "1/ …", "c/ …" as it reads "9. …": shortened, reworded, plain or bold', async () => {
    const slash = await numberedWith('/');
    expect(slash.matches.map((m) => [m.sectionId, m.heading, m.html])).toEqual([
      [
        'I.4',
        '4/ Công tác khảo sát, lựa chọn các khu cách ly tập trung',
        '<p>Thành lập 5 khu cách ly tập trung.</p>',
      ],
      [
        'I.6',
        '6/ Công tác khai báo y tế bắt buộc và khai báo y tế tự nguyện',
        // A date is not a number heading a line.
        '<p>08/6/2020 triển khai khai báo y tế điện tử.</p>',
      ],
      ['I.9', '9/ Một số hoạt động nổi bật', '<p>Tổ chức 3 đợt ra quân.</p>'],
      ['II.1', '1/ Thuận lợi', '<p>Được Trung ương quan tâm.</p>'],
      ['II.3', 'c/ Đề xuất, kiến nghị', '<p>Bổ sung kinh phí.</p>'],
    ]);
    expect(slash.unmatched).toEqual([]);
    // Word for word what the same file numbered with dots gives, headings aside.
    const dot = await numberedWith('.');
    expect(slash.matches.map((m) => [m.sectionId, m.html])).toEqual(
      dot.matches.map((m) => [m.sectionId, m.html]),
    );
  });

  it('splits "1. Công tác chỉ đạo, điều hành: Ban Chỉ đạo đã …" into the section and its text', async () => {
    const result = await importWordReport(
      await docx([
        bold('I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19'),
        text('1. Công tác chỉ đạo, điều hành: Ban Chỉ đạo đã họp 12 phiên, ban hành 25 văn bản.'),
        new Paragraph({
          children: [
            new TextRun({ text: '2. Công tác tuyên truyền:', bold: true }),
            new TextRun(' Phát 45 tin, bài; in 12.000 tờ rơi.'),
          ],
        }),
        new Paragraph({
          children: [
            new TextRun({ text: '3. Công tác kiểm tra, giám sát', bold: true }),
            new TextRun(' Kiểm tra 40 cơ sở, '),
            new TextRun({ text: 'nhắc nhở 3 cơ sở', italics: true }),
            new TextRun('.'),
          ],
        }),
        // Numbered text whose opening names no section stays where it is.
        text('1. Đã tổ chức họp giao ban: 3 cuộc.'),
        new Paragraph({
          children: [new TextRun({ text: 'Kết quả: ', bold: true }), new TextRun('không phát hiện vi phạm.')],
        }),
      ]),
      QUANG_TRI,
      LIMITS,
    );
    expect(result.matches).toEqual([
      {
        sectionId: 'I.1',
        heading: '1. Công tác chỉ đạo, điều hành:',
        html: '<p>Ban Chỉ đạo đã họp 12 phiên, ban hành 25 văn bản.</p>',
      },
      {
        sectionId: 'I.2',
        heading: '2. Công tác tuyên truyền:',
        html: '<p>Phát 45 tin, bài; in 12.000 tờ rơi.</p>',
      },
      {
        sectionId: 'I.3',
        heading: '3. Công tác kiểm tra, giám sát',
        html:
          '<p>Kiểm tra 40 cơ sở, <em>nhắc nhở 3 cơ sở</em>.</p><p>1. Đã tổ chức họp giao ban: 3 cuộc.</p>' +
          '<p><strong>Kết quả: </strong>không phát hiện vi phạm.</p>',
      },
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('reads the numbers Word draws on plain lines, counting and restarting as Word does', async () => {
    const numbered = (t: string, level: number) =>
      new Paragraph({ numbering: { reference: 'outline', level }, children: [new TextRun(t)] });
    const file = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
                { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              numbered('KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19', 0),
              numbered('Công tác chỉ đạo, điều hành: Ban Chỉ đạo họp 12 phiên.', 1),
              numbered('Công tác tuyên truyền', 1),
              text('Phối hợp Đài Phát thanh - Truyền hình tỉnh:'),
              numbered('Phát 45 tin, bài;', 2),
              numbered('In 12.000 tờ rơi.', 2),
              numbered('Công tác kiểm tra, giám sát', 1),
              numbered('Kiểm tra 40 cơ sở.', 2),
              numbered('ĐÁNH GIÁ, NHẬN XÉT', 0),
              numbered('Thuận lợi', 1),
              text('Được Trung ương quan tâm.'),
              numbered('Khó khăn, tồn tại', 1),
              text('Địa bàn rộng.'),
            ],
          },
        ],
      }),
    );
    const result = await importWordReport(file, QUANG_TRI, LIMITS);
    expect(result.matches).toEqual([
      {
        sectionId: 'I.1',
        heading: '1. Công tác chỉ đạo, điều hành:',
        html: '<p>Ban Chỉ đạo họp 12 phiên.</p>',
      },
      {
        sectionId: 'I.2',
        heading: '2. Công tác tuyên truyền',
        html: '<p>Phối hợp Đài Phát thanh - Truyền hình tỉnh:</p><p>a) Phát 45 tin, bài;</p><p>b) In 12.000 tờ rơi.</p>',
      },
      // "a)" again: the third level restarts under a new second-level line.
      { sectionId: 'I.3', heading: '3. Công tác kiểm tra, giám sát', html: '<p>a) Kiểm tra 40 cơ sở.</p>' },
      // "1." again: the second level restarts under "II.".
      { sectionId: 'II.1', heading: '1. Thuận lợi', html: '<p>Được Trung ương quan tâm.</p>' },
      { sectionId: 'II.2', heading: '2. Khó khăn, tồn tại', html: '<p>Địa bàn rộng.</p>' },
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('tells apart sections that share a title by the number Word draws', async () => {
    const outline = outlineOf({
      title: 'BÁO CÁO',
      summary: '',
      sections: [
        { title: 'Tình hình triển khai', children: [{ title: 'Kết quả' }, { title: 'Tồn tại' }] },
        { title: 'Đánh giá chung', children: [{ title: 'Kết quả' }, { title: 'Hạn chế' }] },
        { title: 'Kết quả' },
      ],
    });
    const numbered = (t: string, level: number) =>
      new Paragraph({ numbering: { reference: 'outline', level }, children: [new TextRun(t)] });
    const file = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              numbered('Tình hình triển khai', 0),
              numbered('Kết quả', 1),
              text('Kết quả của phần I.'),
              numbered('Đánh giá chung', 0),
              numbered('Kết quả', 1),
              text('Kết quả của phần II.'),
              numbered('Kết quả', 0),
              text('Kết quả của phần III.'),
            ],
          },
        ],
      }),
    );
    const result = await importWordReport(file, outline, LIMITS);
    expect(result.matches).toEqual([
      { sectionId: 'I.1', heading: '1. Kết quả', html: '<p>Kết quả của phần I.</p>' },
      { sectionId: 'II.1', heading: '1. Kết quả', html: '<p>Kết quả của phần II.</p>' },
      { sectionId: 'III', heading: 'III. Kết quả', html: '<p>Kết quả của phần III.</p>' },
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('offers a one-paragraph "Nơi nhận: - Như trên; - Lưu: VT." as a part to place, on one line or several', async () => {
    const result = await importWordReport(
      await docx([
        bold('III. PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO'),
        text('Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.'),
        text('Nơi nhận: - Như trên; - Lưu: VT.'),
        bold('II. ĐÁNH GIÁ, NHẬN XÉT'),
        bold('1. Thuận lợi'),
        text('Ổn định.'),
        new Paragraph({
          children: [
            new TextRun({ text: 'Nơi nhận:', bold: true }),
            new TextRun({ text: '- UBND tỉnh;', break: 1 }),
            new TextRun({ text: '- Lưu: VT.', break: 1 }),
          ],
        }),
      ]),
      QUANG_TRI,
      LIMITS,
    );
    expect(result.matches.map((m) => [m.sectionId, m.html])).toEqual([
      ['II.1', '<p>Ổn định.</p>'],
      ['III', '<p>Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.</p>'],
    ]);
    expect(result.unmatched).toEqual([
      {
        heading: 'Nơi nhận:',
        html: '<p>Nơi nhận: - Như trên; - Lưu: VT.</p>',
        text: 'Nơi nhận: - Như trên; - Lưu: VT.',
      },
      {
        heading: 'Nơi nhận:',
        html: '<p><strong>Nơi nhận:</strong><br />- UBND tỉnh;<br />- Lưu: VT.</p>',
        text: 'Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.',
      },
    ]);
  });
});

// --- files that must be refused ------------------------------------------------------------------

/** A minimal compound file (MS-CFB v3): header, one FAT sector, one directory sector. */
function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  OLE_MAGIC.copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector…
  header.writeUInt32LE(1, 0x30); // …the directory in sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c); // the FAT in sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].forEach((name, i) => {
    directory.write(name, i * 128, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 0x40);
    directory.writeUInt8(i === 0 ? 5 : 2, i * 128 + 0x42);
  });
  return Buffer.concat([header, fat, directory, Buffer.alloc(512)]);
}

async function zipOf(files: Record<string, string>, level = 6): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
}

/** Rewrites the uncompressed size an entry claims, in its local header and the central directory. */
function lieAboutSize(zip: Buffer, name: string, claimed: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = out.readUInt32LE(i);
    if (
      signature === 0x04034b50 &&
      out.toString('utf8', i + 30, i + 30 + out.readUInt16LE(i + 26)) === name
    ) {
      out.writeUInt32LE(claimed, i + 22);
    } else if (
      signature === 0x02014b50 &&
      out.toString('utf8', i + 46, i + 46 + out.readUInt16LE(i + 28)) === name
    ) {
      out.writeUInt32LE(claimed, i + 24);
    }
  }
  return out;
}

describe('importWordReport refuses what it cannot safely read', () => {
  const MB = 1024 * 1024;

  it('a file over the size limit: 413 file_too_large', async () => {
    const problem = await problemOf(importWordReport(Buffer.alloc(2 * MB), QUANG_TRI, { maxBytes: MB }));
    expect([problem.status, problem.code]).toEqual([413, 'file_too_large']);
    expect(problem.detail).toMatch(VIETNAMESE);
    expect(problem.detail).toContain('1 MB');
  });

  it('random bytes and an empty file: not_docx', async () => {
    const random = randomBytes(4096);
    random[0] = 0x00;
    for (const file of [random, Buffer.alloc(0)]) {
      const problem = await problemOf(importWordReport(file, QUANG_TRI, LIMITS));
      expect([problem.status, problem.code]).toEqual([422, 'not_docx']);
      expect(problem.detail).toMatch(/^Tệp này không phải tài liệu Word \(\.docx\)/);
    }
  });

  it('a password-protected Word file: docx_encrypted', async () => {
    for (const file of [
      oleFile(['EncryptionInfo', 'EncryptedPackage']),
      // Directory unreadable: the stream name is still found among the bytes.
      Buffer.concat([OLE_MAGIC, Buffer.alloc(600, 0xee), Buffer.from('EncryptedPackage', 'utf16le')]),
    ]) {
      const problem = await problemOf(importWordReport(file, QUANG_TRI, LIMITS));
      expect([problem.status, problem.code]).toEqual([422, 'docx_encrypted']);
      expect(problem.detail).toBe(
        'Tệp Word đang đặt mật khẩu. Hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi tải lên lại.',
      );
    }
  });

  it('an old .doc, or another old Office file: doc_legacy', async () => {
    const doc = await problemOf(importWordReport(oleFile(['WordDocument', '1Table']), QUANG_TRI, LIMITS));
    expect([doc.status, doc.code]).toEqual([422, 'doc_legacy']);
    expect(doc.detail).toContain('hãy mở bằng Word và lưu lại dưới dạng .docx');
    const xls = await problemOf(importWordReport(oleFile(['Workbook']), QUANG_TRI, LIMITS));
    expect(xls.code).toBe('doc_legacy');
    expect(xls.detail).toMatch(VIETNAMESE);
  });

  it('a zip without word/document.xml: not_docx, saying what it is when it can', async () => {
    const plain = await problemOf(
      importWordReport(await zipOf({ 'ghi-chu.txt': 'xin chào' }), QUANG_TRI, LIMITS),
    );
    expect([plain.status, plain.code]).toEqual([422, 'not_docx']);
    expect(plain.detail).toContain('tệp nén (.zip)');
    const xlsx = await problemOf(
      importWordReport(await zipOf({ 'xl/workbook.xml': '<workbook/>' }), QUANG_TRI, LIMITS),
    );
    expect(xlsx.code).toBe('not_docx');
    expect(xlsx.detail).toContain('Excel');
  });

  it('a zip bomb, by its total size or by its ratio, without inflating it', async () => {
    const bomb = await zipOf(
      { '[Content_Types].xml': '<Types/>', 'word/document.xml': 'a'.repeat(30 * MB) },
      9,
    );
    expect(bomb.length).toBeLessThan(MB);
    const bySize = await problemOf(
      importWordReport(bomb, QUANG_TRI, { ...LIMITS, maxUncompressedBytes: 10 * MB }),
    );
    expect([bySize.status, bySize.code]).toEqual([422, 'docx_too_large_unpacked']);
    expect(bySize.detail).toMatch(VIETNAMESE);
    expect(bySize.detail).toContain('10 MB');
    // Under the default 50 MB, 30 MB squeezed a thousandfold is still refused.
    const byRatio = await problemOf(importWordReport(bomb, QUANG_TRI, LIMITS));
    expect(byRatio.code).toBe('docx_too_large_unpacked');
  });

  it('a zip whose headers lie about the unpacked size: stopped while inflating', async () => {
    const liar = lieAboutSize(
      await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': 'a'.repeat(30 * MB) }, 9),
      'word/document.xml',
      1000,
    );
    const problem = await problemOf(importWordReport(liar, QUANG_TRI, LIMITS));
    expect([problem.status, problem.code]).toEqual([422, 'docx_too_large_unpacked']);
  });

  it('too many entries: docx_too_large_unpacked', async () => {
    const files: Record<string, string> = { 'word/document.xml': '<w:document/>' };
    for (let i = 0; i < 2001; i++) files[`word/media/${i}.txt`] = '';
    const problem = await problemOf(importWordReport(await zipOf(files), QUANG_TRI, LIMITS));
    expect(problem.code).toBe('docx_too_large_unpacked');
  });

  it('a truncated .docx, a broken document.xml: docx_unreadable; an XML entity bomb: xml_entities_refused', async () => {
    const good = await docx([bold('II. ĐÁNH GIÁ, NHẬN XÉT'), text('Nội dung.')]);
    const broken = await JSZip.loadAsync(good);
    broken.file('word/document.xml', '<w:document><w:body><w:p>');
    const entities = await JSZip.loadAsync(good);
    const xml = (await entities.file('word/document.xml')?.async('string')) ?? '';
    entities.file(
      'word/document.xml',
      xml
        .replace(
          '?>',
          '?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        )
        .replace('Nội dung.', '&b;&b;&b;'),
    );
    for (const file of [
      good.subarray(0, Math.floor(good.length / 2)),
      await broken.generateAsync({ type: 'nodebuffer' }),
    ]) {
      const problem = await problemOf(importWordReport(file, QUANG_TRI, LIMITS));
      expect([problem.status, problem.code]).toEqual([422, 'docx_unreadable']);
      expect(problem.detail).toMatch(VIETNAMESE);
    }
    const bomb = await problemOf(
      importWordReport(await entities.generateAsync({ type: 'nodebuffer' }), QUANG_TRI, LIMITS),
    );
    expect([bomb.status, bomb.code]).toEqual([422, 'xml_entities_refused']);
    expect(bomb.detail).toContain('word/document.xml');
  });

  it('still reads a good file after all of that', async () => {
    const result = await importWordReport(
      await docx([bold('II. ĐÁNH GIÁ, NHẬN XÉT'), bold('1. Thuận lợi'), text('Ổn định.')]),
      QUANG_TRI,
      LIMITS,
    );
    expect(result.matches).toEqual([{ sectionId: 'II.1', heading: '1. Thuận lợi', html: '<p>Ổn định.</p>' }]);
  });
});

import { formatPlaceDate } from '../decree30.ts';
import type { Inline, ListItemBlock, OfficialDocument, ParagraphBlock } from '../model.ts';

const p = (...runs: Inline[]): ParagraphBlock => ({ kind: 'paragraph', runs });
const dash = (text: string, depth = 0): ListItemBlock => ({
  kind: 'listItem',
  runs: [text],
  depth,
  marker: depth > 0 ? '+' : '-',
});

/**
 * A plan as a province issues it: "Kế hoạch tổ chức Hội nghị tổng kết giai đoạn 1 công tác chống dịch
 * COVID-19", three to four pages with an appendix. Tests and benchmarks of the renderers share it.
 */
export function samplePlan(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    header: {
      issuingBody: 'Ủy ban nhân dân\ntỉnh Quảng Trị',
      number: '2519/KH-UBND',
      placeDate: formatPlaceDate('Quảng Trị', new Date('2020-06-08T03:00:00Z')),
    },
    docType: 'Kế hoạch',
    summary: ['Tổ chức Hội nghị tổng kết giai đoạn 1', 'công tác chống dịch COVID-19'],
    body: [
      p(
        'Thực hiện Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ về tiếp tục thực hiện các biện pháp phòng, chống dịch COVID-19 trong tình hình mới; Công văn số 1245/BCĐ-BYT ngày 30/5/2020 của Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19 về việc sơ kết, tổng kết công tác phòng, chống dịch, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh như sau:',
      ),
      { kind: 'heading', level: 1, label: 'I.', text: 'MỤC ĐÍCH, YÊU CẦU' },
      { kind: 'heading', level: 2, label: '1.', text: 'Mục đích' },
      dash(
        'Đánh giá kết quả thực hiện công tác phòng, chống dịch COVID-19 giai đoạn 1 trên địa bàn tỉnh; những kết quả đạt được, khó khăn, vướng mắc, tồn tại, hạn chế và nguyên nhân; rút ra bài học kinh nghiệm trong lãnh đạo, chỉ đạo, tổ chức thực hiện;',
      ),
      dash(
        'Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch, đặc biệt là lực lượng tuyến đầu tại các huyện Hướng Hóa, Đakrông, Gio Linh, Vĩnh Linh và thành phố Đông Hà;',
      ),
      dash(
        'Đề ra nhiệm vụ, giải pháp trọng tâm trong thời gian tới, sẵn sàng ứng phó với các tình huống dịch bệnh có thể xảy ra, vừa phòng, chống dịch hiệu quả vừa phục hồi, phát triển kinh tế - xã hội.',
      ),
      { kind: 'heading', level: 2, label: '2.', text: 'Yêu cầu' },
      dash(
        'Việc tổng kết phải được tiến hành nghiêm túc, thực chất, khách quan, đánh giá đúng kết quả đạt được; tránh hình thức, lãng phí; bảo đảm các biện pháp phòng, chống dịch theo quy định của Bộ Y tế;',
      ),
      dash(
        'Các sở, ban, ngành, địa phương chuẩn bị báo cáo đúng nội dung, thời gian theo đề cương hướng dẫn kèm theo Kế hoạch này.',
      ),
      { kind: 'heading', level: 1, label: 'II.', text: 'THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN' },
      {
        kind: 'heading',
        level: 2,
        label: '1.',
        text: 'Thời gian:',
        rest: ['Một buổi, bắt đầu lúc 08 giờ 00 ngày 15 tháng 6 năm 2020 (thứ Hai).'],
      },
      {
        kind: 'heading',
        level: 2,
        label: '2.',
        text: 'Địa điểm:',
        rest: ['Hội trường Ủy ban nhân dân tỉnh, số 45 đường Hùng Vương, thành phố Đông Hà.'],
      },
      { kind: 'heading', level: 2, label: '3.', text: 'Thành phần' },
      { kind: 'heading', level: 3, label: 'a)', text: 'Cấp tỉnh' },
      dash('Đại diện Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh;'),
      dash('Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh;'),
      dash('Thành viên Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh;'),
      dash('Lãnh đạo các sở, ban, ngành, đoàn thể cấp tỉnh;', 0),
      dash('Đại diện các cơ quan Trung ương đóng trên địa bàn tỉnh.', 1),
      { kind: 'heading', level: 3, label: 'b)', text: 'Cấp huyện' },
      p(
        'Chủ tịch Ủy ban nhân dân, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 các huyện, thị xã, thành phố; Giám đốc Trung tâm Y tế các huyện Hướng Hóa, Đakrông, Cam Lộ, Triệu Phong, Hải Lăng, Gio Linh, Vĩnh Linh, Cồn Cỏ, thị xã Quảng Trị và thành phố Đông Hà.',
      ),
      { kind: 'heading', level: 1, label: 'III.', text: 'NỘI DUNG HỘI NGHỊ' },
      p(
        'Hội nghị nghe báo cáo tổng kết công tác phòng, chống dịch COVID-19 giai đoạn 1 của Ban Chỉ đạo tỉnh; tham luận của các đơn vị tiêu biểu; phát biểu chỉ đạo của đồng chí Chủ tịch Ủy ban nhân dân tỉnh; trao tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích xuất sắc. Chương trình chi tiết như sau:',
      ),
      {
        kind: 'table',
        columns: [
          { weight: 1, align: 'center' },
          { weight: 2, align: 'center' },
          { weight: 6 },
          { weight: 3 },
        ],
        header: [[['TT'], ['Thời gian'], ['Nội dung'], ['Thực hiện']]],
        rows: [
          [['1'], ['07h30 - 08h00'], ['Đón tiếp đại biểu, ổn định tổ chức'], ['Văn phòng UBND tỉnh']],
          [['2'], ['08h00 - 08h10'], ['Tuyên bố lý do, giới thiệu đại biểu'], ['Văn phòng UBND tỉnh']],
          [
            ['3'],
            ['08h10 - 08h40'],
            ['Báo cáo tổng kết công tác phòng, chống dịch COVID-19 giai đoạn 1'],
            ['Sở Y tế'],
          ],
          [
            ['4'],
            ['08h40 - 09h40'],
            ['Tham luận của huyện Hướng Hóa, huyện Đakrông, Bộ Chỉ huy Quân sự tỉnh'],
            ['Các đơn vị'],
          ],
          [
            ['5'],
            ['09h40 - 10h00'],
            ['Khen thưởng các tập thể, cá nhân có thành tích xuất sắc'],
            ['Sở Nội vụ'],
          ],
          [
            ['6'],
            ['10h00 - 10h30'],
            [{ text: 'Phát biểu chỉ đạo', bold: true }, ' và bế mạc Hội nghị'],
            ['Chủ tịch UBND tỉnh'],
          ],
        ],
      },
      { kind: 'heading', level: 1, label: 'IV.', text: 'TỔ CHỨC THỰC HIỆN' },
      {
        kind: 'heading',
        level: 2,
        label: '1.',
        text: 'Sở Y tế:',
        rest: [
          'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng báo cáo tổng kết công tác phòng, chống dịch COVID-19 giai đoạn 1 của Ban Chỉ đạo tỉnh, trình Ủy ban nhân dân tỉnh trước ngày 12/6/2020; chuẩn bị bài phát biểu chỉ đạo của đồng chí Chủ tịch Ủy ban nhân dân tỉnh; bảo đảm các biện pháp phòng, chống dịch tại Hội nghị (khẩu trang, dung dịch sát khuẩn, đo thân nhiệt đại biểu).',
        ],
      },
      {
        kind: 'heading',
        level: 2,
        label: '2.',
        text: 'Sở Nội vụ (Ban Thi đua - Khen thưởng):',
        rest: [
          'Tham mưu Ủy ban nhân dân tỉnh khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19; chuẩn bị Bằng khen, tiền thưởng theo quy định hiện hành; hướng dẫn các huyện, thị xã, thành phố xét khen thưởng theo thẩm quyền.',
        ],
      },
      {
        kind: 'heading',
        level: 2,
        label: '3.',
        text: 'Văn phòng Ủy ban nhân dân tỉnh:',
        rest: [
          'Phối hợp với Sở Y tế chuẩn bị nội dung, chương trình Hội nghị; phát hành giấy mời; chuẩn bị hội trường, âm thanh, ánh sáng, khánh tiết và các điều kiện phục vụ Hội nghị.',
        ],
      },
      {
        kind: 'heading',
        level: 2,
        label: '4.',
        text: 'Sở Tài chính:',
        rest: [
          'Bố trí kinh phí tổ chức Hội nghị và kinh phí khen thưởng từ nguồn ngân sách tỉnh năm 2020 theo đề nghị của Sở Y tế, Sở Nội vụ và Văn phòng Ủy ban nhân dân tỉnh.',
        ],
      },
      {
        kind: 'heading',
        level: 2,
        label: '5.',
        text: 'Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Trị:',
        rest: [
          'Cử phóng viên đưa tin về Hội nghị; phản ánh kịp thời những gương người tốt, việc tốt trong công tác phòng, chống dịch trên địa bàn tỉnh.',
        ],
      },
      {
        kind: 'heading',
        level: 2,
        label: '6.',
        text: 'Ủy ban nhân dân các huyện, thị xã, thành phố:',
        rest: [
          'Tổ chức tổng kết công tác phòng, chống dịch COVID-19 giai đoạn 1 tại địa phương, hoàn thành trước ngày 12/6/2020; gửi báo cáo theo đề cương kèm theo Kế hoạch này về Sở Y tế để tổng hợp.',
        ],
      },
      p(
        'Trên đây là Kế hoạch tổ chức Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19 của Ủy ban nhân dân tỉnh. Yêu cầu các cơ quan, đơn vị, địa phương liên quan nghiêm túc triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ủy ban nhân dân tỉnh (qua Sở Y tế) để xem xét, chỉ đạo./.',
      ),
    ],
    signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Nam' },
    recipients: ['Các PCT UBND tỉnh', 'Thành viên BCD phòng, chống dịch COVID-19 tỉnh', 'Lưu: VT, VX'],
    appendices: [
      {
        title: ['Đề cương báo cáo'],
        subtitle: '(Kèm theo Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh Quảng Trị)',
        body: [
          { kind: 'heading', level: 1, label: 'I.', text: 'TÌNH HÌNH DỊCH BỆNH TRÊN ĐỊA BÀN' },
          p(
            'Khái quát tình hình dịch bệnh COVID-19 trên địa bàn; số trường hợp cách ly tập trung, cách ly tại nhà, số mẫu xét nghiệm; những đặc điểm riêng của địa phương (khu vực biên giới, cửa khẩu Lao Bảo, La Lay thuộc huyện Hướng Hóa, Đakrông).',
          ),
          { kind: 'heading', level: 1, label: 'II.', text: 'KẾT QUẢ THỰC HIỆN' },
          dash('Công tác lãnh đạo, chỉ đạo, điều hành;'),
          dash('Công tác truyền thông, nâng cao nhận thức của người dân;'),
          dash('Công tác giám sát, cách ly, xét nghiệm, điều trị;'),
          dash('Công tác bảo đảm an sinh xã hội, hỗ trợ người dân gặp khó khăn do đại dịch.'),
          { kind: 'heading', level: 1, label: 'III.', text: 'TỒN TẠI, HẠN CHẾ VÀ BÀI HỌC KINH NGHIỆM' },
          { kind: 'heading', level: 1, label: 'IV.', text: 'NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI' },
          { kind: 'heading', level: 1, label: 'V.', text: 'ĐỀ XUẤT, KIẾN NGHỊ' },
        ],
      },
    ],
    metadata: {
      title: 'Kế hoạch tổ chức Hội nghị tổng kết giai đoạn 1 công tác chống dịch COVID-19',
      subject: 'Kế hoạch 2519/KH-UBND',
      author: 'UBND tỉnh Quảng Trị',
    },
    ...overrides,
  };
}

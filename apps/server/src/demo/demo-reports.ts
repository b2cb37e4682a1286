import { endOfVietnamDay, numberOutline, type Outline, type ReportContent } from '@tongket/domain';

/**
 * What the units of plan 2519/KH-UBND handed in by the time the round closed: reports on time and
 * late, accepted, never reviewed, returned, resubmitted, left in draft, and missing — Bộ CHQS's and
 * Hướng Hóa's among them (the demo accounts write theirs in the live round). Tests that play a
 * step of this round seed it still open (`DemoOptions.historicRoundsOpen`).
 */
export type DemoReportState =
  | { state: 'accepted'; sentOn: string; reviewedOn: string }
  | { state: 'submitted'; sentOn: string }
  | { state: 'returned'; sentOn: string; reviewedOn: string; comment: string }
  | { state: 'resubmitted'; sentOn: string; reviewedOn: string; comment: string; againOn: string }
  | { state: 'draft' };

/** By unit code; a reporting unit not listed here has sent nothing. */
export const DEMO_REPORT_STATES: Record<string, DemoReportState> = {
  'QT-BDBP': { state: 'accepted', sentOn: '2020-06-09', reviewedOn: '2020-06-11' },
  'QT-CA': { state: 'accepted', sentOn: '2020-06-09', reviewedOn: '2020-06-11' },
  'QT-SD968': { state: 'accepted', sentOn: '2020-06-10', reviewedOn: '2020-06-11' },
  'QT-DPTTH': { state: 'accepted', sentOn: '2020-06-08', reviewedOn: '2020-06-10' },
  'QT-TDOAN': { state: 'accepted', sentOn: '2020-06-09', reviewedOn: '2020-06-11' },
  'QT-HLHPN': { state: 'accepted', sentOn: '2020-06-10', reviewedOn: '2020-06-12' },
  'QT-STTTT': { state: 'accepted', sentOn: '2020-06-08', reviewedOn: '2020-06-10' },
  'QT-SNV': { state: 'accepted', sentOn: '2020-06-10', reviewedOn: '2020-06-11' },
  'QT-STC': { state: 'accepted', sentOn: '2020-06-09', reviewedOn: '2020-06-11' },
  'QT-DONGHA': { state: 'accepted', sentOn: '2020-06-09', reviewedOn: '2020-06-10' },
  'QT-VINHLINH': { state: 'accepted', sentOn: '2020-06-10', reviewedOn: '2020-06-12' },
  'QT-CAMLO': { state: 'accepted', sentOn: '2020-06-10', reviewedOn: '2020-06-12' },
  'QT-LDLD': { state: 'submitted', sentOn: '2020-06-10' },
  'QT-HND': { state: 'submitted', sentOn: '2020-06-09' },
  'QT-SGDDT': { state: 'submitted', sentOn: '2020-06-10' },
  'QT-TRIEUPHONG': { state: 'submitted', sentOn: '2020-06-10' },
  'QT-HCCB': { state: 'accepted', sentOn: '2020-06-11', reviewedOn: '2020-06-12' },
  'QT-SCT': { state: 'accepted', sentOn: '2020-06-12', reviewedOn: '2020-06-12' },
  'QT-SLDTBXH': {
    state: 'returned',
    sentOn: '2020-06-10',
    reviewedOn: '2020-06-11',
    comment: 'Đề nghị bổ sung số liệu hỗ trợ người lao động bị ảnh hưởng và kinh phí đã chi ở mục I.7.',
  },
  'QT-TXQT': {
    state: 'returned',
    sentOn: '2020-06-12',
    reviewedOn: '2020-06-12',
    comment: 'Báo cáo còn thiếu phần đánh giá khó khăn, tồn tại (mục II.2); đề nghị hoàn thiện và gửi lại.',
  },
  'QT-HAILANG': {
    state: 'resubmitted',
    sentOn: '2020-06-09',
    reviewedOn: '2020-06-10',
    comment:
      'Số người cách ly tập trung ở mục I.4 chưa khớp với số liệu của Ban Chỉ đạo huyện; đề nghị rà soát.',
    againOn: '2020-06-11',
  },
  'QT-MTTQ': { state: 'draft' },
  'QT-SGTVT': { state: 'draft' },
};

/** Speeches and the documentary: by unit code. */
export const DEMO_SPEECH_STATES: Record<string, DemoReportState> = {
  'QT-BVLP': { state: 'accepted', sentOn: '2020-06-09', reviewedOn: '2020-06-11' },
  'QT-BDBP': { state: 'submitted', sentOn: '2020-06-10' },
  'QT-GIOLINH': { state: 'submitted', sentOn: '2020-06-11' },
  'QT-DPTTH': { state: 'accepted', sentOn: '2020-06-10', reviewedOn: '2020-06-11' },
};

/** A time on a day of June 2020, Vietnam: mornings for sending, afternoons for review. */
export function demoInstant(day: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+07:00`).toISOString();
}

export const DEMO_DEADLINE_END = endOfVietnamDay('2020-06-10');

/** A small deterministic generator, so every start writes the same demo. */
function numbers(seed: number) {
  let x = seed * 2654435761 + 12345;
  return (min: number, max: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return min + (x % (max - min + 1));
  };
}

const p = (...sentences: string[]) => `<p>${sentences.join(' ')}</p>`;

/** One of a few phrasings, by the unit's position, so that a consolidated section reads as many voices. */
export const pick = (options: readonly string[], index: number) => options[index % options.length] as string;

/** I.9. Một số hoạt động nổi bật. */
const HIGHLIGHTS = [
  'Mô hình “Tổ COVID cộng đồng” và việc huy động lực lượng tại chỗ tham gia chốt chặn, giám sát người về từ vùng dịch đã phát huy hiệu quả rõ rệt.',
  'Tổ chức “Cây ATM gạo” và nhiều điểm hỗ trợ nhu yếu phẩm cho người dân khó khăn, người đang cách ly trong thời gian giãn cách xã hội.',
  'Cán bộ, đoàn viên thanh niên tình nguyện tham gia trực chốt kiểm soát dịch 24/24 giờ tại các tuyến đường vào địa bàn, kể cả ban đêm và ngày nghỉ.',
  'Ứng dụng mạng xã hội và hệ thống loa truyền thanh cơ sở để đưa thông tin về dịch bệnh đến từng thôn, bản, kể cả vùng đồng bào dân tộc thiểu số.',
];

/** II.1. Thuận lợi. */
const ADVANTAGES = [
  'Nhận được sự quan tâm, chỉ đạo sát sao của Tỉnh ủy, UBND tỉnh và sự vào cuộc đồng bộ của cả hệ thống chính trị; người dân đồng thuận, chấp hành tốt các biện pháp phòng, chống dịch.',
  'Sự phối hợp chặt chẽ giữa ngành Y tế với lực lượng vũ trang và chính quyền các cấp giúp việc cách ly, giám sát được triển khai nhanh, đúng quy trình.',
  'Đội ngũ cán bộ của ngành, địa phương có tinh thần trách nhiệm cao, sẵn sàng nhận nhiệm vụ khi được điều động; doanh nghiệp và người dân tích cực ủng hộ.',
];

/** II.2. Khó khăn, tồn tại. */
const DIFFICULTIES = [
  'Nhân lực y tế và trang thiết bị tại tuyến cơ sở còn hạn chế; một bộ phận người dân còn chủ quan; kinh phí bảo đảm cho các khu cách ly tập trung có lúc chưa kịp thời.',
  'Địa bàn rộng, giáp biên giới với nhiều đường mòn, lối mở nên việc kiểm soát người qua lại gặp nhiều khó khăn, nhất là vào ban đêm.',
  'Cơ sở vật chất của một số khu cách ly tập trung chưa đáp ứng khi số công dân về cùng lúc tăng cao; lực lượng phục vụ phải làm việc liên tục trong thời gian dài.',
];

/** II.3. Đề xuất, kiến nghị. */
const PROPOSALS = [
  'Đề nghị tỉnh tiếp tục bổ sung kinh phí, trang thiết bị phòng hộ và có chính sách hỗ trợ lực lượng tham gia chống dịch.',
  'Đề nghị sớm ban hành quy định mức chi hỗ trợ cho lực lượng trực chốt kiểm soát dịch và người phục vụ tại khu cách ly tập trung.',
  'Đề nghị tăng cường trang thiết bị xét nghiệm cho tuyến huyện để rút ngắn thời gian trả kết quả.',
];

/** III. Phương hướng trong giai đoạn tiếp theo. */
const NEXT_STEPS = [
  'Tiếp tục thực hiện nghiêm các chỉ đạo của Trung ương và của tỉnh; không chủ quan, lơ là; chuẩn bị sẵn sàng phương án ứng phó với các tình huống dịch bệnh trong giai đoạn tiếp theo.',
  'Duy trì các chốt kiểm soát ở khu vực biên giới, tăng cường quản lý người nhập cảnh; chủ động dự trữ vật tư, hóa chất cho kịch bản dịch lây lan trong cộng đồng.',
  'Vừa phòng, chống dịch vừa khôi phục các hoạt động kinh tế - xã hội; tiếp tục tuyên truyền để người dân thực hiện các biện pháp phòng bệnh như một thói quen.',
];

/** A unit's report on the Quảng Trị outline, in the words a department or district would use. */
export function demoReportContent(
  outline: Outline,
  unitName: string,
  index: number,
  revised = false,
): ReportContent {
  const n = numbers(index + 1);
  const docs = n(6, 28);
  const inspections = n(4, 40);
  const zones = n(1, 4);
  const quarantined = n(40, 620) + (revised ? 12 : 0);
  const samples = n(80, 1900);
  const declarations = n(1200, 48_000);
  const spent = n(120, 2400) * 1_000_000;
  const donated = n(30, 900) * 1_000_000;
  const news = n(12, 160);
  const leaflets = n(500, 12_000);
  const texts: Record<string, string> = {
    'I.1': p(
      `${unitName} đã kịp thời quán triệt các chỉ thị của Thủ tướng Chính phủ, Ban Chỉ đạo quốc gia và UBND tỉnh về phòng, chống dịch COVID-19;`,
      `ban hành ${docs} văn bản chỉ đạo, kế hoạch và thông báo; kiện toàn Ban Chỉ đạo phòng, chống dịch của ngành, địa phương và phân công thành viên phụ trách từng địa bàn.`,
      'Chế độ trực 24/24 giờ và báo cáo hằng ngày được duy trì nghiêm túc trong suốt giai đoạn cao điểm.',
    ),
    'I.2': p(
      `Đã phối hợp với các cơ quan báo chí đăng tải ${news} tin, bài, phóng sự; in và phát hành ${leaflets.toLocaleString('vi-VN')} tờ rơi, áp phích hướng dẫn các biện pháp phòng bệnh.`,
      'Nội dung tuyên truyền tập trung vào việc đeo khẩu trang, rửa tay thường xuyên, hạn chế tụ tập đông người và khai báo y tế trung thực.',
    ),
    'I.3': p(
      `Tổ chức ${inspections} cuộc kiểm tra, giám sát việc thực hiện các biện pháp phòng, chống dịch tại cơ quan, đơn vị, cơ sở kinh doanh và khu dân cư;`,
      'kịp thời chấn chỉnh các trường hợp chưa chấp hành quy định về giãn cách xã hội.',
    ),
    'I.4': p(
      `Phối hợp khảo sát, lựa chọn và đưa vào hoạt động ${zones} khu cách ly tập trung, tiếp nhận và quản lý ${quarantined} lượt công dân từ vùng dịch trở về;`,
      'bố trí lực lượng đón tiếp, bảo đảm hậu cần, an ninh trật tự và vệ sinh môi trường tại các khu cách ly.',
    ),
    'I.5': p(
      `Thực hiện lấy ${samples} mẫu xét nghiệm SARS-CoV-2, tất cả đều âm tính; tổ chức tập huấn chuyên môn về phân luồng, cách ly và điều trị cho cán bộ y tế cơ sở.`,
    ),
    'I.6': p(
      `Hướng dẫn và tiếp nhận ${declarations.toLocaleString('vi-VN')} lượt khai báo y tế bắt buộc và tự nguyện, rà soát, theo dõi sức khỏe người đến từ vùng có dịch.`,
    ),
    'I.7': p(
      `Tổng kinh phí đã chi phục vụ công tác phòng, chống dịch là ${spent.toLocaleString('vi-VN')} đồng, chủ yếu cho mua sắm trang thiết bị, vật tư y tế và bảo đảm hoạt động các khu cách ly.`,
    ),
    'I.8': p(
      `Vận động được ${donated.toLocaleString('vi-VN')} đồng tiền mặt cùng nhiều nhu yếu phẩm từ cán bộ, đoàn viên, hội viên và doanh nghiệp trên địa bàn để hỗ trợ lực lượng tuyến đầu.`,
    ),
    'I.9': p(pick(HIGHLIGHTS, index)),
    'II.1': p(pick(ADVANTAGES, index + 1)),
    'II.2': p(pick(DIFFICULTIES, index + 2)),
    'II.3': p(pick(PROPOSALS, index)),
    III: p(pick(NEXT_STEPS, index + 1)),
  };
  const values: Record<string, number> = {
    'I.2:0': news,
    'I.2:1': leaflets,
    'I.3:0': inspections,
    'I.4:0': zones,
    'I.4:1': quarantined,
    'I.5:0': samples,
    'I.5:1': 0,
    'I.6:0': declarations,
    'I.7:0': spent,
    'I.8:0': donated,
  };
  const sections: Record<string, string> = {};
  const indicators: Record<string, number | null> = {};
  for (const { section, path } of numberOutline(outline.sections)) {
    if (section.children.length === 0 && texts[path]) sections[section.id] = texts[path];
    section.indicators.forEach((indicator, i) => {
      const value = values[`${path}:${i}`];
      if (value !== undefined) indicators[indicator.id] = value;
    });
  }
  return { sections, indicators, body: '', topic: '', durationMinutes: null, link: '' };
}

/** A speech's text or the documentary's description, with its length. */
export function demoSpeechContent(kind: string, topic: string, unitName: string): ReportContent {
  if (kind === 'media') {
    return {
      sections: {},
      indicators: {},
      body: p(
        'Phóng sự ghi lại những ngày cả tỉnh chung sức phòng, chống dịch: các chốt kiểm soát trên Quốc lộ 9, khu cách ly tập trung, lực lượng y tế tuyến đầu và sự hưởng ứng của người dân.',
      ),
      topic,
      durationMinutes: 13,
      link: 'https://qrt.vn/phong-su/chung-suc-phong-chong-covid-19',
    };
  }
  return {
    sections: {},
    indicators: {},
    body: [
      p(`Tham luận của ${unitName} về ${topic.charAt(0).toLocaleLowerCase('vi')}${topic.slice(1)}.`),
      p(
        'Ngay khi có chỉ đạo của Ban Chỉ đạo tỉnh, đơn vị đã khẩn trương xây dựng phương án, phân công lực lượng, bảo đảm trang thiết bị và tổ chức thực hiện nghiêm túc, hiệu quả.',
      ),
      p(
        'Qua thực tiễn, đơn vị rút ra bài học về sự chủ động, phối hợp chặt chẽ giữa các lực lượng và phát huy vai trò của người dân.',
      ),
    ].join(''),
    topic,
    durationMinutes: 7,
    link: '',
  };
}

import { numberOutline, type Outline, type ReportContent } from '@tongket/domain';
import { pick } from './demo-reports.ts';

/**
 * Seed 001 asks every district of Bình Dương to hold its own interim review with its communes
 * before 31/10/2021 and report upward. The demo plays that out for three districts: their lower
 * rounds, the communes' reports, each district's consolidation sent up as its own report, and the
 * departments reporting directly. Names of officers, figures and sentences are illustrative: the
 * seed gives none.
 */

/** A district that opens its lower round, and how far it got by the demo's "today". */
export interface DemoDistrictRound {
  district: string;
  /** The lower round's number in the district's register, its date and deadline. */
  docNumber: string;
  docDate: string;
  deadline: string;
  /** Its chairman's deputy who signs (illustrative). */
  signer: string;
  /** Commune code → the day it sent its report, or null for one still owing it. */
  communes: Record<string, string | null>;
  /** The district's report upward: consolidated and sent up, submitted, then the province's review. */
  upward: 'draft' | { submittedOn: string; acceptedOn?: string };
}

export const DEMO_DISTRICT_ROUNDS: DemoDistrictRound[] = [
  {
    district: 'BD-TDM',
    docNumber: '512',
    docDate: '2021-10-14',
    deadline: '2021-10-24',
    signer: 'Nguyễn Thanh Tâm',
    communes: { 'BD-TDM-01': '2021-10-20', 'BD-TDM-02': '2021-10-21', 'BD-TDM-03': '2021-10-22' },
    upward: { submittedOn: '2021-10-27', acceptedOn: '2021-10-29' },
  },
  {
    district: 'BD-DIAN',
    docNumber: '487',
    docDate: '2021-10-15',
    deadline: '2021-10-25',
    signer: 'Lê Hoàng Phúc',
    communes: { 'BD-DIAN-01': '2021-10-21', 'BD-DIAN-02': '2021-10-22', 'BD-DIAN-03': '2021-10-23' },
    upward: { submittedOn: '2021-10-28' },
  },
  {
    // Bình Chuẩn (demo account "binhchuan") never reported, and the district's upward report, the
    // consolidation of the other two, was still a draft when the round closed.
    district: 'BD-THUANAN',
    docNumber: '530',
    docDate: '2021-10-15',
    deadline: '2021-10-26',
    signer: 'Trần Văn Hiếu',
    communes: { 'BD-THUANAN-01': '2021-10-22', 'BD-THUANAN-02': '2021-10-23', 'BD-THUANAN-03': null },
    upward: 'draft',
  },
];

/** Departments and districts reporting straight to the province, by unit code. */
export const DEMO_DIRECT_REPORTS: Record<string, { sentOn: string; acceptedOn?: string } | 'returned'> = {
  'BD-CA': { sentOn: '2021-10-26', acceptedOn: '2021-10-28' },
  'BD-BCHQS': { sentOn: '2021-10-27', acceptedOn: '2021-10-28' },
  'BD-SGDDT': { sentOn: '2021-10-27', acceptedOn: '2021-10-29' },
  'BD-MTTQ': { sentOn: '2021-10-28' },
  'BD-SLDTBXH': 'returned',
  'BD-BENCAT': { sentOn: '2021-10-28', acceptedOn: '2021-10-29' },
  'BD-TANUYEN': { sentOn: '2021-10-29' },
};

export const DEMO_RETURN_COMMENT =
  'Đề nghị bổ sung số liệu hỗ trợ người lao động, người sử dụng lao động gặp khó khăn do đại dịch (mục I.3) và gửi lại trước ngày 31/10/2021.';

/** A small deterministic generator, so every start writes the same demo. */
function numbers(seed: number) {
  let x = seed * 2654435761 + 97;
  return (min: number, max: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return min + (x % (max - min + 1));
  };
}

const p = (...sentences: string[]) => `<p>${sentences.join(' ')}</p>`;

/** Indicator values by outline path and position, as demoSoKetContent fills them. */
function figures(index: number, level: Level) {
  const n = numbers(index + 11);
  const scale = level === 'commune' ? 1 : level === 'district' ? 3 : 0;
  const cases = scale ? n(180, 2600) * scale : n(0, 40);
  return {
    cases,
    deaths: scale ? Math.round((cases * n(4, 18)) / 1000) : 0,
    doses: scale ? n(14_000, 62_000) * scale : n(1_500, 9_000),
    coverage: n(880, 990) / 10,
    zones: scale ? n(1, 4) : n(0, 2),
    beds: scale ? n(40, 320) * scale : n(0, 60),
    teams: scale ? n(12, 60) * scale : n(1, 8),
    spent: n(300, 4_800) * (scale || 1) * 1_000_000,
  };
}

type Level = 'commune' | 'district' | 'department';

/** II. Đánh giá chung: what went well, what fell short, the lessons — as each level would put it. */
const ASSESSMENT: Record<Level, { achieved: string[]; shortcomings: string[]; lessons: string[] }> = {
  commune: {
    achieved: [
      'Tổ COVID cộng đồng bám sát từng khu phố, nắm chắc từng hộ gia đình; việc cung ứng lương thực, thực phẩm cho người dân trong thời gian giãn cách được bảo đảm, không để người dân thiếu đói.',
      'Trạm Y tế phối hợp tốt với các tổ COVID cộng đồng trong theo dõi, chăm sóc người mắc COVID-19 tại nhà; các khu nhà trọ công nhân được khoanh vùng, xét nghiệm kịp thời.',
      'Người dân chấp hành tốt các biện pháp giãn cách, tích cực tham gia tiêm vắc xin; các nhà hảo tâm, doanh nghiệp trên địa bàn chung tay hỗ trợ hàng trăm suất quà cho người lao động khó khăn.',
    ],
    shortcomings: [
      'Lực lượng y tế của Trạm còn mỏng, có thời điểm quá tải khi số ca mắc tại cộng đồng tăng nhanh; việc cập nhật dữ liệu người cách ly tại nhà có lúc chưa kịp thời.',
      'Một số khu nhà trọ đông công nhân khó kiểm soát việc đi lại; một bộ phận người dân còn chủ quan, chưa khai báo y tế đầy đủ.',
      'Kinh phí và trang thiết bị phục vụ cách ly tại nhà còn thiếu; thành viên tổ COVID cộng đồng phần lớn kiêm nhiệm, chế độ hỗ trợ chưa tương xứng.',
    ],
    lessons: [
      'Phát huy vai trò của tổ COVID cộng đồng, lấy khu phố, ấp làm "pháo đài", người dân là "chiến sĩ" trong phòng, chống dịch.',
      'Nắm chắc địa bàn, phát hiện sớm, khoanh vùng nhanh, xử lý gọn từng ổ dịch; công khai, minh bạch thông tin để người dân đồng thuận.',
      'Huy động sức dân và các nhà hảo tâm đúng lúc, đúng chỗ; quan tâm người yếu thế, công nhân ở trọ trong thời gian giãn cách.',
    ],
  },
  district: {
    achieved: [
      'Cấp ủy, chính quyền từ huyện đến xã vào cuộc quyết liệt, đồng bộ; các phương án "3 tại chỗ", "1 cung đường 2 điểm đến" được doanh nghiệp thực hiện nghiêm, giữ được sản xuất.',
      'Các trạm y tế lưu động và cơ sở thu dung, điều trị được thiết lập nhanh, giảm tải cho tuyến trên; tỷ lệ tiêm vắc xin vượt chỉ tiêu tỉnh giao.',
      'Công tác phối hợp giữa y tế, công an, quân sự và đoàn thể nhịp nhàng; việc hỗ trợ người dân, người lao động theo Nghị quyết số 68/NQ-CP được triển khai kịp thời, đúng đối tượng.',
    ],
    shortcomings: [
      'Số ca mắc tăng nhanh trong tháng 7 và tháng 8/2021 vượt quá khả năng thu dung của các cơ sở điều trị; nhân lực y tế cơ sở phải làm việc quá tải trong thời gian dài.',
      'Việc quản lý người lao động đi lại giữa các địa phương còn khó khăn; một số doanh nghiệp thực hiện "3 tại chỗ" chưa bảo đảm điều kiện an toàn.',
      'Dữ liệu giữa các phần mềm quản lý tiêm chủng, xét nghiệm và cách ly chưa đồng bộ, có lúc chậm cập nhật; một số xã còn lúng túng khi chuyển trạng thái thích ứng an toàn.',
    ],
    lessons: [
      'Sự lãnh đạo, chỉ đạo tập trung, thống nhất của cấp ủy, chính quyền và sự vào cuộc của cả hệ thống chính trị là yếu tố quyết định.',
      'Chủ động dự báo tình hình, chuẩn bị sẵn phương án, nhân lực và cơ sở điều trị theo từng cấp độ dịch; giao quyền chủ động cho cấp xã.',
      'Vừa phòng, chống dịch vừa duy trì sản xuất; gắn trách nhiệm của doanh nghiệp với an toàn của người lao động.',
    ],
  },
  department: {
    achieved: [
      'Ngành đã bám sát chỉ đạo của Trung ương và của tỉnh, triển khai nhanh các nhiệm vụ được Ban Chỉ đạo tỉnh giao; cán bộ, chiến sĩ, người lao động của ngành có mặt ở tuyến đầu chống dịch.',
      'Lực lượng của ngành hỗ trợ hiệu quả các địa phương trong lập chốt kiểm soát, vận chuyển người bệnh, phân phối hàng hóa thiết yếu trong thời gian giãn cách.',
      'Các hoạt động chuyên môn của ngành được duy trì theo hình thức phù hợp; việc tuyên truyền, vận động cán bộ và người dân chấp hành các biện pháp phòng dịch đạt kết quả tốt.',
    ],
    shortcomings: [
      'Một số cán bộ của ngành mắc COVID-19 khi làm nhiệm vụ, ảnh hưởng đến việc bố trí lực lượng; trang thiết bị phòng hộ có thời điểm chưa đáp ứng.',
      'Việc phối hợp, chia sẻ thông tin với các địa phương có lúc chưa kịp thời; một số nhiệm vụ phải điều chỉnh nhiều lần theo diễn biến dịch.',
      'Kinh phí chi cho công tác phòng, chống dịch của ngành phát sinh lớn, việc bố trí nguồn và thanh quyết toán còn chậm.',
    ],
    lessons: [
      'Chủ động xây dựng kế hoạch, phương án của ngành theo từng cấp độ dịch; phân công rõ người, rõ việc, rõ trách nhiệm.',
      'Phối hợp chặt chẽ với Sở Y tế và các địa phương; thông tin hai chiều kịp thời giúp xử lý nhanh các tình huống phát sinh.',
      'Chăm lo sức khỏe, đời sống của lực lượng tuyến đầu là điều kiện để giữ vững tinh thần và hiệu quả công tác.',
    ],
  },
};

/** III. Dự báo và phương hướng. */
const OUTLOOK = [
  'Dịch bệnh có thể còn diễn biến phức tạp trong thời gian tới; tiếp tục thực hiện thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, đẩy nhanh tiêm vắc xin mũi 2 và phục hồi sản xuất, kinh doanh.',
  'Nguy cơ dịch quay trở lại khi người lao động trở lại làm việc là rất lớn; tập trung giám sát tại doanh nghiệp, khu nhà trọ, trường học và hoàn thành tiêm vắc xin cho người từ 12 đến 17 tuổi.',
  'Chuyển trạng thái từ "zero COVID" sang thích ứng an toàn; củng cố y tế cơ sở, duy trì tổ COVID cộng đồng và sẵn sàng phương án khi số ca mắc tăng trở lại.',
];

/** IV. Kiến nghị, đề xuất. */
const PROPOSALS: Record<Level, string[]> = {
  commune: [
    'Đề nghị cấp trên bổ sung nhân lực y tế và trang thiết bị cho Trạm Y tế; có chế độ hỗ trợ cho thành viên tổ COVID cộng đồng.',
    'Đề nghị sớm cấp kinh phí hỗ trợ người dân khó khăn do dịch theo quy định; hướng dẫn cụ thể việc chăm sóc người mắc COVID-19 tại nhà.',
  ],
  district: [
    'Đề nghị tỉnh tiếp tục hỗ trợ kinh phí, trang thiết bị và có chính sách động viên lực lượng tuyến đầu tham gia phòng, chống dịch.',
    'Đề nghị tỉnh sớm ban hành hướng dẫn thống nhất về thích ứng an toàn đối với doanh nghiệp và kết nối dữ liệu tiêm chủng, xét nghiệm giữa các cấp.',
  ],
  department: [
    'Đề nghị UBND tỉnh bố trí kinh phí kịp thời cho các nhiệm vụ phòng, chống dịch của ngành và xem xét khen thưởng các tập thể, cá nhân tiêu biểu.',
    'Đề nghị Ban Chỉ đạo tỉnh duy trì cơ chế phối hợp, chia sẻ thông tin giữa các sở, ngành và địa phương trong giai đoạn thích ứng an toàn.',
  ],
};

/**
 * A report on the Bình Dương interim-review outline, in the words a commune, a district or a
 * department would use about the fourth wave.
 */
export function demoSoKetContent(
  outline: Outline,
  unitName: string,
  index: number,
  level: Level,
): ReportContent {
  const f = figures(index, level);
  const where = level === 'department' ? 'trong ngành' : 'trên địa bàn';
  const texts: Record<string, string> = {
    'I.1': p(
      `Từ ngày 27/4/2021 đến nay, ${where} ${unitName.replace(/^UBND /, '')} ghi nhận ${f.cases.toLocaleString('vi-VN')} trường hợp mắc COVID-19, ${f.deaths} trường hợp tử vong.`,
      'Dịch bùng phát mạnh trong tháng 7 và tháng 8/2021, tập trung tại các khu nhà trọ công nhân và các doanh nghiệp đông lao động; từ cuối tháng 9/2021 số ca mắc mới giảm rõ rệt.',
    ),
    'I.2': p(
      `${unitName} đã kịp thời triển khai các chỉ thị, kế hoạch của Trung ương, Tỉnh ủy và UBND tỉnh; kiện toàn Ban Chỉ đạo, thành lập ${f.teams} tổ COVID cộng đồng, phân công thành viên phụ trách từng khu phố, ấp.`,
      'Chế độ giao ban trực tuyến hằng ngày được duy trì trong thời gian thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg.',
    ),
    'I.3': p(
      `Đã tổ chức tiêm ${f.doses.toLocaleString('vi-VN')} mũi vắc xin phòng COVID-19, tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi đạt ${f.coverage.toLocaleString('vi-VN')}%;`,
      `thiết lập ${f.zones} khu cách ly tập trung và ${f.beds} giường điều trị người mắc COVID-19; tổng kinh phí đã chi ${f.spent.toLocaleString('vi-VN')} đồng.`,
      'Tổ chức xét nghiệm tầm soát diện rộng, chăm sóc người mắc COVID-19 tại nhà và hỗ trợ lương thực, thực phẩm cho người dân khó khăn trong thời gian giãn cách.',
    ),
    'II.1': p(pick(ASSESSMENT[level].achieved, index)),
    'II.2': p(pick(ASSESSMENT[level].shortcomings, index + 1)),
    'II.3': p(pick(ASSESSMENT[level].lessons, index + 2)),
    III: p(pick(OUTLOOK, index)),
    IV: p(pick(PROPOSALS[level], index)),
  };
  const values: Record<string, number> = {
    'I.1:0': f.cases,
    'I.1:1': f.deaths,
    'I.3:0': f.doses,
    'I.3:1': f.coverage,
    'I.3:2': f.zones,
    'I.3:3': f.beds,
    'I.3:4': f.spent,
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

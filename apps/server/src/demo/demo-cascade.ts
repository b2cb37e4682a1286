import { numberOutline, type Outline, type ReportContent } from '@tongket/domain';

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
    // Left for the demo account "thuanan": Bình Chuẩn (demo account "binhchuan") has not reported
    // yet; the district's upward report is the consolidation of the other two, not yet sent.
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
function figures(index: number, level: 'commune' | 'district' | 'department') {
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

/**
 * A report on the Bình Dương interim-review outline, in the words a commune, a district or a
 * department would use about the fourth wave.
 */
export function demoSoKetContent(
  outline: Outline,
  unitName: string,
  index: number,
  level: 'commune' | 'district' | 'department',
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
    'II.1': p(
      'Công tác phòng, chống dịch nhận được sự vào cuộc đồng bộ của cả hệ thống chính trị và sự đồng thuận của Nhân dân; các doanh nghiệp thực hiện tốt phương án "3 tại chỗ", "1 cung đường 2 điểm đến".',
    ),
    'II.2': p(
      'Nhân lực y tế cơ sở còn mỏng so với số ca mắc trong giai đoạn cao điểm; việc phối hợp giữa các lực lượng có lúc chưa nhịp nhàng; một bộ phận người dân còn chủ quan, lơ là.',
    ),
    'II.3': p(
      'Phát huy vai trò của tổ COVID cộng đồng và người đứng đầu; chủ động dự báo tình hình, chuẩn bị sẵn phương án, nhân lực và cơ sở điều trị theo từng cấp độ dịch.',
    ),
    III: p(
      'Dịch bệnh có thể còn diễn biến phức tạp trong thời gian tới; tiếp tục thực hiện thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, đẩy nhanh tiêm vắc xin mũi 2 và phục hồi sản xuất, kinh doanh.',
    ),
    IV: p(
      'Đề nghị tỉnh tiếp tục hỗ trợ kinh phí, trang thiết bị và có chính sách động viên lực lượng tuyến đầu tham gia phòng, chống dịch.',
    ),
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

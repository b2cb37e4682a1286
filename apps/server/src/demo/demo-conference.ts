/**
 * The conference that closes plan 2519/KH-UBND (seed 000): "01 buổi, dự kiến vào giữa tháng 6
 * năm 2020" at the Hội trường UBND tỉnh, fixed here as the morning of Thursday 18 June 2020, two
 * days after award decision 1356/QĐ-UBND; the programme of its section II in order, with the
 * documentary (10–15 minutes) and the speeches of the units section VII names; about 100 delegates
 * across the nine groups of its section IV; the two funding sources of its section V.
 *
 * Every delegate's name, phone and e-mail below is invented for the demo (fictional people; the
 * e-mail domain is the reserved ".example", so nothing is ever delivered). Only Hoàng Nam, who
 * signed the plan, is named in the seed.
 */

export const DEMO_CONFERENCE = {
  title: 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
  date: '2020-06-18',
  startTime: '07:30',
  endTime: '11:30',
  timeNote: '01 buổi, dự kiến vào giữa tháng 6 năm 2020',
  venue: 'Hội trường UBND tỉnh',
  chair: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
  /** The records office's number for the Giấy mời (illustrative: the seed gives none). */
  invitationNumber: '141',
  invitationDate: '2020-06-15',
  invitationContent:
    'Đánh giá kết quả công tác phòng, chống dịch COVID-19 giai đoạn 1; khen thưởng các tập thể, cá nhân có thành tích xuất sắc; triển khai nhiệm vụ phòng, chống dịch trong thời gian tới.',
  /** When invitations went out, answers came in, and the doors opened. */
  invitedOn: '2020-06-15',
} as const;

/**
 * The programme, item by item. `speech`/`documentary` items with a unit take the assignment that
 * unit owes for it (its topic and length when handed in); the rest are the organisers' own.
 */
export interface DemoAgendaItem {
  kind: 'opening' | 'report' | 'speech' | 'documentary' | 'awards' | 'closing' | 'break' | 'other';
  title?: string;
  minutes?: number;
  startTime?: string;
  unit?: string;
  presenter?: string;
}

export const DEMO_AGENDA: DemoAgendaItem[] = [
  { kind: 'other', title: 'Đón tiếp đại biểu', minutes: 30, unit: 'QT-VP' },
  {
    kind: 'opening',
    title: 'Tuyên bố lý do, giới thiệu đại biểu',
    minutes: 5,
    startTime: '08:00',
    unit: 'QT-VP',
    presenter: 'Lãnh đạo Văn phòng UBND tỉnh',
  },
  {
    kind: 'opening',
    title: 'Phát biểu khai mạc',
    minutes: 10,
    unit: 'QT',
    presenter: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
  },
  { kind: 'documentary', unit: 'QT-DPTTH' },
  {
    kind: 'report',
    title: 'Báo cáo tình hình, kết quả hoạt động công tác phòng, chống dịch COVID-19 giai đoạn 1',
    minutes: 25,
    unit: 'QT-SYT',
    presenter: 'Lãnh đạo Sở Y tế',
  },
  { kind: 'speech', unit: 'QT-BVLP' },
  { kind: 'speech', unit: 'QT-BCHQS' },
  { kind: 'speech', unit: 'QT-BDBP' },
  { kind: 'speech', unit: 'QT-MTTQ' },
  { kind: 'break', title: 'Giải lao', minutes: 15 },
  { kind: 'speech', unit: 'QT-HUONGHOA' },
  { kind: 'speech', unit: 'QT-GIOLINH' },
  {
    kind: 'awards',
    title:
      'Công bố Quyết định và trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19',
    minutes: 30,
    unit: 'QT-TDKT',
    presenter: 'Lãnh đạo UBND tỉnh; Ban Thi đua - Khen thưởng tỉnh',
  },
  {
    kind: 'closing',
    title: 'Phát biểu kết luận và bế mạc Hội nghị',
    minutes: 20,
    unit: 'QT',
    presenter: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
  },
];

/** How many each group of section IV brings; the last group (the awarded) is counted from the decision. */
export const DEMO_GROUP_EXPECTED = [3, 2, 3, 8, 26, 2, 10, 16] as const;

type Person = [unit: string, title: string, gender: 'male' | 'female'];

/** The delegates of each group of section IV, in its order, as (unit, title, gender). */
export const DEMO_DELEGATE_GROUPS: Person[][] = [
  // Đại diện Thường trực Tỉnh ủy
  [
    ['QT-TU', 'Phó Bí thư Thường trực Tỉnh ủy', 'male'],
    ['QT-TU', 'Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy', 'female'],
    ['QT-TU', 'Chánh Văn phòng Tỉnh ủy', 'male'],
  ],
  // Đại diện Thường trực HĐND tỉnh
  [
    ['QT-HDND', 'Phó Chủ tịch HĐND tỉnh', 'male'],
    ['QT-HDND', 'Trưởng Ban Văn hóa - Xã hội HĐND tỉnh', 'female'],
  ],
  // Đại diện Lãnh đạo UBND tỉnh
  [
    ['QT', 'Chủ tịch UBND tỉnh', 'male'],
    ['QT', 'Phó Chủ tịch UBND tỉnh', 'male'],
    ['QT', 'Phó Chủ tịch UBND tỉnh', 'male'],
  ],
  // Đại diện Ủy ban MTTQVN tỉnh và các tổ chức, đoàn thể xã hội cấp tỉnh
  [
    ['QT-MTTQ', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'male'],
    ['QT-MTTQ', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'female'],
    ['QT-TDOAN', 'Bí thư Tỉnh đoàn', 'male'],
    ['QT-HLHPN', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', 'female'],
    ['QT-LDLD', 'Chủ tịch Liên đoàn Lao động tỉnh', 'male'],
    ['QT-HND', 'Phó Chủ tịch Hội Nông dân tỉnh', 'male'],
    ['QT-HCCB', 'Chủ tịch Hội Cựu chiến binh tỉnh', 'male'],
    ['QT-MTTQ', 'Trưởng ban Phong trào, Ủy ban MTTQ Việt Nam tỉnh', 'female'],
  ],
  // Thành viên BCĐ phòng, chống dịch COVID-19 cấp tỉnh
  [
    ['QT-SYT', 'Giám đốc Sở Y tế, Phó Trưởng ban Thường trực', 'male'],
    ['QT-SYT', 'Phó Giám đốc Sở Y tế', 'female'],
    ['QT-CDC', 'Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh', 'male'],
    ['QT-BVLP', 'Giám đốc Bệnh viện Chuyên khoa Lao và Bệnh phổi', 'male'],
    ['QT-BCHQS', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'male'],
    ['QT-BCHQS', 'Chính ủy Bộ Chỉ huy Quân sự tỉnh', 'male'],
    ['QT-BDBP', 'Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'male'],
    ['QT-BDBP', 'Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'male'],
    ['QT-CA', 'Phó Giám đốc Công an tỉnh', 'male'],
    ['QT-VP', 'Phó Chánh Văn phòng UBND tỉnh', 'female'],
    ['QT-STTTT', 'Giám đốc Sở Thông tin và Truyền thông', 'male'],
    ['QT-STTTT', 'Phó Giám đốc Sở Thông tin và Truyền thông', 'female'],
    ['QT-SNV', 'Giám đốc Sở Nội vụ', 'male'],
    ['QT-TDKT', 'Trưởng Ban Thi đua - Khen thưởng tỉnh', 'female'],
    ['QT-STC', 'Giám đốc Sở Tài chính', 'male'],
    ['QT-STC', 'Phó Giám đốc Sở Tài chính', 'female'],
    ['QT-SGDDT', 'Giám đốc Sở Giáo dục và Đào tạo', 'female'],
    ['QT-SGDDT', 'Phó Giám đốc Sở Giáo dục và Đào tạo', 'male'],
    ['QT-SLDTBXH', 'Giám đốc Sở Lao động - Thương binh và Xã hội', 'male'],
    ['QT-SLDTBXH', 'Phó Giám đốc Sở Lao động - Thương binh và Xã hội', 'female'],
    ['QT-SCT', 'Phó Giám đốc Sở Công Thương', 'male'],
    ['QT-SGTVT', 'Phó Giám đốc Sở Giao thông vận tải', 'male'],
    ['QT-SVHTTDL', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'male'],
    ['QT-SVHTTDL', 'Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'female'],
    ['QT-SNGV', 'Giám đốc Sở Ngoại vụ', 'male'],
    ['QT-DPTTH', 'Giám đốc Đài Phát thanh - Truyền hình tỉnh', 'male'],
  ],
  // Đại diện Lãnh đạo BHXH tỉnh, Sư đoàn 968
  [
    ['QT-BHXH', 'Giám đốc Bảo hiểm xã hội tỉnh', 'female'],
    ['QT-SD968', 'Sư đoàn trưởng Sư đoàn 968', 'male'],
  ],
  // Đại diện Lãnh đạo UBND huyện, thị xã, thành phố
  [
    ['QT-DONGHA', 'Chủ tịch UBND thành phố Đông Hà', 'male'],
    ['QT-TXQT', 'Phó Chủ tịch UBND thị xã Quảng Trị', 'female'],
    ['QT-VINHLINH', 'Chủ tịch UBND huyện Vĩnh Linh', 'male'],
    ['QT-GIOLINH', 'Chủ tịch UBND huyện Gio Linh', 'male'],
    ['QT-CAMLO', 'Phó Chủ tịch UBND huyện Cam Lộ', 'male'],
    ['QT-TRIEUPHONG', 'Chủ tịch UBND huyện Triệu Phong', 'male'],
    ['QT-HAILANG', 'Phó Chủ tịch UBND huyện Hải Lăng', 'female'],
    ['QT-HUONGHOA', 'Chủ tịch UBND huyện Hướng Hóa', 'male'],
    ['QT-DAKRONG', 'Chủ tịch UBND huyện Đakrông', 'male'],
    ['QT-CONCO', 'Chủ tịch UBND huyện đảo Cồn Cỏ', 'male'],
  ],
  // Đại diện một số phòng, ban, đơn vị: Sở Y tế, Bộ CHQS tỉnh, Bộ CH BĐBP, Công an tỉnh
  [
    ['QT-SYT', 'Trưởng phòng Nghiệp vụ Y, Sở Y tế', 'female'],
    ['QT-SYT', 'Trưởng phòng Kế hoạch - Tài chính, Sở Y tế', 'male'],
    ['QT-SYT', 'Chánh Văn phòng Sở Y tế', 'female'],
    ['QT-SYT', 'Trưởng phòng Tổ chức cán bộ, Sở Y tế', 'male'],
    ['QT-BCHQS', 'Trưởng phòng Tham mưu, Bộ Chỉ huy Quân sự tỉnh', 'male'],
    ['QT-BCHQS', 'Chủ nhiệm Chính trị, Bộ Chỉ huy Quân sự tỉnh', 'male'],
    ['QT-BCHQS', 'Chủ nhiệm Hậu cần, Bộ Chỉ huy Quân sự tỉnh', 'male'],
    ['QT-BCHQS', 'Chỉ huy trưởng Ban Chỉ huy Quân sự thành phố Đông Hà', 'male'],
    ['QT-BDBP', 'Trưởng phòng Tham mưu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'male'],
    ['QT-BDBP', 'Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo', 'male'],
    ['QT-BDBP', 'Đồn trưởng Đồn Biên phòng Cửa khẩu La Lay', 'male'],
    ['QT-BDBP', 'Chủ nhiệm Chính trị, Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'male'],
    ['QT-CA', 'Trưởng phòng Tham mưu, Công an tỉnh', 'male'],
    ['QT-CA', 'Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'male'],
    ['QT-CA', 'Trưởng Công an huyện Hướng Hóa', 'male'],
    ['QT-CA', 'Phó Trưởng phòng An ninh đối ngoại, Công an tỉnh', 'female'],
  ],
];

/** At most this many of the awarded (individuals first, then a representative per collective). */
export const DEMO_AWARDED_DELEGATES = 30;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Huỳnh',
];
const MIDDLE = {
  male: ['Văn', 'Hữu', 'Đức', 'Quang', 'Minh', 'Công', 'Xuân', 'Thanh', 'Đình', 'Quốc'],
  female: ['Thị', 'Thị Thu', 'Thị Kim', 'Ngọc', 'Thị Hồng', 'Thị Minh', 'Thị Thanh', 'Diệu'],
} as const;
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khánh',
    'Long',
    'Lộc',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Tuấn',
    'Việt',
    'Vinh',
    'Toàn',
    'Trung',
    'Hiếu',
    'Kiên',
  ],
  female: [
    'Anh',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Nga',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Tuyết',
    'Vân',
    'Yến',
  ],
} as const;

/** The i-th invented name (deterministic, so every start writes the same demo). */
export function demoName(i: number, gender: 'male' | 'female'): string {
  const family = FAMILY[(i * 7 + 3) % FAMILY.length] as string;
  const middle = MIDDLE[gender][(i * 5 + 1) % MIDDLE[gender].length] as string;
  const given = GIVEN[gender][(i * 11 + 2) % GIVEN[gender].length] as string;
  return `${family} ${middle} ${given}`;
}

/** A mobile number that looks like one (Viettel's 09x prefixes), invented. */
export function demoPhone(i: number): string {
  return `09${String(81_234_567 + i * 7919).slice(-8)}`;
}

/** About a third of the delegates have an e-mail address, on the reserved ".example" domain. */
export function demoEmail(i: number, name: string): string {
  if (i % 3 !== 0) return '';
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .split(' ');
  const last = ascii.at(-1) ?? 'daibieu';
  const initials = ascii
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  return `${last}${initials}${i}@quangtri.example`;
}

/** Answers by delegate index: most accept, some decline, some never answer. */
export function demoRsvp(i: number): 'accepted' | 'declined' | 'pending' {
  if (i % 13 === 7) return 'declined';
  if (i % 9 === 4) return 'pending';
  return 'accepted';
}

/** The delegates at the door by 07:50, by index among those who accepted. */
export const DEMO_CHECKED_IN = 14;

/**
 * The budget (section V's two sources). Award money follows the rates of Nghị định 91/2017/NĐ-CP
 * for a Bằng khen của Chủ tịch UBND tỉnh on the 2020 base salary (1.490.000 đồng): twice that for a
 * collective, once for a person; the seeding counts the awardees of decision 1356.
 */
export const BASE_SALARY_2020 = 1_490_000;
export const DEMO_BUDGET = {
  organisation: 'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế',
  awards: 'Nguồn thi đua, khen thưởng tỉnh',
  lines: [
    {
      item: 'Thuê âm thanh, ánh sáng, màn hình LED, trang trí hội trường',
      planned: 8_000_000,
      actual: 7_500_000,
    },
    { item: 'In ấn tài liệu, giấy mời, chương trình hội nghị', planned: 3_500_000, actual: 3_240_000 },
    { item: 'Nước uống, giải khát giữa giờ (100 đại biểu)', planned: 5_000_000, actual: 4_600_000 },
    { item: 'Hoa, khánh tiết', planned: 2_500_000, actual: 2_500_000 },
    {
      item: 'Khẩu trang, dung dịch sát khuẩn, đo thân nhiệt đại biểu',
      planned: 1_500_000,
      actual: 1_380_000,
    },
  ],
  /** Frames and printing of each certificate. */
  certificateFrame: 120_000,
} as const;

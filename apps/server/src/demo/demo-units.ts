import type { UnitKind } from '@tongket/domain';

export interface DemoUnit {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parent?: string;
  email?: string;
  order?: number;
}

/**
 * Every body named in the Quảng Trị plan 2519/KH-UBND (sections IV, VI, VII and Nơi nhận),
 * in the order the plan lists them, and the ten district-level units of 2020.
 */
const QUANG_TRI: DemoUnit[] = [
  {
    code: 'QT',
    name: 'UBND tỉnh Quảng Trị',
    shortName: 'UBND tỉnh',
    kind: 'province',
    order: 1,
    email: 'ubnd@quangtri.gov.vn',
  },
  {
    code: 'QT-TU',
    name: 'Thường trực Tỉnh ủy Quảng Trị',
    shortName: 'Thường trực Tỉnh ủy',
    kind: 'party',
    parent: 'QT',
    order: 1,
  },
  {
    code: 'QT-HDND',
    name: 'Thường trực HĐND tỉnh Quảng Trị',
    shortName: 'Thường trực HĐND tỉnh',
    kind: 'party',
    parent: 'QT',
    order: 2,
  },
  {
    code: 'QT-VP',
    name: 'Văn phòng UBND tỉnh',
    shortName: 'VP UBND tỉnh',
    kind: 'department',
    parent: 'QT',
    order: 3,
    email: 'vpubnd@quangtri.gov.vn',
  },
  {
    code: 'QT-BCD',
    name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh',
    shortName: 'BCĐ PCD COVID-19 tỉnh',
    kind: 'other',
    parent: 'QT',
    order: 4,
  },
  {
    code: 'QT-SYT',
    name: 'Sở Y tế',
    shortName: 'SYT',
    kind: 'department',
    parent: 'QT',
    order: 10,
    email: 'pnvyqt@gmail.com',
  },
  {
    code: 'QT-BVLP',
    name: 'Bệnh viện Chuyên khoa Lao và Bệnh phổi',
    shortName: 'BV Lao và Bệnh phổi',
    kind: 'agency',
    parent: 'QT-SYT',
    order: 1,
  },
  {
    code: 'QT-CDC',
    name: 'Trung tâm Kiểm soát bệnh tật tỉnh',
    shortName: 'CDC Quảng Trị',
    kind: 'agency',
    parent: 'QT-SYT',
    order: 2,
  },
  {
    code: 'QT-BCHQS',
    name: 'Bộ Chỉ huy Quân sự tỉnh',
    shortName: 'Bộ CHQS tỉnh',
    kind: 'armed_force',
    parent: 'QT',
    order: 11,
  },
  {
    code: 'QT-BDBP',
    name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    shortName: 'Bộ CH BĐBP tỉnh',
    kind: 'armed_force',
    parent: 'QT',
    order: 12,
  },
  {
    code: 'QT-CA',
    name: 'Công an tỉnh',
    shortName: 'Công an tỉnh',
    kind: 'armed_force',
    parent: 'QT',
    order: 13,
  },
  { code: 'QT-SD968', name: 'Sư đoàn 968', kind: 'armed_force', parent: 'QT', order: 14 },
  {
    code: 'QT-DPTTH',
    name: 'Đài Phát thanh - Truyền hình tỉnh',
    shortName: 'Đài PT-TH tỉnh',
    kind: 'agency',
    parent: 'QT',
    order: 15,
  },
  {
    code: 'QT-MTTQ',
    name: 'Ủy ban MTTQ Việt Nam tỉnh',
    shortName: 'UBMTTQVN tỉnh',
    kind: 'mass_org',
    parent: 'QT',
    order: 16,
  },
  {
    code: 'QT-TDOAN',
    name: 'Tỉnh đoàn Quảng Trị',
    shortName: 'Tỉnh đoàn',
    kind: 'mass_org',
    parent: 'QT',
    order: 17,
  },
  {
    code: 'QT-HLHPN',
    name: 'Hội Liên hiệp Phụ nữ tỉnh',
    shortName: 'Hội LHPN tỉnh',
    kind: 'mass_org',
    parent: 'QT',
    order: 18,
  },
  {
    code: 'QT-LDLD',
    name: 'Liên đoàn Lao động tỉnh',
    shortName: 'LĐLĐ tỉnh',
    kind: 'mass_org',
    parent: 'QT',
    order: 19,
  },
  { code: 'QT-HND', name: 'Hội Nông dân tỉnh', kind: 'mass_org', parent: 'QT', order: 20 },
  { code: 'QT-HCCB', name: 'Hội Cựu chiến binh tỉnh', kind: 'mass_org', parent: 'QT', order: 21 },
  {
    code: 'QT-STTTT',
    name: 'Sở Thông tin và Truyền thông',
    shortName: 'Sở TT&TT',
    kind: 'department',
    parent: 'QT',
    order: 30,
  },
  { code: 'QT-SNV', name: 'Sở Nội vụ', kind: 'department', parent: 'QT', order: 31 },
  {
    code: 'QT-TDKT',
    name: 'Ban Thi đua - Khen thưởng tỉnh',
    shortName: 'Ban TĐKT tỉnh',
    kind: 'department',
    parent: 'QT-SNV',
    order: 1,
  },
  { code: 'QT-STC', name: 'Sở Tài chính', kind: 'department', parent: 'QT', order: 32 },
  {
    code: 'QT-SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    kind: 'department',
    parent: 'QT',
    order: 33,
  },
  {
    code: 'QT-SLDTBXH',
    name: 'Sở Lao động - Thương binh và Xã hội',
    shortName: 'Sở LĐ-TB&XH',
    kind: 'department',
    parent: 'QT',
    order: 34,
  },
  { code: 'QT-SCT', name: 'Sở Công Thương', kind: 'department', parent: 'QT', order: 35 },
  {
    code: 'QT-SGTVT',
    name: 'Sở Giao thông vận tải',
    shortName: 'Sở GTVT',
    kind: 'department',
    parent: 'QT',
    order: 36,
  },
  {
    code: 'QT-SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'Sở VHTT&DL',
    kind: 'department',
    parent: 'QT',
    order: 37,
  },
  { code: 'QT-SNGV', name: 'Sở Ngoại vụ', kind: 'department', parent: 'QT', order: 38 },
  {
    code: 'QT-BHXH',
    name: 'Bảo hiểm xã hội tỉnh',
    shortName: 'BHXH tỉnh',
    kind: 'central',
    parent: 'QT',
    order: 40,
  },
  {
    code: 'QT-DONGHA',
    name: 'UBND thành phố Đông Hà',
    shortName: 'TP Đông Hà',
    kind: 'district',
    parent: 'QT',
    order: 50,
  },
  {
    code: 'QT-TXQT',
    name: 'UBND thị xã Quảng Trị',
    shortName: 'TX Quảng Trị',
    kind: 'district',
    parent: 'QT',
    order: 51,
  },
  {
    code: 'QT-VINHLINH',
    name: 'UBND huyện Vĩnh Linh',
    shortName: 'Vĩnh Linh',
    kind: 'district',
    parent: 'QT',
    order: 52,
  },
  {
    code: 'QT-GIOLINH',
    name: 'UBND huyện Gio Linh',
    shortName: 'Gio Linh',
    kind: 'district',
    parent: 'QT',
    order: 53,
  },
  {
    code: 'QT-CAMLO',
    name: 'UBND huyện Cam Lộ',
    shortName: 'Cam Lộ',
    kind: 'district',
    parent: 'QT',
    order: 54,
  },
  {
    code: 'QT-TRIEUPHONG',
    name: 'UBND huyện Triệu Phong',
    shortName: 'Triệu Phong',
    kind: 'district',
    parent: 'QT',
    order: 55,
  },
  {
    code: 'QT-HAILANG',
    name: 'UBND huyện Hải Lăng',
    shortName: 'Hải Lăng',
    kind: 'district',
    parent: 'QT',
    order: 56,
  },
  {
    code: 'QT-HUONGHOA',
    name: 'UBND huyện Hướng Hóa',
    shortName: 'Hướng Hóa',
    kind: 'district',
    parent: 'QT',
    order: 57,
  },
  {
    code: 'QT-DAKRONG',
    name: 'UBND huyện Đakrông',
    shortName: 'Đakrông',
    kind: 'district',
    parent: 'QT',
    order: 58,
  },
  {
    code: 'QT-CONCO',
    name: 'UBND huyện đảo Cồn Cỏ',
    shortName: 'Cồn Cỏ',
    kind: 'district',
    parent: 'QT',
    order: 59,
  },
  { code: 'QT-HH-KHESANH', name: 'UBND thị trấn Khe Sanh', kind: 'commune', parent: 'QT-HUONGHOA', order: 1 },
  { code: 'QT-HH-LAOBAO', name: 'UBND thị trấn Lao Bảo', kind: 'commune', parent: 'QT-HUONGHOA', order: 2 },
  { code: 'QT-HH-TANHOP', name: 'UBND xã Tân Hợp', kind: 'commune', parent: 'QT-HUONGHOA', order: 3 },
  { code: 'QT-GL-GIOLINH', name: 'UBND thị trấn Gio Linh', kind: 'commune', parent: 'QT-GIOLINH', order: 1 },
  { code: 'QT-GL-CUAVIET', name: 'UBND thị trấn Cửa Việt', kind: 'commune', parent: 'QT-GIOLINH', order: 2 },
  { code: 'QT-GL-GIOMAI', name: 'UBND xã Gio Mai', kind: 'commune', parent: 'QT-GIOLINH', order: 3 },
];

/** Bình Dương in October 2021: the agencies the directive names, and every district-level unit with a few communes. */
const BINH_DUONG_DISTRICTS: Array<[string, string, string, string[]]> = [
  [
    'TDM',
    'UBND thành phố Thủ Dầu Một',
    'TP Thủ Dầu Một',
    ['phường Phú Cường', 'phường Hiệp Thành', 'phường Phú Hòa'],
  ],
  [
    'THUANAN',
    'UBND thành phố Thuận An',
    'TP Thuận An',
    ['phường Lái Thiêu', 'phường An Phú', 'phường Bình Chuẩn'],
  ],
  ['DIAN', 'UBND thành phố Dĩ An', 'TP Dĩ An', ['phường Dĩ An', 'phường Đông Hòa', 'phường Tân Bình']],
  ['BENCAT', 'UBND thị xã Bến Cát', 'TX Bến Cát', ['phường Mỹ Phước', 'phường Thới Hòa', 'xã An Điền']],
  [
    'TANUYEN',
    'UBND thị xã Tân Uyên',
    'TX Tân Uyên',
    ['phường Uyên Hưng', 'phường Tân Phước Khánh', 'xã Bạch Đằng'],
  ],
  ['BAUBANG', 'UBND huyện Bàu Bàng', 'Bàu Bàng', ['thị trấn Lai Uyên', 'xã Trừ Văn Thố', 'xã Lai Hưng']],
  ['DAUTIENG', 'UBND huyện Dầu Tiếng', 'Dầu Tiếng', ['thị trấn Dầu Tiếng', 'xã Minh Hòa', 'xã Thanh Tuyền']],
  ['PHUGIAO', 'UBND huyện Phú Giáo', 'Phú Giáo', ['thị trấn Phước Vĩnh', 'xã An Bình', 'xã Tân Hiệp']],
  [
    'BACTANUYEN',
    'UBND huyện Bắc Tân Uyên',
    'Bắc Tân Uyên',
    ['thị trấn Tân Thành', 'xã Tân Định', 'xã Bình Mỹ'],
  ],
];

function communeCode(district: string, index: number): string {
  return `BD-${district}-${String(index + 1).padStart(2, '0')}`;
}

const BINH_DUONG: DemoUnit[] = [
  {
    code: 'BD',
    name: 'UBND tỉnh Bình Dương',
    shortName: 'UBND tỉnh',
    kind: 'province',
    order: 2,
    email: 'ubnd@binhduong.gov.vn',
  },
  {
    code: 'BD-TU',
    name: 'Thường trực Tỉnh ủy Bình Dương',
    shortName: 'Thường trực Tỉnh ủy',
    kind: 'party',
    parent: 'BD',
    order: 1,
  },
  {
    code: 'BD-BCD',
    name: 'Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh',
    shortName: 'BCĐ tỉnh',
    kind: 'other',
    parent: 'BD',
    order: 2,
  },
  {
    code: 'BD-SYT',
    name: 'Sở Y tế',
    shortName: 'SYT',
    kind: 'department',
    parent: 'BD',
    order: 10,
    email: 'soyte@binhduong.gov.vn',
  },
  {
    code: 'BD-SNV',
    name: 'Sở Nội vụ',
    kind: 'department',
    parent: 'BD',
    order: 11,
    email: 'sonoivu@binhduong.gov.vn',
  },
  { code: 'BD-CA', name: 'Công an tỉnh', kind: 'armed_force', parent: 'BD', order: 12 },
  {
    code: 'BD-BCHQS',
    name: 'Bộ Chỉ huy Quân sự tỉnh',
    shortName: 'Bộ CHQS tỉnh',
    kind: 'armed_force',
    parent: 'BD',
    order: 13,
  },
  {
    code: 'BD-MTTQ',
    name: 'Ủy ban MTTQ Việt Nam tỉnh',
    shortName: 'UBMTTQVN tỉnh',
    kind: 'mass_org',
    parent: 'BD',
    order: 14,
  },
  {
    code: 'BD-SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    kind: 'department',
    parent: 'BD',
    order: 15,
  },
  {
    code: 'BD-SLDTBXH',
    name: 'Sở Lao động - Thương binh và Xã hội',
    shortName: 'Sở LĐ-TB&XH',
    kind: 'department',
    parent: 'BD',
    order: 16,
  },
  ...BINH_DUONG_DISTRICTS.flatMap(([code, name, shortName, communes], i): DemoUnit[] => [
    { code: `BD-${code}`, name, shortName, kind: 'district', parent: 'BD', order: 50 + i },
    ...communes.map(
      (commune, j): DemoUnit => ({
        code: communeCode(code, j),
        name: `UBND ${commune}`,
        kind: 'commune',
        parent: `BD-${code}`,
        order: j + 1,
      }),
    ),
  ]),
];

export const DEMO_UNITS: DemoUnit[] = [...QUANG_TRI, ...BINH_DUONG];

/**
 * DEMO DATA, not the agencies' real codes: agency identification codes (mã định danh điện tử) in
 * the shape QCVN 102:2016/BTTTT gives them (V1V2V3.Z1Z2.Y1Y2.M1M2M3; "000.00.00.H50" a province's
 * people's committee, "000.00.14.H50" a body directly under it), so that the demo's Quảng Trị
 * plans export as edXML packages. Bình Dương keeps codes only for the province and its health
 * department: exporting its plan shows the message that names the units still without one.
 */
export const DEMO_AGENCY_CODES: Record<string, string> = {
  QT: '000.00.00.H50',
  'QT-VP': '000.00.01.H50',
  'QT-BCD': '000.00.02.H50',
  'QT-SYT': '000.00.14.H50',
  'QT-CA': '000.00.20.H50',
  'QT-BCHQS': '000.00.21.H50',
  'QT-BDBP': '000.00.22.H50',
  'QT-SD968': '000.00.23.H50',
  'QT-MTTQ': '000.00.25.H50',
  'QT-DONGHA': '000.00.31.H50',
  'QT-TXQT': '000.00.32.H50',
  'QT-VINHLINH': '000.00.33.H50',
  'QT-GIOLINH': '000.00.34.H50',
  'QT-CAMLO': '000.00.35.H50',
  'QT-TRIEUPHONG': '000.00.36.H50',
  'QT-HAILANG': '000.00.37.H50',
  'QT-HUONGHOA': '000.00.38.H50',
  'QT-DAKRONG': '000.00.39.H50',
  'QT-CONCO': '000.00.40.H50',
  BD: '000.00.00.H09',
  'BD-SYT': '000.00.14.H09',
};

export const DEMO_PASSWORD = 'tongket-demo';

export const DEMO_ACCOUNTS = [
  { username: 'hethong', fullName: 'Đỗ Văn Hệ', role: 'sysadmin', unit: 'QT-VP' },
  { username: 'admin', fullName: 'Quản trị Quảng Trị', role: 'admin', unit: 'QT-VP' },
  { username: 'syt', fullName: 'Phạm Văn Y', role: 'coordinator', unit: 'QT-SYT' },
  { username: 'bchqs', fullName: 'Lê Quang Quân', role: 'unit', unit: 'QT-BCHQS' },
  { username: 'huonghoa', fullName: 'Hồ Thị Hướng', role: 'unit', unit: 'QT-HUONGHOA' },
  { username: 'tdkt', fullName: 'Nguyễn Thị Thi', role: 'reviewer', unit: 'QT-TDKT' },
  { username: 'lanhdao', fullName: 'Hoàng Nam', role: 'viewer', unit: 'QT' },
  { username: 'bd-admin', fullName: 'Quản trị Bình Dương', role: 'admin', unit: 'BD-SYT' },
  { username: 'bd-syt', fullName: 'Trần Minh Dương', role: 'coordinator', unit: 'BD-SYT' },
  { username: 'thuanan', fullName: 'Nguyễn Thị Thuận', role: 'unit', unit: 'BD-THUANAN' },
  { username: 'binhchuan', fullName: 'Phạm Văn Chuẩn', role: 'unit', unit: 'BD-THUANAN-03' },
] as const;

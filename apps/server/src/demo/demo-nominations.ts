/**
 * The nominations of plan 2519/KH-UBND, June 2020: collectives and individuals the units put
 * forward within their quotas (Sở Y tế and Bộ CHQS up to theirs), community exemplars from the
 * Front, one person put forward twice, one rejected, some still with the standing agency or the
 * board — and one award decision for those approved.
 */
export interface DemoNomination {
  unit: string;
  group: 'collective' | 'individual';
  kind: 'collective' | 'individual' | 'exemplar';
  name: string;
  gender?: 'male' | 'female';
  birthYear?: number;
  position?: string;
  workplace?: string;
  achievement: string;
  /** Where it ends up: submitted (waiting for Sở Y tế), forwarded (with the board), approved, rejected. */
  outcome: 'submitted' | 'forwarded' | 'approved' | 'rejected';
  rejectReason?: string;
  proposeHigher?: boolean;
}

const done = (what: string) =>
  `Đã hoàn thành xuất sắc nhiệm vụ ${what} trong giai đoạn 1 công tác phòng, chống dịch COVID-19 (tháng 01 - 5/2020).`;

const person = (
  unit: string,
  name: string,
  gender: 'male' | 'female',
  birthYear: number,
  position: string,
  workplace: string,
  what: string,
  outcome: DemoNomination['outcome'] = 'approved',
  extra: Partial<DemoNomination> = {},
): DemoNomination => ({
  unit,
  group: 'individual',
  kind: 'individual',
  name,
  gender,
  birthYear,
  position,
  workplace,
  achievement: done(what),
  outcome,
  ...extra,
});

const collective = (
  unit: string,
  name: string,
  what: string,
  outcome: DemoNomination['outcome'] = 'approved',
  extra: Partial<DemoNomination> = {},
): DemoNomination => ({
  unit,
  group: 'collective',
  kind: 'collective',
  name,
  achievement: done(what),
  outcome,
  ...extra,
});

export const DEMO_NOMINATIONS: DemoNomination[] = [
  collective('QT-SYT', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'giám sát, xét nghiệm và điều tra dịch tễ'),
  collective(
    'QT-SYT',
    'Khoa Bệnh nhiệt đới, Bệnh viện đa khoa tỉnh',
    'tiếp nhận, cách ly và điều trị người bệnh nghi nhiễm',
  ),
  collective(
    'QT-SYT',
    'Bệnh viện Chuyên khoa Lao và Bệnh phổi',
    'tiếp nhận cách ly, điều trị cho đối tượng nghi nhiễm COVID-19',
  ),
  collective('QT-BCHQS', 'Ban Chỉ huy Quân sự huyện Hướng Hóa', 'tổ chức Khu cách ly tập trung tại huyện'),
  collective('QT-BCHQS', 'Trung đoàn 842', 'bảo đảm hậu cần cho các Khu cách ly tập trung'),
  collective('QT-BCHQS', 'Ban Chỉ huy Quân sự thành phố Đông Hà', 'phối hợp đón tiếp công dân về cách ly'),
  collective(
    'QT-BDBP',
    'Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo',
    'kiểm soát người qua lại biên giới',
    'approved',
    {
      proposeHigher: true,
    },
  ),
  collective('QT-BDBP', 'Đồn Biên phòng A Ngo', 'chốt chặn các đường mòn, lối mở dọc biên giới Việt - Lào'),
  collective(
    'QT-CA',
    'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
    'quản lý cư trú, rà soát người về từ vùng dịch',
  ),
  collective('QT-CA', 'Công an huyện Hướng Hóa', 'bảo đảm an ninh trật tự tại các khu cách ly'),
  collective(
    'QT-VP',
    'Phòng Văn hóa - Xã hội, Văn phòng UBND tỉnh',
    'tham mưu tổng hợp công tác phòng, chống dịch',
  ),
  collective(
    'QT-DPTTH',
    'Phòng Thời sự, Đài Phát thanh - Truyền hình tỉnh',
    'tuyên truyền về phòng, chống dịch',
  ),
  collective(
    'QT-MTTQ',
    'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh',
    'vận động ủng hộ công tác phòng, chống dịch',
  ),
  collective(
    'QT-HUONGHOA',
    'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Hướng Hóa',
    'chỉ đạo, điều hành phòng, chống dịch tại địa phương có cửa khẩu',
  ),
  collective(
    'QT-GIOLINH',
    'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Gio Linh',
    'chỉ đạo, điều hành phòng, chống dịch tại địa phương',
  ),
  collective(
    'QT-DONGHA',
    'Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố Đông Hà',
    'chỉ đạo, điều hành phòng, chống dịch tại địa phương',
  ),
  collective(
    'QT-VINHLINH',
    'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Vĩnh Linh',
    'chỉ đạo, điều hành phòng, chống dịch tại địa phương',
    'forwarded',
  ),
  collective(
    'QT-DAKRONG',
    'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Đakrông',
    'chỉ đạo, điều hành phòng, chống dịch tại địa phương',
    'submitted',
  ),
  person('QT-SYT', 'Nguyễn Văn Đức', 'male', 1971, 'Phó Giám đốc', 'Sở Y tế', 'chỉ đạo công tác chuyên môn'),
  person(
    'QT-SYT',
    'Trần Thị Hường',
    'female',
    1980,
    'Trưởng khoa',
    'Trung tâm Kiểm soát bệnh tật tỉnh',
    'điều tra dịch tễ',
    'approved',
    {
      proposeHigher: true,
    },
  ),
  person(
    'QT-SYT',
    'Lê Quang Vinh',
    'male',
    1985,
    'Bác sĩ',
    'Khoa Bệnh nhiệt đới, Bệnh viện đa khoa tỉnh',
    'điều trị người bệnh',
  ),
  person(
    'QT-BCHQS',
    'Hồ Văn Dũng',
    'male',
    1976,
    'Phó Chỉ huy trưởng',
    'Bộ Chỉ huy Quân sự tỉnh',
    'tổ chức các Khu cách ly tập trung',
  ),
  person(
    'QT-BCHQS',
    'Phan Thị Thảo',
    'female',
    1988,
    'Quân y sĩ',
    'Bệnh xá Quân y',
    'chăm sóc y tế tại khu cách ly',
  ),
  person(
    'QT-BDBP',
    'Nguyễn Hữu Phước',
    'male',
    1979,
    'Đồn trưởng',
    'Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo',
    'kiểm soát biên giới',
  ),
  person(
    'QT-BDBP',
    'Võ Văn Quang',
    'male',
    1990,
    'Đội trưởng',
    'Đồn Biên phòng A Ngo',
    'tuần tra, chốt chặn đường mòn',
  ),
  person(
    'QT-CA',
    'Đặng Thị Minh Nguyệt',
    'female',
    1983,
    'Phó Trưởng phòng',
    'Phòng Cảnh sát quản lý hành chính',
    'rà soát người về từ vùng dịch',
  ),
  person(
    'QT-CA',
    'Trương Công Hiếu',
    'male',
    1987,
    'Đội trưởng',
    'Công an huyện Hướng Hóa',
    'bảo đảm an ninh khu cách ly',
  ),
  person(
    'QT-VP',
    'Lê Thị Phương Anh',
    'female',
    1984,
    'Chuyên viên',
    'Văn phòng UBND tỉnh',
    'tham mưu tổng hợp',
  ),
  person(
    'QT-STTTT',
    'Hoàng Minh Tuấn',
    'male',
    1982,
    'Trưởng phòng',
    'Sở Thông tin và Truyền thông',
    'thông tin, truyền thông về phòng, chống dịch',
  ),
  person(
    'QT-HUONGHOA',
    'Nguyễn Thị Hồng',
    'female',
    1986,
    'Trạm trưởng',
    'Trạm Y tế thị trấn Lao Bảo',
    'giám sát người nhập cảnh',
  ),
  person(
    'QT-HUONGHOA',
    'Hồ Văn Thắng',
    'male',
    1981,
    'Phó Chủ tịch',
    'UBND xã Tân Hợp',
    'chỉ đạo phòng, chống dịch tại xã',
    'rejected',
    {
      rejectReason:
        'Thành tích chưa tiêu biểu so với chỉ tiêu chung; đề nghị huyện xem xét khen thưởng theo thẩm quyền.',
    },
  ),
  person(
    'QT-GIOLINH',
    'Phạm Thị Thu Hà',
    'female',
    1989,
    'Điều dưỡng',
    'Trung tâm Y tế huyện Gio Linh',
    'chăm sóc người cách ly',
  ),
  // The same person put forward by the city as well as Sở Y tế: the board sees them flagged.
  person(
    'QT-DONGHA',
    'Nguyễn Văn Đức',
    'male',
    1971,
    'Phó Giám đốc',
    'Sở Y tế',
    'chỉ đạo công tác chuyên môn tại thành phố',
    'forwarded',
  ),
  person(
    'QT-DONGHA',
    'Lê Thị Kim Oanh',
    'female',
    1984,
    'Phó Chủ tịch',
    'UBND phường 1, thành phố Đông Hà',
    'chỉ đạo phòng, chống dịch tại phường',
    'submitted',
  ),
  {
    unit: 'QT-MTTQ',
    group: 'individual',
    kind: 'exemplar',
    name: 'Trần Văn Lợi',
    gender: 'male',
    birthYear: 1958,
    workplace: 'Thôn Tân Kim, xã Tân Hợp, huyện Hướng Hóa',
    achievement:
      'Tặng 200 bao gạo và 5.000 khẩu trang cho khu cách ly và hộ nghèo trong thời gian giãn cách xã hội.',
    outcome: 'approved',
  },
  {
    unit: 'QT-MTTQ',
    group: 'individual',
    kind: 'exemplar',
    name: 'Nguyễn Thị Lài',
    gender: 'female',
    birthYear: 1965,
    workplace: 'Khu phố 3, phường Đông Lương, thành phố Đông Hà',
    achievement: 'Vận động bà con may 3.000 khẩu trang vải phát miễn phí cho người dân.',
    outcome: 'approved',
  },
];

/** The award decision the board issued for everything approved. */
export const DEMO_DECISION = {
  docNumber: '1356',
  docDate: '2020-06-16',
} as const;

import { endOfVietnamDay, numberOutline, type Outline, type ReportContent } from '@tongket/domain';
import { BINH_DUONG_2021 } from '../modules/campaigns/index.ts';
import { type DemoCampaign, PROVINCIAL_CERTIFICATE } from './demo-campaigns.ts';

/**
 * The live round: Quảng Trị's review of this year's infectious-disease work, dated from the day the
 * demo is created so a newcomer finds, on that first day, reports already in and others due in a
 * few days, nominations open and the conference ahead. It uses the Quảng Trị demo accounts.
 */

const DAY_MS = 86_400_000;

/** The Vietnam calendar day `days` after `day` (yyyy-mm-dd). */
export function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Its number in the committee's register for the year; the seed round of 2020 was 2519. */
export const LIVE_DOC_NUMBER = '3150';

/**
 * Days from the creation day: issued three days before, the districts' quick figures due yesterday
 * (so some are overdue and can be reminded), reports due in three, nominations in seven.
 */
export const LIVE_SCHEDULE = {
  draftedOn: -5,
  issuedOn: -3,
  quickFiguresDue: -1,
  reportDue: 3,
  nominationDue: 7,
  conferenceOn: 14,
} as const;

/** What each demo account can try in the live round, as the startup banner says it. */
export const LIVE_ACCOUNT_TASKS: Record<string, string> = {
  syt: 'đôn đốc đơn vị quá hạn, duyệt báo cáo, điểm danh hội nghị',
  bchqs: 'nộp báo cáo và tham luận, đề nghị khen thưởng',
  huonghoa: 'gửi số liệu nhanh (đã quá hạn) và báo cáo, đề nghị khen thưởng',
  tdkt: 'thẩm định đề nghị khen thưởng',
  lanhdao: 'theo dõi tiến độ',
};

/** Whose report is in (and since when), who is writing, and who has not started: Bộ CHQS and Hướng Hóa are the demo accounts' to send. */
export const LIVE_REPORTS: Record<string, { state: 'accepted' | 'submitted' | 'draft'; on: number }> = {
  'QT-CA': { state: 'accepted', on: -2 },
  'QT-BDBP': { state: 'submitted', on: -1 },
  'QT-GIOLINH': { state: 'submitted', on: -1 },
  'QT-CAMLO': { state: 'draft', on: -1 },
};

/** The districts' quick figures, due yesterday: two sent on time, Hướng Hóa and Đakrông overdue. */
export const LIVE_QUICK_FIGURES: Record<string, number> = { 'QT-GIOLINH': -2, 'QT-CAMLO': -1 };
export const LIVE_DISTRICTS = ['QT-GIOLINH', 'QT-CAMLO', 'QT-HUONGHOA', 'QT-DAKRONG'];
export const LIVE_QUICK_FIGURES_TEXT =
  'Gửi số liệu nhanh về số ca mắc sốt xuất huyết, tay chân miệng và số ổ dịch đã xử lý từ đầu năm đến nay để chuẩn bị Hội nghị.';

export const LIVE_REPORT_UNITS = [
  'QT-BCHQS',
  'QT-CA',
  'QT-BDBP',
  'QT-MTTQ',
  'QT-GIOLINH',
  'QT-CAMLO',
  'QT-HUONGHOA',
  'QT-DAKRONG',
];

/** Units with a quota of Bằng khen in the live round, with the names the plan prints. */
const LIVE_QUOTA_UNITS: Record<string, string> = {
  'QT-CA': 'Công an tỉnh',
  'QT-BCHQS': 'Bộ Chỉ huy Quân sự tỉnh',
  'QT-BDBP': 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'QT-HUONGHOA': 'UBND huyện Hướng Hóa',
  'QT-GIOLINH': 'UBND huyện Gio Linh',
};

/** Nominations already sent by units that reported early; the rest of the quota stays open. */
export const LIVE_NOMINATIONS = [
  {
    unit: 'QT-CA',
    kind: 'collective' as const,
    name: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh',
    achievement:
      'Phối hợp ngành Y tế rà soát, quản lý người đến từ vùng có dịch; hỗ trợ các địa phương khoanh vùng ổ dịch sốt xuất huyết trong năm.',
  },
  {
    unit: 'QT-BDBP',
    kind: 'individual' as const,
    name: 'Trần Văn Bình',
    gender: 'male' as const,
    birthYear: 1984,
    position: 'Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo',
    achievement:
      'Chỉ đạo kiểm soát dịch bệnh tại cửa khẩu, phối hợp kiểm dịch y tế quốc tế; không để dịch bệnh truyền nhiễm xâm nhập qua biên giới.',
  },
];

export const LIVE_CONFERENCE = {
  startTime: '08:00',
  endTime: '11:30',
  venue: 'Hội trường UBND tỉnh Quảng Trị',
  chair: 'Hoàng Nam, Phó Chủ tịch UBND tỉnh',
  /** Delegates invited so far: [unit code, title, gender]. */
  delegates: [
    ['QT', 'Phó Chủ tịch UBND tỉnh', 'male'],
    ['QT-SYT', 'Giám đốc Sở Y tế', 'male'],
    ['QT-BCHQS', 'Phó Chỉ huy trưởng', 'male'],
    ['QT-CA', 'Phó Giám đốc Công an tỉnh', 'male'],
    ['QT-HUONGHOA', 'Phó Chủ tịch UBND huyện', 'female'],
    ['QT-GIOLINH', 'Phó Chủ tịch UBND huyện', 'female'],
  ] as Array<[string, string, 'male' | 'female']>,
} as const;

const p = (...sentences: string[]) => `<p>${sentences.join(' ')}</p>`;

/** A district's quick figures: a few sentences with its counts. */
export function liveQuickFigures(unitName: string, index: number): ReportContent {
  const cases = 40 + index * 17;
  return {
    sections: {},
    indicators: {},
    body: p(
      `${unitName} báo cáo nhanh: từ đầu năm đến nay trên địa bàn ghi nhận ${cases} ca mắc sốt xuất huyết, ${12 + index} ca tay chân miệng;`,
      `đã xử lý ${3 + (index % 4)} ổ dịch, không có trường hợp tử vong.`,
    ),
    topic: '',
    durationMinutes: null,
    link: '',
  };
}

/** What a unit wrote for the live round, by outline path: short, plain and about its own area. */
export function liveReportContent(
  outline: Outline,
  unitName: string,
  year: number,
  index: number,
): ReportContent {
  const area = unitName.replace(/^UBND /, '');
  const texts: Record<string, string> = {
    'I.1': p(
      `Từ đầu năm ${year} đến nay, trên địa bàn ${area} ghi nhận ${40 + index * 17} ca sốt xuất huyết, ${12 + index * 5} ca tay chân miệng, không có ca tử vong.`,
    ),
    'I.2': p(
      `${unitName} đã ban hành kế hoạch phòng, chống dịch bệnh truyền nhiễm năm ${year}, phân công thành viên Ban Chỉ đạo phụ trách từng địa bàn.`,
    ),
    'I.3': p(
      `Tổ chức ${3 + index} đợt chiến dịch diệt lăng quăng, bọ gậy; giám sát chặt chẽ các ổ dịch cũ; tuyên truyền trên hệ thống loa truyền thanh cơ sở.`,
    ),
    'II.1': p(
      'Dịch bệnh được kiểm soát, không để bùng phát trên diện rộng; sự phối hợp giữa các ngành, các cấp chặt chẽ.',
    ),
    'II.2': p(
      'Kinh phí cho công tác giám sát còn hạn chế; ý thức của một bộ phận người dân về vệ sinh môi trường chưa cao.',
    ),
    'II.3': p(
      'Phát hiện sớm, khoanh vùng và xử lý triệt để ổ dịch ngay từ ca bệnh đầu tiên là yếu tố quyết định.',
    ),
    III: p(
      `Tiếp tục giám sát chặt chẽ, chủ động phòng, chống dịch bệnh truyền nhiễm trong những tháng cuối năm ${year}.`,
    ),
    IV: p('Đề nghị tỉnh bố trí kinh phí hóa chất phun diệt muỗi cho các địa phương có ổ dịch.'),
  };
  const sections: Record<string, string> = {};
  for (const { section, path } of numberOutline(outline.sections)) {
    if (section.children.length === 0 && texts[path]) sections[section.id] = texts[path];
  }
  return { sections, indicators: {}, body: '', topic: '', durationMinutes: null, link: '' };
}

/** The live round's plan for the demo created on `today` (a Vietnam day, yyyy-mm-dd). */
export function liveDemoCampaign(today: string): DemoCampaign {
  const year = Number(today.slice(0, 4));
  const on = (days: number) => dayAfter(today, days);
  const title = `Sơ kết công tác phòng, chống dịch bệnh truyền nhiễm năm ${year}`;
  return {
    kind: 'so_ket',
    issuingUnit: 'QT',
    standingUnit: 'QT-SYT',
    name: `${title} (tỉnh Quảng Trị)`,
    draftedOn: on(LIVE_SCHEDULE.draftedOn),
    issue: { docNumber: LIVE_DOC_NUMBER, docDate: on(LIVE_SCHEDULE.issuedOn) },
    // A general interim-review outline: the one Bình Dương used in 2021 fits any disease.
    outline: { ...BINH_DUONG_2021, summary: title },
    plan: (u) => ({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      docCode: 'KH-UBND',
      place: 'Quảng Trị',
      docDate: on(LIVE_SCHEDULE.issuedOn),
      docType: 'KẾ HOẠCH',
      summary: `Sơ kết công tác phòng, chống dịch bệnh truyền nhiễm\nnăm ${year}`,
      situation: `Năm ${year}, tình hình dịch bệnh truyền nhiễm (sốt xuất huyết, tay chân miệng) trên địa bàn tỉnh diễn biến phức tạp; nhờ sự vào cuộc của các cấp, các ngành, dịch bệnh đã được kiểm soát.`,
      purpose: `Đánh giá kết quả công tác phòng, chống dịch bệnh truyền nhiễm năm ${year}, rút kinh nghiệm và biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.`,
      programme: [],
      conferenceTime: '01 buổi',
      conferenceStartsAt: null,
      venue: LIVE_CONFERENCE.venue,
      delegateGroups: [],
      expectedDelegates: 60,
      budgetLines: [],
      awardGroups: [
        {
          awardTypeId: PROVINCIAL_CERTIFICATE,
          heading: 'Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có thành tích xuất sắc',
          quotas: [
            ...Object.entries(LIVE_QUOTA_UNITS).map(([code, label]) => ({
              scope: 'unit' as const,
              nomineeKind: 'collective' as const,
              count: 1,
              unitIds: [u(code)],
              label,
              text: '01 tập thể',
            })),
            ...Object.entries(LIVE_QUOTA_UNITS).map(([code, label]) => ({
              scope: 'unit' as const,
              nomineeKind: 'individual' as const,
              count: 2,
              unitIds: [u(code)],
              label,
              text: '02 cá nhân',
            })),
          ],
        },
      ],
      nominationDeadline: endOfVietnamDay(on(LIVE_SCHEDULE.nominationDue)),
      nominationTo: 'Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh',
      nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh',
      tasks: [
        {
          kind: 'report',
          unitIds: LIVE_REPORT_UNITS.map(u),
          label: 'Các Sở, ngành, lực lượng vũ trang, đoàn thể và UBND các huyện',
          text: 'Báo cáo sơ kết công tác phòng, chống dịch bệnh truyền nhiễm của ngành, địa phương theo đề cương gửi kèm.',
        },
        {
          kind: 'speech',
          unitIds: [u('QT-BCHQS')],
          label: 'Bộ Chỉ huy Quân sự tỉnh',
          text: 'Chuẩn bị 01 tham luận tại Hội nghị.',
          topic: 'Lực lượng vũ trang tham gia phòng, chống dịch sốt xuất huyết',
        },
        {
          kind: 'other',
          unitIds: LIVE_DISTRICTS.map(u),
          label: 'UBND các huyện',
          text: LIVE_QUICK_FIGURES_TEXT,
          deadline: endOfVietnamDay(on(LIVE_SCHEDULE.quickFiguresDue)),
        },
        {
          kind: 'coordination',
          unitIds: [u('QT-SYT')],
          label: 'Sở Y tế',
          text: 'Tổng hợp báo cáo của các đơn vị, tham mưu UBND tỉnh tổ chức Hội nghị sơ kết.',
        },
      ],
      reportDeadline: endOfVietnamDay(on(LIVE_SCHEDULE.reportDue)),
      submissionTo: 'Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh',
      submissionEmail: '',
      closing:
        'Yêu cầu các Sở, ban, ngành, đoàn thể và UBND các huyện triển khai thực hiện nghiêm túc Kế hoạch này.',
      recipients: [
        { text: 'Các Sở, ban, ngành, đoàn thể tỉnh', unitIds: LIVE_REPORT_UNITS.slice(0, 4).map(u) },
        { text: 'UBND các huyện', unitIds: LIVE_REPORT_UNITS.slice(4).map(u) },
        { text: 'Lưu: VT', unitIds: [] },
      ],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    }),
  };
}

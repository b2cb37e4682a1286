import { endOfVietnamDay, type OutlineInput, type PlanPatch } from '@tongket/domain';
import { BINH_DUONG_2021, QUANG_TRI_2020 } from '../modules/campaigns/index.ts';

type UnitId = (code: string) => string;

/** The award type every quota row of both seed rounds uses. */
export const PROVINCIAL_CERTIFICATE = 'award-bk-ct-ubnd-tinh';

/** Every unit plan 2519/KH-UBND obliges to report (item 9 of "Tổ chức thực hiện"): BCĐ members. */
const QUANG_TRI_REPORTING = [
  'QT-BCHQS',
  'QT-BDBP',
  'QT-CA',
  'QT-SD968',
  'QT-DPTTH',
  'QT-MTTQ',
  'QT-TDOAN',
  'QT-HLHPN',
  'QT-LDLD',
  'QT-HND',
  'QT-HCCB',
  'QT-STTTT',
  'QT-SNV',
  'QT-STC',
  'QT-SGDDT',
  'QT-SLDTBXH',
  'QT-SCT',
  'QT-SGTVT',
  'QT-SVHTTDL',
  'QT-SNGV',
  'QT-BHXH',
  'QT-DONGHA',
  'QT-TXQT',
  'QT-VINHLINH',
  'QT-GIOLINH',
  'QT-CAMLO',
  'QT-TRIEUPHONG',
  'QT-HAILANG',
  'QT-HUONGHOA',
  'QT-DAKRONG',
  'QT-CONCO',
];

export interface DemoCampaign {
  kind: 'tong_ket' | 'so_ket';
  issuingUnit: string;
  standingUnit: string;
  name: string;
  plan: (u: UnitId) => PlanPatch;
  outline: OutlineInput;
  /** The day the standing agency started drafting the plan. */
  draftedOn: string;
  /** Issue it with this number and date; a draft otherwise. */
  issue?: { docNumber: string; docDate: string };
}

/** Seed 000: Kế hoạch 2519/KH-UBND of Quảng Trị, every sentence and list item of it. */
export const QUANG_TRI_PLAN: DemoCampaign = {
  kind: 'tong_ket',
  issuingUnit: 'QT',
  standingUnit: 'QT-SYT',
  name: 'Tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19 (2020)',
  draftedOn: '2020-06-05',
  issue: { docNumber: '2519', docDate: '2020-06-08' },
  outline: QUANG_TRI_2020,
  plan: (u) => {
    const unitRow = (
      code: string,
      label: string,
      count: number,
      text: string,
      nomineeKind = 'collective',
    ) => ({
      scope: 'unit' as const,
      nomineeKind: nomineeKind as 'collective' | 'individual' | 'exemplar',
      count,
      unitIds: [u(code)],
      label,
      text,
    });
    return {
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      docCode: 'KH-UBND',
      place: 'Quảng Trị',
      docType: 'KẾ HOẠCH',
      summary: 'Tổ chức Hội nghị tổng kết giai đoạn 1\ncông tác chống dịch COVID-19',
      situation:
        'Tính đến ngày 08/6/2020, Việt Nam đã ghi nhận 329 trường hợp mắc tại 30 tỉnh, thành phố trên toàn quốc, chưa có trường hợp tử vong do mắc COVID-19. Tỉnh Quảng Trị chưa ghi nhận trường hợp nào dương tính với SARS-CoV-2, nhưng khả năng lây nhiễm trong cộng đồng vẫn còn cao khi bước vào giai đoạn khôi phục các hoạt động xã hội và phát triển kinh tế. Nhằm đánh giá công tác phòng chống dịch trong giai đoạn 1 và chủ động phòng, chống dịch trên địa bàn tỉnh trong thời gian tới, Ban chỉ đạo phòng chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (BCĐ PCD COVID-19) tỉnh tổ chức Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19, với các nội dung sau:',
      purpose:
        'Đánh giá tình hình phòng chống dịch COVID-19 trong thời gian qua, những kết quả đã đạt được, công tác phối hợp với các ban ngành, đoàn thể, những tồn tại hạn chế, nguyên nhân và bài học kinh nghiệm; kịp thời động viên khen thưởng các tổ chức, cá nhân; rút kinh nghiệm trong công tác phòng, chống dịch trong thời gian tiếp theo.',
      programme: [
        'Tuyên bố lý do, giới thiệu đại biểu',
        'Phát biểu khai mạc',
        'Báo cáo hình ảnh (phóng sự) về công tác phòng chống dịch COVID-19',
        'Báo cáo tình hình, kết quả hoạt động công tác phòng, chống dịch COVID-19',
        'Tham luận về công tác phòng, chống dịch của các đơn vị',
        'Khen thưởng các cá nhân, tập thể có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19',
        'Bế mạc',
      ].map((text) => ({ text })),
      conferenceTime: '01 buổi, dự kiến vào giữa tháng 6 năm 2020',
      conferenceStartsAt: null,
      venue: 'Hội trường UBND tỉnh',
      delegateGroups: [
        'Đại diện Thường trực Tỉnh ủy',
        'Đại diện Thường trực HĐND tỉnh',
        'Đại diện Lãnh đạo UBND tỉnh',
        'Đại diện Ủy ban MTTQVN tỉnh và các tổ chức, đoàn thể xã hội cấp tỉnh',
        'Thành viên BCD phòng, chống dịch COVID-19 cấp tỉnh',
        'Đại diện Lãnh đạo BHXH tỉnh, Sư đoàn 968',
        'Đại diện Lãnh đạo UBND huyện, thị xã, thành phố',
        'Đại diện một số phòng, ban, đơn vị của các cơ quan: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, Bộ Chỉ huy bộ đội biên phòng, Công an tỉnh',
        'Đại diện các tập thể, cá nhân được khen thưởng',
      ].map((text) => ({ text })),
      expectedDelegates: 100,
      budgetLines: [
        {
          item: 'Kinh phí tổ chức Hội nghị',
          source: 'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế',
        },
        { item: 'Kinh phí khen thưởng', source: 'Nguồn thi đua, khen thưởng tỉnh' },
      ],
      awardGroups: [
        {
          awardTypeId: PROVINCIAL_CERTIFICATE,
          heading:
            'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đạt thành tích xuất sắc trong phòng, chống dịch COVID-19 giai đoạn 1',
          quotas: [
            unitRow('QT-SYT', 'Sở Y tế', 3, '3 tập thể'),
            unitRow('QT-BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 3, '3 tập thể'),
            unitRow('QT-BDBP', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 3, '3 tập thể'),
            unitRow('QT-CA', 'Công an tỉnh', 3, '3 tập thể'),
            unitRow('QT-VP', 'Văn phòng UBND tỉnh', 1, '1 tập thể'),
            unitRow('QT-DPTTH', 'Đài Phát thanh - Truyền hình tỉnh', 1, '1 tập thể'),
            unitRow('QT-MTTQ', 'Ủy ban MTTQ Việt Nam tỉnh', 1, '1 tập thể'),
            {
              scope: 'pool',
              nomineeKind: 'collective',
              count: 10,
              unitIds: [],
              unitKind: 'district',
              label: 'Ban Chỉ đạo các huyện, thị xã, thành phố',
              text: '10 tập thể',
            },
          ],
        },
        {
          awardTypeId: PROVINCIAL_CERTIFICATE,
          heading:
            'Bằng khen của Chủ tịch UBND tỉnh cho cá nhân đạt thành tích xuất sắc trong phòng, chống dịch COVID-19 giai đoạn 1',
          quotas: [
            unitRow('QT-SYT', 'Sở Y tế', 3, '03 cá nhân', 'individual'),
            unitRow('QT-BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 2, '02 cá nhân', 'individual'),
            unitRow('QT-BDBP', 'Bộ Chỉ huy Bộ đội biên phòng tỉnh', 2, '02 cá nhân', 'individual'),
            unitRow('QT-CA', 'Công an tỉnh', 2, '02 cá nhân', 'individual'),
            unitRow('QT-VP', 'Văn phòng UBND tỉnh', 2, '02 cá nhân', 'individual'),
            unitRow('QT-STTTT', 'Sở Thông tin và Truyền thông', 1, '01 cá nhân', 'individual'),
            {
              scope: 'each',
              nomineeKind: 'individual',
              count: 2,
              unitIds: [],
              unitKind: 'district',
              exceptUnitIds: [u('QT-CONCO')],
              label: 'Các huyện, thị xã, thành phố (trừ huyện đảo Côn Cỏ)',
              text: 'Mỗi địa phương đề xuất 02 cá nhân',
            },
            unitRow(
              'QT-MTTQ',
              'Ủy ban MTTQ Việt Nam tỉnh',
              3,
              'Đề xuất 03 điển hình trong cộng đồng',
              'exemplar',
            ),
          ],
        },
      ],
      nominationDeadline: endOfVietnamDay('2020-06-12'),
      nominationTo: 'Sở Y tế - Cơ quan thường trực BCĐ phòng, chống dịch COVID-19 tỉnh',
      nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh',
      tasks: [
        {
          kind: 'coordination',
          unitIds: [u('QT-SYT')],
          label: 'Sở Y tế',
          text: 'Đầu mối tổng hợp, báo cáo tình hình phòng, chống dịch COVID-19 giai đoạn 1; tổng hợp tham luận, nội dung, tài liệu hội nghị; tổng hợp đề xuất khen thưởng;',
        },
        {
          kind: 'speech',
          unitIds: [u('QT-BVLP')],
          label: 'Sở Y tế',
          text: 'Chỉ đạo Bệnh viện Chuyên khoa Lao và Bệnh phổi chuẩn bị 01 tham luận về công tác tiếp nhận cách ly, điều trị cho đối tượng nghi nhiễm COVID-19.',
          topic: 'Công tác tiếp nhận cách ly, điều trị cho đối tượng nghi nhiễm COVID-19',
        },
        {
          kind: 'coordination',
          unitIds: [u('QT-VP')],
          label: 'Văn phòng UBND tỉnh',
          text: 'Phối hợp với Sở Y tế triển khai kế hoạch, kiểm tra đơn đốc và tổ chức Hội nghị.',
        },
        {
          kind: 'media',
          unitIds: [u('QT-DPTTH')],
          label: 'Đài Phát thanh - Truyền hình tỉnh',
          text: 'Chủ trì, phối hợp Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh xây dựng phóng sự công tác phòng chống dịch COVID-19 tại tỉnh Quảng Trị để trình chiếu tại Hội nghị và phát sóng trên Đài Phát thanh - Truyền hình tỉnh (10-15 phút).',
          topic: 'Phóng sự công tác phòng chống dịch COVID-19 tại tỉnh Quảng Trị',
          minMinutes: 10,
          maxMinutes: 15,
        },
        {
          kind: 'speech',
          unitIds: [u('QT-BCHQS')],
          label: 'Bộ Chỉ huy Quân sự tỉnh',
          text: 'Chuẩn bị 01 tham luận về công tác tổ chức Khu cách ly tập trung.',
          topic: 'Công tác tổ chức Khu cách ly tập trung',
        },
        {
          kind: 'speech',
          unitIds: [u('QT-BDBP')],
          label: 'Bộ Chỉ huy Bộ đội biên phòng tỉnh',
          text: 'Chuẩn bị 01 tham luận về công tác phòng, chống dịch qua biên giới tại Cửa khẩu và các chốt chặn phòng chống dịch ở các đường mòn lối mở dọc biên giới Việt - Lào.',
          topic:
            'Công tác phòng, chống dịch qua biên giới tại Cửa khẩu và các chốt chặn phòng chống dịch ở các đường mòn lối mở dọc biên giới Việt - Lào',
        },
        {
          kind: 'speech',
          unitIds: [u('QT-MTTQ')],
          label: 'Ủy ban MTTQ Việt Nam tỉnh',
          text: 'Chuẩn bị 01 tham luận về huy động nguồn lực hỗ trợ cho công tác phòng, chống dịch.',
          topic: 'Huy động nguồn lực hỗ trợ cho công tác phòng, chống dịch',
        },
        {
          kind: 'speech',
          unitIds: [u('QT-HUONGHOA'), u('QT-GIOLINH')],
          label: '',
          text: 'Chuẩn bị tham luận về tổ chức, điều hành công tác phòng, chống dịch trên địa bàn huyện.',
          topic: 'Tổ chức, điều hành công tác phòng, chống dịch trên địa bàn huyện',
        },
        {
          kind: 'nomination_summary',
          unitIds: [u('QT-TDKT')],
          label: 'Ban Thi đua - Khen thưởng tỉnh',
          text: 'Tổng hợp, tham mưu UBND tỉnh khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19.',
        },
        {
          kind: 'report',
          unitIds: QUANG_TRI_REPORTING.map(u),
          label:
            'Các Sở, ban, ngành và UBND các huyện, thị xã, thành phố khác có thành viên của Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh, Sư đoàn 968',
          text: 'Báo cáo tổng kết công tác phòng, chống dịch giai đoạn 1 theo chức năng, nhiệm vụ được phân công cho ngành, địa phương mình.',
        },
      ],
      reportDeadline: endOfVietnamDay('2020-06-10'),
      submissionTo: 'Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh',
      submissionEmail: 'pnvyqt@gmail.com',
      closing: '',
      recipients: [
        { text: 'Các PCT UBND tỉnh', unitIds: [u('QT')] },
        { text: 'Thành viên BCD phòng, chống dịch COVID-19 tỉnh', unitIds: [u('QT-BCD')] },
        { text: 'UBND huyện Đakrông, Sư đoàn 968', unitIds: [u('QT-DAKRONG'), u('QT-SD968')] },
        { text: 'Lưu: VT, VX', unitIds: [] },
      ],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    };
  },
};

const BINH_DUONG_DISTRICTS = [
  'BD-TDM',
  'BD-THUANAN',
  'BD-DIAN',
  'BD-BENCAT',
  'BD-TANUYEN',
  'BD-BAUBANG',
  'BD-DAUTIENG',
  'BD-PHUGIAO',
  'BD-BACTANUYEN',
];

/**
 * The general interim-review outline with the figures a province asks of the fourth wave, so the
 * districts' and communes' numbers roll up (the seed names no indicators: these are the usual ones).
 */
const BINH_DUONG_OUTLINE: OutlineInput = {
  ...BINH_DUONG_2021,
  sections: BINH_DUONG_2021.sections.map((part, i) =>
    i !== 0
      ? part
      : {
          ...part,
          children: (part.children ?? []).map((child, j) =>
            j === 0
              ? {
                  ...child,
                  indicators: [
                    { name: 'Số ca mắc COVID-19', unit: 'ca', valueType: 'integer', aggregation: 'sum' },
                    { name: 'Số ca tử vong', unit: 'ca', valueType: 'integer', aggregation: 'sum' },
                  ],
                }
              : j === 2
                ? {
                    ...child,
                    indicators: [
                      {
                        name: 'Số mũi vắc xin đã tiêm',
                        unit: 'mũi',
                        valueType: 'integer',
                        aggregation: 'sum',
                      },
                      {
                        name: 'Tỷ lệ người từ 18 tuổi trở lên tiêm ít nhất 1 mũi',
                        unit: '%',
                        valueType: 'decimal',
                        aggregation: 'average',
                      },
                      {
                        name: 'Số khu cách ly tập trung',
                        unit: 'khu',
                        valueType: 'integer',
                        aggregation: 'sum',
                      },
                      {
                        name: 'Số giường điều trị đã thiết lập',
                        unit: 'giường',
                        valueType: 'integer',
                        aggregation: 'sum',
                      },
                      { name: 'Kinh phí đã chi', unit: 'đồng', valueType: 'money', aggregation: 'sum' },
                    ],
                  }
                : child,
          ),
        },
  ),
};

/**
 * Seed 001: the Bình Dương interim review (đợt 4, 2021) — departments and districts hold their own
 * review first (before 31/10/2021) and report upward; Sở Y tế consolidates, Sở Nội vụ guides the
 * commendation. The news item gives neither the plan's number nor its signer: both are
 * illustrative, so the demo can run the cascade (demo-cascade.ts).
 */
export const BINH_DUONG_PLAN: DemoCampaign = {
  kind: 'so_ket',
  issuingUnit: 'BD',
  standingUnit: 'BD-SYT',
  name: 'Sơ kết công tác phòng, chống dịch COVID-19 (đợt 4) trên địa bàn tỉnh Bình Dương',
  draftedOn: '2021-10-11',
  issue: { docNumber: '4865', docDate: '2021-10-12' },
  outline: BINH_DUONG_OUTLINE,
  plan: (u) => ({
    parentBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG',
    docCode: 'KH-UBND',
    place: 'Bình Dương',
    // The directive followed Công văn 8541/CV-VPB1 of 10/10/2021; the day is the clerk's to confirm.
    docDate: '2021-10-12',
    docType: 'KẾ HOẠCH',
    summary: 'Sơ kết công tác phòng, chống dịch COVID-19\ntrên địa bàn tỉnh',
    situation: [
      'Thực hiện chỉ đạo của Thường trực Tỉnh ủy và của Bộ Y tế tại Công văn số 8541/CV-VPB1 ngày 10/10/2021 về việc sơ kết công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh Bình Dương.',
      'Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các Sở, Ban, ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương thực hiện các nội dung sau:',
    ].join('\n'),
    purpose:
      'Để đánh giá kết quả công tác phòng, chống dịch COVID-19 (đợt 4) trên địa bàn tỉnh nhằm tổng hợp, rút kinh nghiệm để phát huy những mặt làm được, khắc phục những mặt hạn chế, khó khăn trong quá trình thực hiện công tác phòng, chống dịch COVID-19 và đề ra các phương hướng, giải pháp để thực hiện công tác này trong thời gian tới, đồng thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác chỉ đạo, triển khai thực hiện công tác phòng, chống dịch COVID-19 trong thời gian qua.',
    programme: [],
    conferenceTime: '',
    conferenceStartsAt: null,
    venue: '',
    delegateGroups: [],
    expectedDelegates: null,
    budgetLines: [],
    awardGroups: [],
    nominationDeadline: null,
    nominationTo: '',
    nominationReviewer: '',
    tasks: [
      {
        kind: 'report',
        unitIds: [
          'BD-CA',
          'BD-BCHQS',
          'BD-MTTQ',
          'BD-SGDDT',
          'BD-SLDTBXH',
          'BD-SNV',
          ...BINH_DUONG_DISTRICTS,
        ].map(u),
        label: 'Các Sở, Ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố',
        text: 'Chủ trì, phối hợp các cơ quan, đơn vị có liên quan khẩn trương chỉ đạo các cấp, các ngành chuẩn bị kỹ nội dung liên quan đến công tác phòng, chống dịch để tổ chức sơ kết công tác phòng, chống dịch COVID-19 của ngành, đơn vị; của cấp huyện và cấp xã nhằm đánh giá, rút kinh nghiệm về công tác này; đồng thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác chỉ đạo, triển khai thực hiện công tác phòng, chống dịch COVID-19 trong thời gian qua. Thời gian tổ chức Hội nghị sơ kết công tác phòng, chống dịch COVID-19 do cơ quan, đơn vị, địa phương (cấp xã và cấp huyện) xem xét, quyết định nhưng đảm bảo thực hiện xong trước ngày 31/10/2021. Các cấp, các ngành kịp thời tổng hợp, báo cáo kết quả Sơ kết gửi về Sở Y tế - Thường trực Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh để tổng hợp, báo cáo chuẩn bị cho Hội nghị sơ kết công tác phòng, chống dịch cấp tỉnh.',
      },
      {
        kind: 'coordination',
        unitIds: [u('BD-SYT')],
        label: 'Sở Y tế',
        text: 'Trên cơ sở báo cáo của các cơ quan, đơn vị, địa phương, Sở Y tế tổng hợp thành báo cáo chung của Ban Chỉ đạo tỉnh để phục vụ Hội nghị sơ kết của tỉnh. Báo cáo của tỉnh phải khái quát, đánh giá, nhận xét được tình hình công tác phòng chống dịch thời gian qua, những kết quả đạt được, những tồn tại, hạn chế, nguyên nhân, bài học kinh nghiệm,.. và dự báo, phương hướng công tác phòng chống dịch trong thời gian tới.',
      },
      {
        kind: 'coordination',
        unitIds: [u('BD-SYT')],
        label: 'Sở Y tế',
        text: 'Chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh tổ chức Hội nghị sơ kết công tác phòng, chống dịch COVID-19 nhằm đánh giá, rút kinh nghiệm và đề ra phương hướng, giải pháp cho công tác phòng, chống dịch COVID-19 trong thời gian tới được hiệu quả. Đồng thời đề xuất (số lượng: các tập thể, cá nhân) để biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác chỉ đạo, triển khai thực hiện công tác phòng, chống dịch COVID-19 trong thời gian qua.',
      },
      {
        kind: 'nomination_summary',
        unitIds: [u('BD-SNV')],
        label: 'Sở Nội vụ',
        text: 'Căn cứ các quy định hiện hành và tình hình thực tế công tác phòng chống dịch để hướng dẫn các đơn vị, địa phương xem xét, khen thưởng đảm bảo đúng đối tượng, đúng quy định; đồng thời tổng hợp trình UBND tỉnh khen thưởng (Bằng khen của Chủ tịch UBND tỉnh) và đề xuất UBND tỉnh trình cấp trên khen thưởng đối với các tập thể, cá nhân đủ điều kiện theo quy định.',
      },
    ],
    reportDeadline: endOfVietnamDay('2021-10-31'),
    submissionTo: 'Sở Y tế - Thường trực Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh',
    submissionEmail: 'soyte@binhduong.gov.vn',
    closing:
      'Đề nghị Thủ trưởng các Sở, Ban, ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương tổ chức Sơ kết công tác phòng, chống dịch COVID-19 nêu trên đúng thời gian quy định và đảm bảo công tác phòng chống dịch; nếu có vấn đề vướng mắc, các cơ quan, đơn vị, địa phương liên hệ Sở Y tế, Sở Nội vụ để được hướng dẫn cụ thể.',
    recipients: [
      { text: 'Thường trực Tỉnh ủy', unitIds: [u('BD-TU')] },
      { text: 'Bộ Y tế', unitIds: [] },
      { text: 'Thành viên Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh', unitIds: [u('BD-BCD')] },
      { text: 'Các Sở, Ban, ngành, đoàn thể tỉnh', unitIds: [] },
      { text: 'UBND các huyện, thị xã, thành phố', unitIds: BINH_DUONG_DISTRICTS.map(u) },
      { text: 'Lưu: VT', unitIds: [] },
    ],
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      deputy: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Lâm Quốc Thái',
    },
  }),
};

export const DEMO_CAMPAIGNS = [QUANG_TRI_PLAN, BINH_DUONG_PLAN];

import { describe, expect, it } from 'vitest';
import {
  agendaKindOf,
  agendaRange,
  attendanceOf,
  budgetTotals,
  conferenceBudgetLineInputSchema,
  conferenceInputSchema,
  conferenceTimeText,
  delegateInputSchema,
  delegateSearchKey,
  draftAgenda,
  formatVnd,
  parseCheckinCode,
  scheduleAgenda,
} from './conference.ts';
import { setLanguageSource } from './lang.ts';
import { matchesTokens, queryTokens } from './text.ts';

const item = (title: string, durationMinutes: number, startTime: string | null = null) => ({
  title,
  durationMinutes,
  startTime,
});

describe('the schedule of an agenda', () => {
  it('runs items one after another from the opening, honouring an item’s own start', () => {
    const { slots, warnings } = scheduleAgenda({
      startTime: '07:30',
      endTime: '11:30',
      items: [item('Đón tiếp đại biểu', 30), item('Khai mạc', 10), item('Báo cáo', 30, '08:30')],
    });
    expect(slots).toEqual([
      { start: '07:30', end: '08:00' },
      { start: '08:00', end: '08:10' },
      // A gap (08:10–08:30) is fine: no warning.
      { start: '08:30', end: '09:00' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('flags an item that overlaps the one before and the next follows the later end', () => {
    const { slots, warnings } = scheduleAgenda({
      startTime: '08:00',
      endTime: null,
      items: [
        item('Báo cáo tình hình', 30),
        item('Tham luận của Bộ Chỉ huy Quân sự tỉnh', 10, '08:20'),
        item('Khen thưởng', 20),
      ],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'overlap', itemIndex: 1 });
    expect(warnings[0]?.message).toContain('chồng lên mục 1');
    expect(warnings[0]?.message).toContain('08:30');
    // The third item starts when the latest-ending item ends (08:30), not at 08:30 + the overlap.
    expect(slots[2]).toEqual({ start: '08:30', end: '08:50' });
  });

  it('words the warnings in the reader’s language', () => {
    setLanguageSource(() => 'en');
    try {
      const { warnings } = scheduleAgenda({
        startTime: '08:00',
        endTime: '08:30',
        items: [item('Báo cáo tình hình', 30), item('Khen thưởng', 20, '08:20')],
      });
      expect(warnings.map((w) => w.message)).toEqual([
        'Item 2 “Khen thưởng” starts at 08:20, overlapping item 1 “Báo cáo tình hình” (until 08:30).',
        'Item 2 “Khen thưởng” ends at 08:40, after the conference’s closing time (08:30).',
      ]);
      expect(
        scheduleAgenda({ startTime: null, endTime: null, items: [item('Khai mạc', 10)] }).warnings[0]
          ?.message,
      ).toMatch(/^The conference \(or its first item\) has no start time yet/);
    } finally {
      setLanguageSource(() => 'vi');
    }
  });

  it('flags items past the closing time, before the opening, and past midnight', () => {
    const past = scheduleAgenda({
      startTime: '07:30',
      endTime: '08:00',
      items: [item('Khai mạc', 20), item('Bế mạc', 15)],
    });
    expect(past.warnings.map((w) => w.code)).toEqual(['past_end']);
    expect(past.warnings[0]?.message).toBe(
      'Mục 2 “Bế mạc” kết thúc lúc 08:05, quá giờ kết thúc hội nghị (08:00).',
    );
    const early = scheduleAgenda({
      startTime: '08:00',
      endTime: null,
      items: [item('Đón tiếp', 30, '07:30')],
    });
    expect(early.warnings.map((w) => w.code)).toEqual(['before_start']);
    const late = scheduleAgenda({ startTime: '23:30', endTime: null, items: [item('Liên hoan', 60)] });
    expect(late.warnings.map((w) => w.code)).toEqual(['past_midnight']);
  });

  it('says once that times cannot be worked out while the opening is unknown', () => {
    const { slots, warnings } = scheduleAgenda({
      startTime: null,
      endTime: null,
      items: [item('Khai mạc', 10), item('Báo cáo', 30)],
    });
    expect(slots).toEqual([
      { start: null, end: null },
      { start: null, end: null },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['no_start']);
  });

  it('prints a slot as programmes do', () => {
    expect(agendaRange('07:30', '08:00')).toBe('07h30 - 08h00');
    expect(agendaRange('07:30', null)).toBe('07h30');
    expect(agendaRange(null, null)).toBe('');
  });
});

describe('the conference as saved', () => {
  const base = {
    version: 0,
    title: 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
    date: '2020-06-18',
    startTime: '7:30',
    endTime: '11:30',
    tentative: false,
    venue: 'Hội trường UBND tỉnh',
    expectedDelegates: 100,
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      deputy: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Hoàng Nam',
    },
    agenda: [{ kind: 'opening', title: 'Khai mạc', durationMinutes: 10 }],
  };

  it('accepts a fixed date and pads an hour typed without its zero', () => {
    const parsed = conferenceInputSchema.parse(base);
    expect(parsed.startTime).toBe('07:30');
    expect(parsed.invitationCode).toBe('GM-UBND');
    expect(parsed.agenda[0]).toMatchObject({ startTime: null, presenterUnitId: null, assignmentId: null });
  });

  it('refuses an end before the start and a fixed time without a date', () => {
    const backwards = conferenceInputSchema.safeParse({ ...base, endTime: '07:00' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.message).toBe('Giờ kết thúc phải sau giờ bắt đầu');
    const undated = conferenceInputSchema.safeParse({ ...base, date: null });
    expect(undated.error?.issues[0]?.message).toBe('Chưa có ngày và giờ bắt đầu thì chỉ ghi được là dự kiến');
    // Tentative, it may stay undated.
    expect(conferenceInputSchema.safeParse({ ...base, date: null, tentative: true }).success).toBe(true);
  });

  it('refuses an agenda item without a length or with a wrong time, in Vietnamese', () => {
    const bad = conferenceInputSchema.safeParse({
      ...base,
      agenda: [{ kind: 'speech', title: 'Tham luận', durationMinutes: 0, startTime: '25:00' }],
    });
    const messages = bad.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Thời lượng ít nhất 1 phút');
    expect(messages).toContain('Giờ không hợp lệ (cần dạng HH:MM, ví dụ 07:30)');
  });

  it('writes the time as an invitation does, with the weekday, and says when it is tentative', () => {
    expect(
      conferenceTimeText({ date: '2020-06-18', startTime: '07:30', tentative: false, timeNote: '' }),
    ).toBe('07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020');
    expect(
      conferenceTimeText({ date: '2021-01-04', startTime: '14:00', tentative: true, timeNote: '' }),
    ).toBe('14 giờ, thứ Hai, ngày 04 tháng 01 năm 2021 (dự kiến)');
    expect(
      conferenceTimeText({
        date: null,
        startTime: null,
        tentative: true,
        timeNote: '01 buổi, dự kiến vào giữa tháng 6 năm 2020',
      }),
    ).toBe('01 buổi, dự kiến vào giữa tháng 6 năm 2020');
  });
});

describe('a first agenda from the plan’s programme', () => {
  const programme = [
    'Tuyên bố lý do, giới thiệu đại biểu',
    'Phát biểu khai mạc',
    'Báo cáo hình ảnh (phóng sự) về công tác phòng chống dịch COVID-19',
    'Báo cáo tình hình, kết quả hoạt động công tác phòng, chống dịch COVID-19',
    'Tham luận về công tác phòng, chống dịch của các đơn vị',
    'Khen thưởng các cá nhân, tập thể có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19',
    'Bế mạc',
  ].map((text) => ({ text }));

  it('knows each line of seed 000’s programme', () => {
    expect(programme.map((p) => agendaKindOf(p.text))).toEqual([
      'opening',
      'opening',
      'documentary',
      'report',
      'speech',
      'awards',
      'closing',
    ]);
  });

  it('drops the accepted documentary and speeches in where the programme names them', () => {
    const agenda = draftAgenda(programme, [
      {
        assignmentId: 'a-film',
        kind: 'documentary',
        unitId: 'dptth',
        title: 'Phóng sự công tác phòng chống dịch COVID-19 tại tỉnh Quảng Trị',
        durationMinutes: 13,
      },
      {
        assignmentId: 'a-lao',
        kind: 'speech',
        unitId: 'bvlp',
        title: 'Tham luận: Công tác tiếp nhận cách ly',
        durationMinutes: 7,
      },
      {
        assignmentId: 'a-qs',
        kind: 'speech',
        unitId: 'bchqs',
        title: 'Tham luận: Khu cách ly tập trung',
        durationMinutes: 10,
      },
    ]);
    expect(agenda.map((a) => a.assignmentId)).toEqual([
      null,
      null,
      'a-film',
      null,
      'a-lao',
      'a-qs',
      null,
      null,
    ]);
    expect(agenda[2]).toMatchObject({ kind: 'documentary', durationMinutes: 13, presenterUnitId: 'dptth' });
    expect(agenda.at(-1)).toMatchObject({ kind: 'closing', title: 'Bế mạc' });
  });

  it('keeps the programme’s own line when nothing has been accepted yet', () => {
    const agenda = draftAgenda(programme, []);
    expect(agenda).toHaveLength(7);
    expect(agenda[4]).toMatchObject({
      kind: 'speech',
      title: 'Tham luận về công tác phòng, chống dịch của các đơn vị',
    });
  });
});

describe('delegates', () => {
  it('normalises the phone and the e-mail, refuses what is not one', () => {
    const d = delegateInputSchema.parse({
      name: '  Nguyễn Văn An ',
      email: 'An.NV@QuangTri.gov.vn',
      phone: '0912 345 678',
    });
    expect(d).toMatchObject({ name: 'Nguyễn Văn An', email: 'an.nv@quangtri.gov.vn', phone: '0912345678' });
    const bad = delegateInputSchema.safeParse({ name: '', email: 'khong-phai-thu', phone: '12' });
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual([
      'Chưa ghi họ và tên đại biểu',
      'Số điện thoại không hợp lệ (8–15 chữ số)',
      'Địa chỉ thư điện tử không hợp lệ',
    ]);
  });

  it('is found by name without diacritics, by initials and by unit', () => {
    const key = delegateSearchKey({
      name: 'Lê Thị Hồng Nhung',
      unitName: 'Sở Y tế',
      title: 'Phó Giám đốc',
      phone: '0912345678',
    });
    expect(matchesTokens(key, queryTokens('hong nhung'))).toBe(true);
    expect(matchesTokens(key, queryTokens('so y te'))).toBe(true);
    expect(matchesTokens(key, queryTokens('lthn'))).toBe(true);
    expect(matchesTokens(key, queryTokens('hung'))).toBe(false);
  });

  it('reads a check-in code however it is typed, and nothing else', () => {
    expect(parseCheckinCode(' 42-7k3m9x2pqr ')).toEqual({ number: 42, mac: '7K3M9X2PQR' });
    // Letters that look like digits are read as the digits.
    expect(parseCheckinCode('7-O0IL000000')).toEqual({ number: 7, mac: '0011000000' });
    expect(parseCheckinCode('TONGKET:7-ABCDEFGHJK')).toEqual({ number: 7, mac: 'ABCDEFGHJK' });
    expect(parseCheckinCode('42-7K3M')).toBeNull();
    expect(parseCheckinCode("42-7K3M9X2PQR' OR 1=1")).toBeNull();
    expect(parseCheckinCode('42-UUUUUUUUUU')).toBeNull();
  });

  it('counts attendance by group, expected against actual, others last', () => {
    const groups = [
      { id: 'tu', text: 'Đại diện Thường trực Tỉnh ủy', expected: 2 },
      { id: 'huyen', text: 'Đại diện Lãnh đạo UBND huyện, thị xã, thành phố', expected: 10 },
    ];
    const d = (
      groupId: string | null,
      rsvp: 'pending' | 'accepted' | 'declined',
      checkedInAt: string | null,
    ) => ({
      groupId,
      rsvpStatus: rsvp,
      invitedAt: '2020-06-15T01:00:00Z',
      checkedInAt,
    });
    const a = attendanceOf(
      groups,
      [
        d('tu', 'accepted', '2020-06-18T00:35:00Z'),
        d('tu', 'declined', null),
        d('huyen', 'accepted', '2020-06-18T00:41:00Z'),
        d('huyen', 'pending', null),
        d('gone', 'accepted', null),
      ],
      100,
    );
    expect(a).toMatchObject({ expected: 100, listed: 5, accepted: 3, declined: 1, pending: 1, checkedIn: 2 });
    expect(a.lastCheckInAt).toBe('2020-06-18T00:41:00Z');
    expect(a.groups.map((g) => [g.text, g.listed, g.checkedIn])).toEqual([
      ['Đại diện Thường trực Tỉnh ủy', 2, 1],
      ['Đại diện Lãnh đạo UBND huyện, thị xã, thành phố', 2, 1],
      ['Đại biểu khác', 1, 0],
    ]);
  });
});

describe('the budget', () => {
  it('totals planned and actual amounts by funding source', () => {
    const lines = [
      {
        source: 'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế',
        planned: 25_000_000,
        actual: 23_450_000,
      },
      {
        source: 'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế',
        planned: 5_000_000,
        actual: null,
      },
      { source: 'Nguồn thi đua, khen thưởng tỉnh', planned: 60_000_000, actual: 58_500_000 },
    ];
    const { totals, bySource } = budgetTotals(lines);
    expect(totals).toEqual({ planned: 90_000_000, actual: 81_950_000 });
    expect(bySource).toEqual([
      { source: lines[0]?.source, planned: 30_000_000, actual: 23_450_000 },
      { source: 'Nguồn thi đua, khen thưởng tỉnh', planned: 60_000_000, actual: 58_500_000 },
    ]);
    expect(formatVnd(81_950_000)).toBe('81.950.000');
  });

  it('takes whole đồng only, never negative', () => {
    const messages = (planned: number) =>
      conferenceBudgetLineInputSchema
        .safeParse({ item: 'Hoa, khánh tiết', planned })
        .error?.issues.map((i) => i.message);
    expect(messages(-1)).toEqual(['Dự toán không được âm']);
    expect(messages(1.5)).toEqual(['Dự toán tính bằng đồng, không có phần lẻ']);
    expect(
      conferenceBudgetLineInputSchema.parse({ item: 'Hoa, khánh tiết', planned: 2_000_000 }).actual,
    ).toBeNull();
  });
});

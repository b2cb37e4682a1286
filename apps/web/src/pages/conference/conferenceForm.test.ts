import type { AgendaItem, Conference, SpeechCandidate } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import {
  type AgendaRow,
  type ConferenceForm,
  candidateRow,
  conferenceErrorPath,
  conferenceToForm,
  emptyAgendaRow,
  type FormMessages,
  formToInput,
  insertCandidate,
  isInlineConferencePath,
  isoToVn,
  sameInput,
  serverErrors,
  validateConference,
  warningsByRow,
} from './conferenceForm.ts';

const item = (id: string, over: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  kind: 'other',
  title: `Mục ${id}`,
  startTime: null,
  durationMinutes: 10,
  presenterUnitId: null,
  presenterUnitName: '',
  presenterName: '',
  assignmentId: null,
  note: '',
  scheduledStart: null,
  scheduledEnd: null,
  ...over,
});

const conference = (over: Partial<Conference> = {}): Conference => ({
  campaignId: 'c1',
  saved: true,
  version: 4,
  title: 'Hội nghị tổng kết công tác phòng, chống dịch',
  date: '2020-06-18',
  startTime: '07:30',
  endTime: '11:30',
  tentative: false,
  timeNote: '',
  startsAt: null,
  endsAt: null,
  timeText: '',
  venue: 'Hội trường UBND tỉnh',
  chair: '',
  expectedDelegates: 150,
  groups: [
    { id: 'g1', text: 'Đại biểu Trung ương', expected: 10 },
    { id: 'g2', text: 'Đại biểu tỉnh', expected: null },
  ],
  invitationNumber: '',
  invitationCode: '',
  invitationDate: null,
  invitationContent: '',
  invitationReleased: false,
  invitationChangedSinceRelease: false,
  signature: { authority: '', deputy: '', title: '', name: '' },
  agenda: [
    item('open', { kind: 'opening', title: 'Khai mạc', startTime: '07:30', durationMinutes: 15 }),
    item('report', { kind: 'report', title: 'Báo cáo tổng kết', durationMinutes: 30 }),
    item('awards', { kind: 'awards', title: 'Khen thưởng', durationMinutes: 20 }),
    item('close', { kind: 'closing', title: 'Bế mạc', durationMinutes: 10 }),
  ],
  warnings: [],
  currentItemId: null,
  candidates: [],
  canManage: true,
  updatedAt: null,
  ...over,
});

const messages: FormMessages = {
  required: 'Bắt buộc',
  date: 'Ngày không hợp lệ',
  clock: 'Giờ không hợp lệ',
  endBeforeStart: 'Giờ kết thúc phải sau giờ bắt đầu',
  tentativeNeedsDate: 'Cần ngày và giờ',
  itemTitle: 'Nhập nội dung',
  duration: 'Thời lượng 1–600 phút',
};

describe('conferenceToForm and formToInput', () => {
  it('shows dates dd/mm/yyyy and blanks for what is not set', () => {
    expect(isoToVn('2020-06-18')).toBe('18/06/2020');
    expect(isoToVn(null)).toBe('');
    const form = conferenceToForm(conference({ startTime: null, expectedDelegates: null }));
    expect(form).toMatchObject({
      date: '18/06/2020',
      startTime: '',
      expectedDelegates: '',
      invitationDate: '',
    });
    expect(form.groupTargets).toEqual({ g1: 10, g2: '' });
  });

  it('saves back what it loaded, with the version the copy came from', () => {
    const input = formToInput(conferenceToForm(conference()), 4);
    expect(input).toMatchObject({
      version: 4,
      date: '2020-06-18',
      startTime: '07:30',
      endTime: '11:30',
      expectedDelegates: 150,
      groupTargets: [{ groupId: 'g1', expected: 10 }],
    });
    expect(input.agenda?.map((a) => [a.id, a.kind, a.startTime, a.durationMinutes])).toEqual([
      ['open', 'opening', '07:30', 15],
      ['report', 'report', null, 30],
      ['awards', 'awards', null, 20],
      ['close', 'closing', null, 10],
    ]);
  });

  it('reads "7:30" as 07:30, sends blanks as null and a new row without an id', () => {
    const form: ConferenceForm = {
      ...conferenceToForm(conference()),
      date: ' ',
      startTime: '7:30',
      endTime: '',
      invitationDate: '16/06/2020',
      expectedDelegates: '',
      agenda: [{ ...emptyAgendaRow(), title: 'Giải lao', startTime: ' 9:05 ', durationMinutes: '' }],
    };
    const input = formToInput(form, 1);
    expect(input).toMatchObject({
      date: null,
      startTime: '07:30',
      endTime: null,
      invitationDate: '2020-06-16',
      expectedDelegates: null,
    });
    expect(input.agenda?.[0]).not.toHaveProperty('id');
    expect(input.agenda?.[0]).toMatchObject({ startTime: '09:05', durationMinutes: 0 });
  });
});

describe('sameInput: what the server would keep', () => {
  const input = formToInput(conferenceToForm(conference()), 4);

  it('sees no change in text typed with spaces around it or decomposed (NFD)', () => {
    const form = conferenceToForm(conference());
    const retyped = formToInput(
      { ...form, title: ` ${form.title.normalize('NFD')}  `, venue: `${form.venue} ` },
      4,
    );
    expect(retyped.title).not.toBe(input.title);
    expect(sameInput(retyped, input)).toBe(true);
  });

  it('sees a real change', () => {
    const form = conferenceToForm(conference());
    expect(sameInput(formToInput({ ...form, venue: 'Hội trường B' }, 4), input)).toBe(false);
    expect(sameInput(formToInput({ ...form, tentative: true }, 4), input)).toBe(false);
  });
});

describe('insertCandidate: where a speech or the documentary lands in the agenda', () => {
  const rows = conferenceToForm(conference()).agenda;
  const speech = (id: string): SpeechCandidate => ({
    assignmentId: `as-${id}`,
    kind: 'speech',
    unitId: `unit-${id}`,
    unitName: 'Bộ Chỉ huy Quân sự tỉnh',
    topic: 'Vai trò của lực lượng vũ trang',
    title: `Tham luận ${id}`,
    durationMinutes: 7,
    status: 'accepted',
    inAgenda: false,
  });

  it('takes the candidate’s title, length, unit and assignment', () => {
    expect(candidateRow(speech('1'))).toMatchObject({
      id: null,
      kind: 'speech',
      title: 'Tham luận 1',
      durationMinutes: 7,
      presenterUnitId: 'unit-1',
      assignmentId: 'as-1',
    });
  });

  it('puts the first speech before the awards, the next after the last speech', () => {
    const one = insertCandidate(rows, candidateRow(speech('1')));
    expect(one.map((r) => r.title)).toEqual([
      'Khai mạc',
      'Báo cáo tổng kết',
      'Tham luận 1',
      'Khen thưởng',
      'Bế mạc',
    ]);
    const two = insertCandidate(one, candidateRow(speech('2')));
    expect(two.map((r) => r.title)).toEqual([
      'Khai mạc',
      'Báo cáo tổng kết',
      'Tham luận 1',
      'Tham luận 2',
      'Khen thưởng',
      'Bế mạc',
    ]);
    const three = insertCandidate(two, candidateRow(speech('3')));
    expect(three.map((r) => r.title).slice(2, 5)).toEqual(['Tham luận 1', 'Tham luận 2', 'Tham luận 3']);
  });

  it('goes before the closing when there are no awards, and at the end when there is neither', () => {
    const noAwards = rows.filter((r) => r.kind !== 'awards');
    expect(insertCandidate(noAwards, candidateRow(speech('1'))).map((r) => r.kind)).toEqual([
      'opening',
      'report',
      'speech',
      'closing',
    ]);
    const plain: AgendaRow[] = rows.slice(0, 2);
    expect(insertCandidate(plain, candidateRow(speech('1'))).map((r) => r.kind)).toEqual([
      'opening',
      'report',
      'speech',
    ]);
    expect(insertCandidate([], candidateRow(speech('1')))).toHaveLength(1);
  });
});

describe('validateConference', () => {
  const valid = conferenceToForm(conference());

  it('accepts the saved conference', () => {
    expect(validateConference(valid, messages)).toEqual({});
  });

  it('names each problem under the server’s path', () => {
    const form: ConferenceForm = {
      ...valid,
      title: ' ',
      date: '31/06/2020',
      invitationDate: '2020-06-16',
      startTime: '7h30',
      endTime: '25:00',
      agenda: [
        { ...emptyAgendaRow(), title: '', durationMinutes: 0 },
        { ...emptyAgendaRow(), title: 'Giải lao', startTime: '9:75', durationMinutes: 601 },
        { ...emptyAgendaRow(), title: 'Phát biểu', durationMinutes: 2.5 },
        { ...emptyAgendaRow(), title: 'Bế mạc', durationMinutes: '' },
        { ...emptyAgendaRow(), title: 'Ngắn nhất', durationMinutes: 1 },
        { ...emptyAgendaRow(), title: 'Dài nhất', durationMinutes: 600 },
      ],
    };
    expect(validateConference(form, messages)).toEqual({
      title: 'Bắt buộc',
      date: 'Ngày không hợp lệ',
      invitationDate: 'Ngày không hợp lệ',
      startTime: 'Giờ không hợp lệ',
      endTime: 'Giờ không hợp lệ',
      'agenda.0.title': 'Nhập nội dung',
      'agenda.0.durationMinutes': 'Thời lượng 1–600 phút',
      'agenda.1.startTime': 'Giờ không hợp lệ',
      'agenda.1.durationMinutes': 'Thời lượng 1–600 phút',
      'agenda.2.durationMinutes': 'Thời lượng 1–600 phút',
      'agenda.3.durationMinutes': 'Thời lượng 1–600 phút',
    });
  });

  it('wants the end after the start, comparing "7:30" as 07:30', () => {
    expect(validateConference({ ...valid, startTime: '9:00', endTime: '09:00' }, messages)).toEqual({
      endTime: 'Giờ kết thúc phải sau giờ bắt đầu',
    });
    expect(
      validateConference({ ...valid, startTime: '9:00', endTime: '08:59' }, messages).endTime,
    ).toBeDefined();
    // "10:00" sorts before "9:00" as text; as times it is later.
    expect(validateConference({ ...valid, startTime: '9:00', endTime: '10:00' }, messages)).toEqual({});
  });

  it('needs a day and a start time before the date is marked final', () => {
    expect(validateConference({ ...valid, date: '' }, messages)).toEqual({ tentative: 'Cần ngày và giờ' });
    expect(validateConference({ ...valid, startTime: '' }, messages)).toEqual({
      tentative: 'Cần ngày và giờ',
    });
    expect(validateConference({ ...valid, date: '', startTime: '', tentative: true }, messages)).toEqual({});
  });
});

describe('server errors', () => {
  it.each([
    ['/agenda/2/title', 'agenda.2.title'],
    ['body.agenda.2.title', 'agenda.2.title'],
    ['body/title', 'title'],
    ['startTime', 'startTime'],
  ])('%s → %s', (field, path) => {
    expect(conferenceErrorPath(field)).toBe(path);
  });

  it('keeps the first message for a path', () => {
    expect(
      serverErrors([
        { field: '/agenda/0/title', message: 'Thứ nhất' },
        { field: 'body.agenda.0.title', message: 'Thứ hai' },
        { field: 'venue', message: 'Quá dài' },
      ]),
    ).toEqual({ 'agenda.0.title': 'Thứ nhất', venue: 'Quá dài' });
  });

  it.each([
    ['title', true],
    ['invitationDate', true],
    ['agenda.3.durationMinutes', true],
    ['agenda.3.kind', false],
    ['agenda', false],
    ['groupTargets.0.expected', false],
  ])('%s shown beside its input: %s', (path, inline) => {
    expect(isInlineConferencePath(path)).toBe(inline);
  });
});

describe('warningsByRow', () => {
  const saved = conference({
    agenda: [
      item('open', { title: 'Khai mạc', startTime: '07:30', durationMinutes: 15 }),
      item('speech', { kind: 'speech', title: 'Tham luận', durationMinutes: 30, assignmentId: 'as-1' }),
    ],
    warnings: [
      { code: 'not_accepted', itemIndex: 1, message: 'Tham luận chưa được tiếp nhận.' },
      { code: 'past_end', itemIndex: 1, message: 'Quá giờ (máy chủ).' },
      { code: 'no_start', itemIndex: null, message: 'Chưa có giờ bắt đầu.' },
    ],
  });

  it('shows the server’s warnings as sent while the form is what was saved', () => {
    const out = warningsByRow(conferenceToForm(saved), saved, false);
    expect([...out.keys()]).toEqual(['speech', '']);
    expect(out.get('speech')?.map((w) => w.code)).toEqual(['not_accepted', 'past_end']);
  });

  it('recomputes the schedule once edited, keeping the server’s other warnings with their item', () => {
    const form = conferenceToForm(saved);
    // A new item at the top that starts before the opening; the speech now runs past 11:30.
    form.agenda = [
      { ...emptyAgendaRow(), key: 'early', title: 'Đón đại biểu', startTime: '07:00', durationMinutes: 20 },
      ...form.agenda.map((r) => (r.key === 'speech' ? { ...r, durationMinutes: 240 } : r)),
    ];
    const out = warningsByRow(form, saved, true);
    expect(out.get('early')?.map((w) => w.code)).toEqual(['before_start']);
    expect(out.get('speech')?.map((w) => w.code)).toEqual(['past_end', 'not_accepted']);
    // The schedule now has a start: the server's "no start" is gone.
    expect(out.has('')).toBe(false);
  });

  it('drops a server warning whose item was removed', () => {
    const form = conferenceToForm(saved);
    form.agenda = form.agenda.filter((r) => r.key !== 'speech');
    expect(warningsByRow(form, saved, true).get('speech')).toBeUndefined();
  });
});

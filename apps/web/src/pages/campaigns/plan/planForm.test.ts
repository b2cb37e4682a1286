import type { Plan } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { inTimeZone, ZONES } from '../../../testing/timeZone.ts';
import {
  changedFields,
  deadlineToText,
  errorPathsOf,
  formToOutput,
  hasChanges,
  isInlinePath,
  isoDateToText,
  isValidClock,
  type PlanForm,
  planErrorPath,
  planToForm,
  rebaseForm,
  textToDeadline,
  validatePlanForm,
} from './planForm.ts';

const plan: Plan = {
  parentBody: 'UBND TỈNH QUẢNG TRỊ',
  issuingBody: 'SỞ Y TẾ',
  docNumber: '123',
  docCode: 'KH-SYT',
  place: 'Quảng Trị',
  docDate: '2020-06-08',
  docType: 'KẾ HOẠCH',
  summary: 'Tổng kết công tác phòng, chống dịch Covid-19',
  situation: '',
  purpose: '',
  programme: [{ id: 'p1', text: 'Khai mạc' }],
  conferenceTime: '',
  // 00:30 on 18 June in Vietnam: still 17 June in UTC.
  conferenceStartsAt: '2020-06-17T17:30:00.000Z',
  venue: 'Hội trường UBND tỉnh',
  delegateGroups: [],
  expectedDelegates: 150,
  budgetLines: [],
  awardGroups: [
    {
      id: 'g1',
      awardTypeId: 'bang-khen',
      heading: 'Bằng khen của Chủ tịch UBND tỉnh',
      quotas: [
        {
          id: 'q1',
          scope: 'unit',
          nomineeKind: 'collective',
          count: 2,
          unitIds: ['u1'],
          unitKind: null,
          exceptUnitIds: [],
          label: '',
          text: '',
        },
      ],
    },
  ],
  nominationDeadline: '2020-06-10T16:59:59.000Z',
  nominationTo: '',
  nominationReviewer: '',
  tasks: [
    {
      id: 't1',
      kind: 'report',
      unitIds: ['u1', 'u2'],
      label: '',
      text: 'Báo cáo tổng kết',
      topic: '',
      deadline: null,
      minMinutes: null,
      maxMinutes: null,
    },
  ],
  reportDeadline: '2020-06-15T16:59:59.000Z',
  submissionTo: '',
  submissionEmail: 'vanthu@syt.quangtri.gov.vn',
  signedReports: false,
  closing: '',
  recipients: [],
  signature: { authority: 'KT. GIÁM ĐỐC', deputy: 'PHÓ GIÁM ĐỐC', title: '', name: 'Nguyễn Văn A' },
};

const campaign = { name: 'Tổng kết 2020', kind: 'tong_ket' as const, plan };

describe('dates and times as typed', () => {
  it('writes a calendar date dd/mm/yyyy', () => {
    expect(isoDateToText('2020-06-08')).toBe('08/06/2020');
    expect(isoDateToText(null)).toBe('');
    expect(isoDateToText('')).toBe('');
  });

  it.each([
    ['2020-06-10T16:59:59.000Z', '10/06/2020'],
    // Midnight in Vietnam is 17:00 UTC the day before: the day shown is Vietnam's.
    ['2020-06-10T17:00:00.000Z', '11/06/2020'],
    ['2020-12-31T17:00:00.000Z', '01/01/2021'],
    ['2020-06-10T00:00:00+07:00', '10/06/2020'],
  ])('shows the instant %s as the day %s in Vietnam', (instant, text) => {
    for (const zone of ZONES) inTimeZone(zone, () => expect(deadlineToText(instant)).toBe(text));
  });

  it('reads a typed deadline as the last second of that day in Vietnam', () => {
    expect(textToDeadline('10/06/2020')).toBe('2020-06-10T23:59:59+07:00');
    expect(new Date(textToDeadline('10/06/2020') as string).toISOString()).toBe('2020-06-10T16:59:59.000Z');
    expect(textToDeadline(' 01/01/2021 ')).toBe('2021-01-01T23:59:59+07:00');
    // Blank: no deadline; unreadable: undefined, which the form reports before sending.
    expect(textToDeadline('  ')).toBeNull();
    expect(textToDeadline('31/06/2020')).toBeUndefined();
    expect(textToDeadline('10/6/2020')).toBeUndefined();
  });

  it.each([
    ['07:30', true],
    ['7:30', true],
    [' 08:00 ', true],
    ['00:00', true],
    ['23:59', true],
    ['24:00', false],
    ['12:60', false],
    ['7:5', false],
    ['0730', false],
    ['7h30', false],
    ['', false],
  ])('isValidClock(%j) → %s', (text, valid) => {
    expect(isValidClock(text)).toBe(valid);
  });
});

describe('planToForm and formToOutput', () => {
  it('splits the conference start into the day and time in Vietnam, and joins them back to the same instant', () => {
    for (const zone of ZONES) {
      inTimeZone(zone, () => {
        const form = planToForm(campaign);
        expect([form.conferenceDate, form.conferenceClock]).toEqual(['18/06/2020', '00:30']);
        const start = formToOutput(form).plan.conferenceStartsAt as string;
        expect(start).toBe('2020-06-18T00:30:00+07:00');
        expect(new Date(start).toISOString()).toBe(plan.conferenceStartsAt);
      });
    }
  });

  it('saves back what it loaded: deadlines at the same instants, rows with their ids', () => {
    const out = formToOutput(planToForm(campaign));
    expect(out.name).toBe('Tổng kết 2020');
    expect(out.plan.docDate).toBe('2020-06-08');
    for (const field of ['nominationDeadline', 'reportDeadline'] as const) {
      expect(new Date(out.plan[field] as string).toISOString()).toBe(plan[field]);
    }
    expect(out.plan.programme).toEqual([{ id: 'p1', text: 'Khai mạc' }]);
    expect(out.plan.awardGroups[0]?.quotas?.[0]).toEqual(plan.awardGroups[0]?.quotas[0]);
    expect(out.plan.tasks[0]).toEqual(plan.tasks[0]);
    expect(out.plan.expectedDelegates).toBe(150);
  });

  it('sends blanks as the API takes them and new rows without an id', () => {
    const form: PlanForm = {
      ...planToForm(campaign),
      docNumber: ' 45 ',
      docDate: '',
      conferenceDate: '18/06/2020',
      conferenceClock: '7:05',
      expectedDelegates: '',
      submissionEmail: '  vanthu@syt.vn ',
      programme: [{ key: 'new-99', text: 'Bế mạc' }],
      tasks: [
        {
          key: 'new-100',
          kind: 'speech',
          unitIds: [],
          label: '',
          text: '',
          topic: '',
          deadline: '31/02/2020',
          minMinutes: '',
          maxMinutes: 15,
        },
      ],
    };
    const out = formToOutput(form).plan;
    expect(out.docNumber).toBe('45');
    expect(out.docDate).toBeNull();
    expect(out.conferenceStartsAt).toBe('2020-06-18T07:05:00+07:00');
    expect(out.expectedDelegates).toBeNull();
    expect(out.submissionEmail).toBe('vanthu@syt.vn');
    expect(out.programme).toEqual([{ text: 'Bế mạc' }]);
    expect(out.tasks[0]).not.toHaveProperty('id');
    expect(out.tasks[0]).not.toHaveProperty('key');
    expect(out.tasks[0]).toMatchObject({ deadline: null, minMinutes: null, maxMinutes: 15 });
  });

  it('starts the conference at midnight when no time is given, and has no start without a day', () => {
    const form = planToForm(campaign);
    expect(formToOutput({ ...form, conferenceClock: '' }).plan.conferenceStartsAt).toBe(
      '2020-06-18T00:00:00+07:00',
    );
    expect(formToOutput({ ...form, conferenceDate: '' }).plan.conferenceStartsAt).toBeNull();
  });

  it('counts a quota left blank as zero', () => {
    const form = planToForm(campaign);
    const group = form.awardGroups[0];
    if (!group?.quotas[0]) throw new Error('fixture');
    const blank = {
      ...form,
      awardGroups: [{ ...group, quotas: [{ ...group.quotas[0], count: '' as const }] }],
    };
    expect(formToOutput(blank).plan.awardGroups[0]?.quotas?.[0]?.count).toBe(0);
  });
});

describe('changedFields and rebaseForm', () => {
  const base = formToOutput(planToForm(campaign));

  it('finds nothing changed in the form it loaded', () => {
    const changes = changedFields(formToOutput(planToForm(campaign)), base);
    expect(changes).toEqual({ name: false, kind: false, fields: [] });
    expect(hasChanges(changes)).toBe(false);
  });

  it('names each top-level field that differs; a time change is a change of the start', () => {
    const form = { ...planToForm(campaign), name: 'Sơ kết', conferenceClock: '08:00', venue: 'Hội trường B' };
    const changes = changedFields(formToOutput(form), base);
    expect(changes).toEqual({ name: true, kind: false, fields: ['conferenceStartsAt', 'venue'] });
    expect(hasChanges(changes)).toBe(true);
  });

  it('after a save, takes the server copy of what was left alone and keeps what was typed meanwhile', () => {
    const sentForm = { ...planToForm(campaign), docNumber: ' 45 ', venue: 'Hội trường B' };
    const sent = formToOutput(sentForm);
    // While the request was out, the person changed the conference time and the venue again.
    const current = { ...sentForm, conferenceClock: '09:15', venue: 'Hội trường C' };
    // The server trimmed the number and gave the new programme row its id.
    const saved = { ...sentForm, docNumber: '45', programme: [{ key: 'p9', id: 'p9', text: 'Khai mạc' }] };
    const next = rebaseForm(current, sent, saved);
    expect(next.docNumber).toBe('45');
    expect(next.programme).toEqual([{ key: 'p9', id: 'p9', text: 'Khai mạc' }]);
    expect(next.venue).toBe('Hội trường C');
    expect(next.conferenceClock).toBe('09:15');
  });

  it('takes the server’s day and time of the start together, as they are one field', () => {
    const sentForm = { ...planToForm(campaign), conferenceDate: ' 18/06/2020', conferenceClock: '7:30' };
    const sent = formToOutput(sentForm);
    const saved = { ...sentForm, conferenceDate: '18/06/2020', conferenceClock: '07:30' };
    const next = rebaseForm(sentForm, sent, saved);
    expect([next.conferenceDate, next.conferenceClock]).toEqual(['18/06/2020', '07:30']);
    // Typed again meanwhile (the day only): both inputs stay as typed.
    const edited = rebaseForm({ ...sentForm, conferenceDate: '19/06/2020' }, sent, saved);
    expect([edited.conferenceDate, edited.conferenceClock]).toEqual(['19/06/2020', '7:30']);
  });
});

describe('validatePlanForm', () => {
  const messages = { date: 'Ngày không hợp lệ', clock: 'Giờ không hợp lệ' };

  it('reports dates and times that cannot be read, under the paths the server uses', () => {
    const form: PlanForm = {
      ...planToForm(campaign),
      docDate: '32/01/2020',
      conferenceDate: '18/6/2020',
      conferenceClock: '25:00',
      nominationDeadline: 'mai',
      reportDeadline: '29/02/2021',
    };
    const task = form.tasks[0];
    if (!task) throw new Error('fixture');
    form.tasks = [task, { ...task, key: 'x', deadline: '31/04/2020' }];
    expect(validatePlanForm(form, messages)).toEqual({
      docDate: 'Ngày không hợp lệ',
      conferenceStartsAt: 'Ngày không hợp lệ',
      conferenceClock: 'Giờ không hợp lệ',
      nominationDeadline: 'Ngày không hợp lệ',
      reportDeadline: 'Ngày không hợp lệ',
      'tasks.1.deadline': 'Ngày không hợp lệ',
    });
  });

  it('lets blanks through: a draft plan may leave them for later', () => {
    const form = {
      ...planToForm(campaign),
      docDate: '',
      conferenceDate: ' ',
      conferenceClock: '',
      reportDeadline: '',
    };
    expect(validatePlanForm(form, messages)).toEqual({});
  });
});

describe('error paths', () => {
  it.each([
    ['plan.tasks.3.text', 'tasks.3.text'],
    ['/plan/tasks/3/text', 'tasks.3.text'],
    ['body.plan.tasks.3.text', 'tasks.3.text'],
    ['name', 'name'],
    // A bad unit in a list marks the list's input.
    ['plan.tasks.0.unitIds.4', 'tasks.0.unitIds'],
    ['plan.awardGroups.1.quotas.0.exceptUnitIds.2', 'awardGroups.1.quotas.0.exceptUnitIds'],
  ])('%s → %s', (field, path) => {
    expect(planErrorPath(field)).toBe(path);
  });

  it.each([
    ['name', true],
    ['docDate', true],
    ['conferenceClock', true],
    ['programme.2.text', true],
    ['awardGroups.0.quotas.1.count', true],
    ['tasks.4.maxMinutes', true],
    ['signature.name', true],
    ['tasks', false],
    ['tasks.4', false],
    ['awardGroups.0.quotas', false],
    ['signature', false],
    ['plan.name', false],
  ])('%s shown beside its input: %s', (path, inline) => {
    expect(isInlinePath(path)).toBe(inline);
  });

  it('clears the start’s error when its day is typed again', () => {
    expect(errorPathsOf('conferenceDate')).toEqual(['conferenceStartsAt']);
    expect(errorPathsOf('venue')).toEqual(['venue']);
  });
});

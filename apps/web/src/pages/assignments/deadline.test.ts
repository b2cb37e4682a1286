import { endOfVietnamDay, type MyAssignment } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { inTimeZone, ZONES } from '../../testing/timeZone.ts';
import {
  byUrgency,
  isSettled,
  sendsLate,
  type TimeLeft,
  timeLeft,
  timeLeftColor,
  timeLeftMessage,
} from './deadline.ts';

describe('timeLeft: counted in calendar days of Vietnam (UTC+7)', () => {
  it.each<[string, string, string, TimeLeft]>([
    [
      'the deadline is later the same day',
      '2020-06-10T08:00:00+07:00',
      endOfVietnamDay('2020-06-10'),
      { kind: 'today' },
    ],
    [
      'the deadline is the last second of tomorrow',
      '2020-06-10T08:00:00+07:00',
      endOfVietnamDay('2020-06-11'),
      { kind: 'left', days: 1 },
    ],
    [
      'three days ahead',
      '2020-06-07T23:59:00+07:00',
      endOfVietnamDay('2020-06-10'),
      { kind: 'left', days: 3 },
    ],
    // 23:00 and 01:00 fall on the same UTC date but on two days in Vietnam.
    [
      'two hours away across midnight in Vietnam',
      '2020-06-10T23:00:00+07:00',
      '2020-06-11T01:00:00+07:00',
      { kind: 'left', days: 1 },
    ],
    // 00:30 and 23:00 in Vietnam are on two UTC dates (17:30 and 16:00 UTC) but the same day there.
    [
      'the same day in Vietnam, two UTC dates',
      '2020-06-11T00:30:00+07:00',
      '2020-06-11T23:00:00+07:00',
      { kind: 'today' },
    ],
    ['exactly at the deadline', '2020-06-10T17:00:00+07:00', '2020-06-10T17:00:00+07:00', { kind: 'today' }],
    [
      'missed an hour ago, today',
      '2020-06-10T18:00:00+07:00',
      '2020-06-10T17:00:00+07:00',
      { kind: 'overdue', days: 0 },
    ],
    // Missed at 23:59 on the 10th; a minute past midnight in Vietnam it is one day late.
    [
      'missed yesterday, a minute after midnight',
      '2020-06-11T00:00:30+07:00',
      endOfVietnamDay('2020-06-10'),
      { kind: 'overdue', days: 1 },
    ],
    [
      'missed two days ago',
      '2020-06-12T09:00:00+07:00',
      endOfVietnamDay('2020-06-10'),
      { kind: 'overdue', days: 2 },
    ],
  ])('%s', (_name, now, deadline, expected) => {
    expect(timeLeft(deadline, new Date(now))).toEqual(expected);
  });

  it('has nothing to count without a deadline', () => {
    expect(timeLeft(null, new Date('2020-06-10T00:00:00Z'))).toBeNull();
  });

  it.each(ZONES)('gives the same answer when the browser runs in %s', (zone) => {
    inTimeZone(zone, () => {
      expect(timeLeft('2020-06-11T01:00:00+07:00', new Date('2020-06-10T23:00:00+07:00'))).toEqual({
        kind: 'left',
        days: 1,
      });
      expect(timeLeft(endOfVietnamDay('2020-06-10'), new Date('2020-06-11T00:00:30+07:00'))).toEqual({
        kind: 'overdue',
        days: 1,
      });
    });
  });
});

describe('timeLeftMessage and timeLeftColor', () => {
  it.each<[TimeLeft, string, number, string]>([
    [{ kind: 'left', days: 10 }, 'work.daysLeft', 10, 'dimmed'],
    [{ kind: 'left', days: 4 }, 'work.daysLeft', 4, 'dimmed'],
    [{ kind: 'left', days: 3 }, 'work.daysLeft', 3, 'orange.8'],
    [{ kind: 'left', days: 1 }, 'work.daysLeft', 1, 'orange.8'],
    [{ kind: 'today' }, 'work.dueToday', 0, 'orange.8'],
    [{ kind: 'overdue', days: 0 }, 'work.overdueToday', 0, 'red.7'],
    [{ kind: 'overdue', days: 2 }, 'work.overdueDays', 2, 'red.7'],
  ])('%j → %s (%i), %s', (left, key, count, color) => {
    expect(timeLeftMessage(left)).toEqual({ key, count });
    expect(timeLeftColor(left)).toBe(color);
  });
});

function assignment(over: Partial<MyAssignment>): MyAssignment {
  return {
    id: 'a',
    campaignId: 'c1',
    unitId: 'u1',
    unitName: 'Sở Y tế',
    taskId: 't1',
    kind: 'report',
    text: 'Báo cáo tổng kết',
    topic: '',
    deadline: null,
    minMinutes: null,
    maxMinutes: null,
    status: 'pending',
    version: 1,
    campaignName: 'Tổng kết công tác phòng, chống dịch',
    campaignReference: '',
    campaignStatus: 'issued',
    lastSubmittedAt: null,
    reviewComment: null,
    ...over,
  };
}

describe('isSettled', () => {
  it.each<[string, Partial<MyAssignment>, boolean]>([
    ['still to write', { status: 'pending' }, false],
    ['being written', { status: 'in_progress' }, false],
    ['returned for rework', { status: 'returned' }, false],
    ['handed in', { status: 'submitted' }, true],
    ['accepted', { status: 'accepted' }, true],
    ['its round closed', { status: 'in_progress', campaignStatus: 'closed' }, true],
    ['coordination: nothing to hand in', { kind: 'coordination' }, true],
    ['the nomination summary: done elsewhere', { kind: 'nomination_summary' }, true],
    ['a speech', { kind: 'speech' }, false],
  ])('%s → %s', (_name, over, settled) => {
    expect(isSettled(assignment(over))).toBe(settled);
  });
});

describe('byUrgency', () => {
  const now = new Date('2020-06-10T12:00:00+07:00');

  it('puts returned work first, then overdue, then by deadline, then what waits or needs nothing', () => {
    const items = [
      assignment({ id: 'none', kind: 'coordination', deadline: '2020-06-01T00:00:00Z' }),
      assignment({ id: 'accepted', status: 'accepted', deadline: '2020-06-01T00:00:00Z' }),
      assignment({ id: 'submitted', status: 'submitted', deadline: '2020-06-01T00:00:00Z' }),
      assignment({ id: 'later', deadline: endOfVietnamDay('2020-06-20') }),
      assignment({ id: 'noDeadline', deadline: null }),
      assignment({ id: 'soon', status: 'in_progress', deadline: endOfVietnamDay('2020-06-12') }),
      assignment({ id: 'overdue', deadline: endOfVietnamDay('2020-06-09') }),
      assignment({ id: 'closed', campaignStatus: 'closed', status: 'returned' }),
      assignment({ id: 'returned', status: 'returned', deadline: endOfVietnamDay('2020-06-30') }),
    ];
    expect(byUrgency(items, now).map((a) => a.id)).toEqual([
      'returned',
      'overdue',
      'soon',
      'later',
      'noDeadline',
      'submitted',
      'accepted',
      'none',
      'closed',
    ]);
  });

  it('breaks a tie by the round name in Vietnamese order (Đ after D, before T), not code points', () => {
    const items = [
      assignment({ id: 't', campaignName: 'Tổng kết năm 2020' }),
      assignment({ id: 'dd', campaignName: 'Đánh giá 6 tháng' }),
      assignment({ id: 'd', campaignName: 'Dự án y tế' }),
    ];
    expect(byUrgency(items, now).map((a) => a.id)).toEqual(['d', 'dd', 't']);
  });

  it('leaves the list it was given as it was', () => {
    const items = [assignment({ id: 'b', status: 'submitted' }), assignment({ id: 'a', status: 'returned' })];
    byUrgency(items, now);
    expect(items.map((a) => a.id)).toEqual(['b', 'a']);
  });
});

describe('sendsLate: a report sent now is recorded as late', () => {
  const deadline = '2020-06-10T16:59:59.000Z';
  const after = new Date('2020-06-11T02:00:00Z');
  const before = new Date('2020-06-10T02:00:00Z');
  const sub = (seq: number, decision: 'accepted' | 'returned' | 'withdrawn' | null) => ({
    seq,
    submittedAt: '2020-06-09T02:00:00Z',
    submittedBy: 'bchqs',
    onTime: true,
    decision,
    comment: null,
    reviewedAt: null,
    reviewedBy: null,
  });
  const detail = (submissions: ReturnType<typeof sub>[], due: string | null = deadline) =>
    ({ assignment: { deadline: due }, submissions }) as unknown as Parameters<typeof sendsLate>[0];

  it('after the deadline, never sent', () => expect(sendsLate(detail([]), after)).toBe(true));
  it('before the deadline', () => expect(sendsLate(detail([]), before)).toBe(false));
  it('without a deadline', () => expect(sendsLate(detail([], null), after)).toBe(false));
  it('after the deadline, the only submission withdrawn', () =>
    expect(sendsLate(detail([sub(1, 'withdrawn')]), after)).toBe(true));
  it('after the deadline, sent on time and returned', () =>
    expect(sendsLate(detail([sub(1, 'returned'), sub(2, 'withdrawn')]), after)).toBe(false));
  it('withdrawing the only submission standing, after the deadline', () =>
    expect(sendsLate(detail([sub(1, null)]), after, 1)).toBe(true));
  it('withdrawing a resubmission of one returned', () =>
    expect(sendsLate(detail([sub(1, 'returned'), sub(2, null)]), after, 2)).toBe(false));
});

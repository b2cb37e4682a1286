import { type AssignmentDetail, isSubmittable, type MyAssignment, vietnamDate } from '@tongket/domain';
import type { MessageKey } from '../../i18n/vi.ts';

const DAY_MS = 86_400_000;

/** Whole calendar days (in Vietnam) from one instant's day to another's. */
function calendarDays(from: Date, to: Date): number {
  return Math.round((Date.parse(vietnamDate(to)) - Date.parse(vietnamDate(from))) / DAY_MS);
}

export type TimeLeft = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

/** "còn 3 ngày", "hết hạn hôm nay", "quá hạn 2 ngày": counted in calendar days of Vietnam. */
export function timeLeft(deadline: string | null, now: Date): TimeLeft | null {
  if (!deadline) return null;
  const due = new Date(deadline);
  const days = calendarDays(now, due);
  if (due.getTime() >= now.getTime()) return days <= 0 ? { kind: 'today' } : { kind: 'left', days };
  return { kind: 'overdue', days: Math.max(0, -days) };
}

/** The sentence for a time left, as a catalogue key with its count. */
export function timeLeftMessage(left: TimeLeft): { key: MessageKey; count: number } {
  if (left.kind === 'left') return { key: 'work.daysLeft', count: left.days };
  if (left.kind === 'today') return { key: 'work.dueToday', count: 0 };
  return left.days === 0
    ? { key: 'work.overdueToday', count: 0 }
    : { key: 'work.overdueDays', count: left.days };
}

export const timeLeftColor = (left: TimeLeft) =>
  left.kind === 'overdue' ? 'red.7' : left.kind === 'today' || left.days <= 3 ? 'orange.8' : 'dimmed';

/** Handed in, or nothing to hand in any more: no time is counting. */
export function isSettled(a: Pick<MyAssignment, 'status' | 'kind' | 'campaignStatus'>): boolean {
  return (
    a.status === 'submitted' ||
    a.status === 'accepted' ||
    a.campaignStatus === 'closed' ||
    !isSubmittable(a.kind)
  );
}

/**
 * Most urgent first: returned for rework, then overdue, then the rest still to write by deadline,
 * then what waits for review, what was accepted, and finally what needs nothing handed in.
 */
function urgencyGroup(a: MyAssignment, now: Date): number {
  if (a.campaignStatus === 'closed' || !isSubmittable(a.kind)) return 5;
  if (a.status === 'returned') return 0;
  if (a.status === 'submitted') return 3;
  if (a.status === 'accepted') return 4;
  return a.deadline && Date.parse(a.deadline) < now.getTime() ? 1 : 2;
}

export function byUrgency(items: readonly MyAssignment[], now: Date): MyAssignment[] {
  return [...items].sort(
    (a, b) =>
      urgencyGroup(a, now) - urgencyGroup(b, now) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.campaignName.localeCompare(b.campaignName, 'vi'),
  );
}

/**
 * Whether a report sent at `now` is recorded as late (docs/lifecycles.md): the deadline has passed
 * and none of its submissions still stands — never sent, or every one withdrawn (`except`: the
 * submission about to be withdrawn). One sent on time and returned keeps the report on time.
 */
export function sendsLate(
  detail: Pick<AssignmentDetail, 'assignment' | 'submissions'>,
  now: Date,
  except?: number,
): boolean {
  const { deadline } = detail.assignment;
  if (!deadline || Date.parse(deadline) >= now.getTime()) return false;
  return !detail.submissions.some((s) => s.decision !== 'withdrawn' && s.seq !== except);
}

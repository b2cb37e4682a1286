import type { AssignmentStatus, ProgressCounts } from '@tongket/domain';
import type { MessageKey } from '../../i18n/vi.ts';

/** The four states an assignment is in at a time: they add up to what is expected. */
export const STATE_PARTS: ReadonlyArray<{
  key: 'onTime' | 'late' | 'overdue' | 'waiting';
  label: MessageKey;
  color: string;
}> = [
  { key: 'onTime', label: 'progress.onTime', color: 'teal.6' },
  { key: 'late', label: 'progress.late', color: 'yellow.6' },
  { key: 'overdue', label: 'progress.overdue', color: 'red.6' },
  { key: 'waiting', label: 'progress.waiting', color: 'gray.4' },
];

/** "87%" — rates arrive as 0–1. */
export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** A unit row's state for colour and sorting: overdue beats what its assignments' statuses say. */
export type RowState = 'overdue' | AssignmentStatus;

export function rowState(row: Pick<ProgressCounts, 'overdue'> & { status: AssignmentStatus }): RowState {
  return row.overdue > 0 && (row.status === 'pending' || row.status === 'in_progress')
    ? 'overdue'
    : row.status;
}

export const ROW_STATE_ORDER: readonly RowState[] = [
  'overdue',
  'returned',
  'pending',
  'in_progress',
  'submitted',
  'accepted',
];

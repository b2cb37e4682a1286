import { Badge } from '@mantine/core';
import { ASSIGNMENT_STATUS_COLORS } from '../../components/AssignmentStatusBadge.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import type { RowState } from './progressStates.ts';

/** A unit's state in the round: overdue in red, otherwise its least advanced assignment's status. */
export function RowStateBadge({ state }: { state: RowState }) {
  const t = useT();
  const labels = useLabels();
  return (
    <Badge
      color={state === 'overdue' ? 'red' : ASSIGNMENT_STATUS_COLORS[state]}
      variant={state === 'overdue' ? 'filled' : 'light'}
      miw="max-content"
    >
      {state === 'overdue' ? t('progress.overdue') : labels.assignmentStatus(state)}
    </Badge>
  );
}

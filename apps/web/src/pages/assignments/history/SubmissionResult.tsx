import { Badge } from '@mantine/core';
import type { SubmissionSummary } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';

/** Đã tiếp nhận, Trả lại, Đã rút lại, or still waiting. */
export function SubmissionResult({ decision }: { decision: SubmissionSummary['decision'] }) {
  const t = useT();
  if (decision === 'accepted')
    return (
      <Badge color="teal" variant="light" miw="max-content">
        {t('history.accepted')}
      </Badge>
    );
  if (decision === 'returned')
    return (
      <Badge color="orange" variant="light" miw="max-content">
        {t('history.returned')}
      </Badge>
    );
  if (decision === 'withdrawn')
    return (
      <Badge color="gray" variant="outline" miw="max-content">
        {t('history.withdrawn')}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" miw="max-content">
      {t('history.waiting')}
    </Badge>
  );
}

export function OnTimeBadge({ onTime }: { onTime: boolean }) {
  const t = useT();
  return (
    <Badge color={onTime ? 'teal' : 'red'} variant="dot" miw="max-content">
      {onTime ? t('history.onTime') : t('history.late')}
    </Badge>
  );
}

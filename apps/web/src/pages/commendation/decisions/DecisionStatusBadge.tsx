import { Badge } from '@mantine/core';
import type { Decision } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';

export function DecisionStatusBadge({ status }: { status: Decision['status'] }) {
  const t = useT();
  return (
    <Badge color={status === 'issued' ? 'teal' : 'yellow'} variant="light" miw="max-content">
      {status === 'issued' ? t('decision.issued') : t('decision.draft')}
    </Badge>
  );
}

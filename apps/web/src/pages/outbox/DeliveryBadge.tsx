import { Badge, Tooltip } from '@mantine/core';
import type { Notice } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { type DeliveryStatus, deliveryStatus } from './deliveryStatus.ts';

const COLORS: Record<DeliveryStatus, string> = {
  sent: 'teal',
  pending: 'yellow',
  failed: 'red',
  inApp: 'gray',
};

export const DELIVERY_LABELS: Record<DeliveryStatus, MessageKey> = {
  sent: 'outbox.statusSent',
  pending: 'outbox.statusPending',
  failed: 'outbox.statusFailed',
  inApp: 'outbox.statusInApp',
};

/** The message's delivery state; a failing one shows the mail server's last answer on hover. */
export function DeliveryBadge({ notice }: { notice: Notice }) {
  const t = useT();
  const status = deliveryStatus(notice);
  const badge = (
    <Badge color={COLORS[status]} variant="light" miw="max-content">
      {t(DELIVERY_LABELS[status], { count: notice.attempts })}
    </Badge>
  );
  if (status !== 'failed' || !notice.lastError) return badge;
  return (
    <Tooltip label={notice.lastError} multiline maw={360} withArrow>
      {badge}
    </Tooltip>
  );
}

import { Badge, type BadgeProps } from '@mantine/core';
import type { NominationStatus } from '@tongket/domain';
import { useLabels } from '../i18n/labels.ts';
import { useT } from '../i18n/useT.ts';

export const NOMINATION_STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  forwarded: 'indigo',
  approved: 'teal',
  rejected: 'red',
  decided: 'green',
};

/**
 * Where a nomination stands: Đang soạn, Đã gửi, Đã chuyển thẩm định, Đồng ý, Không đồng ý, Đã có
 * quyết định — and a draft whose send was refused for quota, waiting for the standing agency.
 */
export function NominationStatusBadge({
  status,
  quotaRefusedAt,
  ...rest
}: { status: NominationStatus; quotaRefusedAt?: string | null } & BadgeProps) {
  const labels = useLabels();
  const t = useT();
  const waiting = status === 'draft' && Boolean(quotaRefusedAt);
  return (
    <Badge
      color={waiting ? 'orange' : NOMINATION_STATUS_COLORS[status]}
      variant="light"
      miw="max-content"
      {...rest}
    >
      {waiting ? t('nomination.overQuotaWaiting') : labels.nominationStatus(status)}
    </Badge>
  );
}

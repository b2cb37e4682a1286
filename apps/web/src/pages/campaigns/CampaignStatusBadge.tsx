import { Badge } from '@mantine/core';
import type { CampaignStatus } from '@tongket/domain';
import { useLabels } from '../../i18n/labels.ts';

const COLORS: Record<CampaignStatus, string> = { draft: 'yellow', issued: 'teal', closed: 'gray' };

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const labels = useLabels();
  return (
    <Badge color={COLORS[status]} variant="light" miw="max-content">
      {labels.campaignStatus(status)}
    </Badge>
  );
}

import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Back to the round, on its "Khen thưởng" tab. */
export function CampaignBackLink({ campaignId, name }: { campaignId: string; name: string }) {
  return (
    <Anchor
      component={Link}
      to={`/campaigns/${encodeURIComponent(campaignId)}?tab=commendation`}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span" wrap="nowrap" align="flex-start">
        <IconArrowLeft size={14} style={{ flexShrink: 0, marginTop: 4 }} />
        {name}
      </Group>
    </Anchor>
  );
}

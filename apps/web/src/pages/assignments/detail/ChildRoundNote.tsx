import { Alert, Anchor, Text } from '@mantine/core';
import { IconSitemap } from '@tabler/icons-react';
import type { ChildCampaign } from '@tongket/domain';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT.ts';

/** The unit's own lower round feeds this report: where it is, and how its result comes here. */
export function ChildRoundNote({ round, editable }: { round: ChildCampaign; editable: boolean }) {
  const t = useT();
  return (
    <Alert color="grape" variant="light" icon={<IconSitemap />} p="xs" data-testid="child-round-note">
      <Text size="sm">
        {t('report.childRound')}{' '}
        <Anchor
          component={Link}
          to={`/campaigns/${encodeURIComponent(round.campaignId)}?tab=consolidated`}
          size="sm"
          fw={600}
        >
          {round.name}
        </Anchor>
        .{editable && ` ${t('report.childRoundHint')}`}
      </Text>
    </Alert>
  );
}

import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowUpRight } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCampaign } from '../../api/campaigns.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { CampaignStatusBadge } from '../campaigns/CampaignStatusBadge.tsx';
import { ProgressView } from './ProgressView.tsx';

/** /campaigns/:id/progress: the round's progress on a page of its own (the same as its "Tiến độ" tab). */
export default function ProgressPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useCampaign(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const campaign = query.data;
  return (
    <Stack gap="md" maw={1200}>
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/campaigns/${encodeURIComponent(campaign.id)}`}
          size="sm"
          w="fit-content"
        >
          <Group gap={4} component="span" wrap="nowrap" align="flex-start">
            <IconArrowLeft size={14} style={{ flexShrink: 0, marginTop: 4 }} />
            {campaign.name}
          </Group>
        </Anchor>
        <Group gap="xs">
          <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
            {t('progress.title')}
          </Title>
          <CampaignStatusBadge status={campaign.status} />
        </Group>
        {campaign.parentCampaignId && (
          <Anchor
            component={Link}
            to={`/campaigns/${encodeURIComponent(campaign.parentCampaignId)}/progress`}
            size="sm"
            w="fit-content"
            data-testid="parent-progress"
          >
            <Group gap={4} component="span" wrap="nowrap">
              <IconArrowUpRight size={14} />
              {t('progress.parentProgress')}
            </Group>
          </Anchor>
        )}
      </Stack>
      {campaign.status === 'draft' ? (
        <Text c="dimmed">{t('progress.notIssued')}</Text>
      ) : (
        <ProgressView key={campaign.id} campaign={campaign} />
      )}
    </Stack>
  );
}

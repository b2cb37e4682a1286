import { Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useCampaign } from '../../../api/campaigns.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useT } from '../../../i18n/useT.ts';
import { CampaignBackLink } from '../CampaignBackLink.tsx';
import { NominationsView } from './NominationsView.tsx';

/** /campaigns/:id/nominations: the round's nominations on a page of their own (notices link here). */
export default function NominationsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useCampaign(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const campaign = query.data;
  return (
    <Stack gap="md" maw={1200}>
      <Stack gap={6}>
        <CampaignBackLink campaignId={campaign.id} name={campaign.name} />
        <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
          {t('nominations.title')}
        </Title>
      </Stack>
      {campaign.status === 'draft' || campaign.plan.awardGroups.length === 0 ? (
        <Text c="dimmed">{t('commendation.none')}</Text>
      ) : (
        <NominationsView key={campaign.id} campaign={campaign} />
      )}
    </Stack>
  );
}

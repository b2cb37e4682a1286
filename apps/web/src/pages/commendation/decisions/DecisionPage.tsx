import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCampaign } from '../../../api/campaigns.ts';
import { useDecision } from '../../../api/decisions.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { CampaignBackLink } from '../CampaignBackLink.tsx';
import { DecisionWorkspace } from './DecisionWorkspace.tsx';

/** /campaigns/:id/decisions/:decisionId: a decision, its draft's editor and its printed form. */
export default function DecisionPage() {
  const { id = '', decisionId = '' } = useParams();
  const campaign = useCampaign(id);
  const decision = useDecision(decisionId);
  const [loadKey, setLoadKey] = useState(0);
  if (campaign.isPending || decision.isPending) return <PageLoader />;
  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => campaign.refetch()} />;
  if (decision.isError) return <ErrorState error={decision.error} onRetry={() => decision.refetch()} />;
  return (
    <Stack gap="md" maw={1400}>
      <CampaignBackLink campaignId={campaign.data.id} name={campaign.data.name} />
      <DecisionWorkspace
        key={`${decisionId}-${loadKey}`}
        campaignId={campaign.data.id}
        decision={decision.data}
        reload={async () => {
          await decision.refetch();
          setLoadKey((k) => k + 1);
        }}
      />
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import type { Campaign } from '@tongket/domain';
import { usePlanDocument } from '../../api/campaigns.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OfficialDocumentView } from '../../components/officialDocument/OfficialDocumentView.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';

/**
 * The plan as its reader reads it: the document itself, drawn in the page from the model its DOCX
 * and PDF are printed from — for everyone who cannot edit it (units, leadership, the board, and
 * everyone once it is issued). The downloads stay in the round's header above.
 */
export function PlanDocumentTab({ campaign, draftNote = true }: { campaign: Campaign; draftNote?: boolean }) {
  const t = useT();
  const query = usePlanDocument(campaign.id, campaign.version);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Stack gap="sm">
      {draftNote && campaign.status === 'draft' && (
        <Text size="sm" c="dimmed">
          {t('preview.draftNote')}
        </Text>
      )}
      <OfficialDocumentView document={query.data} label={t('planDocument.label', { name: campaign.name })} />
    </Stack>
  );
}

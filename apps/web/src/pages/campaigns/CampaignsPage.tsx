import { Button, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type CampaignKind, type CampaignStatus, hasPermission } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCampaigns } from '../../api/campaigns.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { CampaignsTable } from './CampaignsTable.tsx';
import { CreateCampaignModal } from './CreateCampaignModal.tsx';

export default function CampaignsPage() {
  const t = useT();
  const labels = useLabels();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const campaigns = useCampaigns();
  const canCreate = hasPermission(me.role, 'campaigns.manage');

  const [status, setStatus] = useState<CampaignStatus | null>(null);
  const [kind, setKind] = useState<CampaignKind | null>(null);
  const [creating, setCreating] = useState(false);

  const items = useMemo(
    () =>
      (campaigns.data?.items ?? []).filter(
        (item) => (!status || item.status === status) && (!kind || item.kind === kind),
      ),
    [campaigns.data, status, kind],
  );

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('campaigns.title')}
        </Title>
        {canCreate && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('campaigns.create')}
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="sm">
        <Select
          label={t('campaigns.status')}
          placeholder={t('common.all')}
          data={labels.campaignStatusOptions}
          value={status}
          onChange={(value) => setStatus(value as CampaignStatus | null)}
          clearable
          style={{ flex: '1 1 150px', maxWidth: 240 }}
        />
        <Select
          label={t('campaigns.kind')}
          placeholder={t('common.all')}
          data={labels.campaignKindOptions}
          value={kind}
          onChange={(value) => setKind(value as CampaignKind | null)}
          clearable
          style={{ flex: '1 1 150px', maxWidth: 240 }}
        />
        <Group gap="xs" pb={8}>
          {campaigns.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
          {campaigns.data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('campaigns.count', { count: items.length })}
            </Text>
          )}
        </Group>
      </Group>

      {campaigns.isError && !campaigns.data ? (
        <ErrorState error={campaigns.error} onRetry={() => campaigns.refetch()} />
      ) : campaigns.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Center mih={120}>
          <Text c="dimmed">
            {campaigns.data.items.length === 0 ? t('campaigns.empty') : t('campaigns.noMatch')}
          </Text>
        </Center>
      ) : (
        <CampaignsTable items={items} />
      )}

      {canCreate && (
        <CreateCampaignModal
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(campaign) => {
            setCreating(false);
            navigate(`/campaigns/${encodeURIComponent(campaign.id)}`);
          }}
        />
      )}
    </Stack>
  );
}

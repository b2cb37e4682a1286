import { Button, Center, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import type { Campaign } from '@tongket/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDecisions } from '../../../api/decisions.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useT } from '../../../i18n/useT.ts';
import { CreateDecisionModal } from './CreateDecisionModal.tsx';
import { DecisionStatusBadge } from './DecisionStatusBadge.tsx';
import { decisionPath } from './decisionPath.ts';
import { decisionCounts, decisionTitle } from './decisionText.ts';

/** The round's award decisions, each opening its page; the board drafts a new one from approved nominations. */
export function DecisionsPanel({ campaign, canReview }: { campaign: Campaign; canReview: boolean }) {
  const t = useT();
  const decisions = useDecisions(campaign.id);
  const [creating, setCreating] = useState(false);
  if (decisions.isPending) return <PageLoader />;
  if (decisions.isError) return <ErrorState error={decisions.error} onRetry={() => decisions.refetch()} />;
  const items = decisions.data.items;
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {t('decisions.count', { count: items.length })}
        </Text>
        {canReview && (
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => setCreating(true)}>
            {t('decisions.create')}
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Center mih={80}>
          <Text c="dimmed">{t('decisions.empty')}</Text>
        </Center>
      ) : (
        items.map((d) => (
          <UnstyledButton
            key={d.id}
            component={Link}
            to={decisionPath(campaign.id, d.id)}
            data-testid="decision-item"
          >
            <Paper withBorder p="sm" radius="sm">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" c="blue.8">
                    {decisionTitle(d, t)}
                  </Text>
                  <Text size="sm">{d.summary}</Text>
                  <Text size="xs" c="dimmed">
                    {d.awardTypeName} · {decisionCounts(d.counts, t)}
                  </Text>
                </Stack>
                <DecisionStatusBadge status={d.status} />
              </Group>
            </Paper>
          </UnstyledButton>
        ))
      )}
      {creating && <CreateDecisionModal campaign={campaign} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconSitemap } from '@tabler/icons-react';
import { formatDateVn } from '@tongket/domain';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { ChildRoundsList } from './ChildRoundsList.tsx';
import type { ChildRounds } from './useChildRounds.ts';

export interface ChildRoundsTabProps {
  rounds: ChildRounds;
  unitName: string;
  onOpen: () => void;
}

/**
 * "Đợt cấp dưới" of a round: the lower rounds units opened under it with their progress, and for
 * a unit that reports in it, the way to open its own.
 */
export function ChildRoundsTab({ rounds, unitName, onOpen }: ChildRoundsTabProps) {
  const t = useT();
  const { children, owed, mine } = rounds;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('children.intro')}
      </Text>
      {rounds.canOpen && owed && (
        <Paper withBorder p="md" radius="md" data-testid="open-child-card">
          <Group justify="space-between" gap="sm">
            <Text size="sm" style={{ flex: '1 1 320px' }}>
              {owed.deadline
                ? t('children.openCard', { unit: unitName, date: formatDateVn(owed.deadline) })
                : t('children.openCardNoDeadline', { unit: unitName })}
            </Text>
            <Button leftSection={<IconSitemap size={16} />} onClick={onOpen}>
              {t('children.open')}
            </Button>
          </Group>
        </Paper>
      )}
      {mine && (
        <Alert color="blue" p="xs">
          <Text size="sm">
            {t('children.mine', { unit: unitName })}{' '}
            <Anchor
              component={Link}
              to={`/campaigns/${encodeURIComponent(mine.campaignId)}`}
              size="sm"
              fw={600}
            >
              {mine.name}
            </Anchor>
          </Text>
        </Alert>
      )}
      {children.isPending ? (
        <PageLoader />
      ) : children.isError ? (
        <ErrorState error={children.error} onRetry={() => children.refetch()} />
      ) : (
        <ChildRoundsList items={children.data.items} />
      )}
    </Stack>
  );
}

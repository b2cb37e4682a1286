import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { formatDateTimeVn, hasPermission, RECEIPT_STATUS_LABELS, type ReceiptStatus } from '@tongket/domain';
import { useAcknowledgePlan, useDistribution } from '../../api/conference.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useI18n, useT } from '../../i18n/useT.ts';

const COLORS: Record<ReceiptStatus, string> = { delivered: 'gray', opened: 'blue', acknowledged: 'teal' };

/**
 * Phát hành: every unit the issued plan went to (its Nơi nhận and the units given tasks) and
 * whether someone of it opened and acknowledged it. A unit sees its own receipt and acknowledges it.
 */
export function DistributionPanel({ campaignId }: { campaignId: string }) {
  const t = useT();
  const { lang } = useI18n();
  const me = useCurrentUser();
  const message = useErrorMessage();
  const query = useDistribution(campaignId);
  const acknowledge = useAcknowledgePlan(campaignId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const d = query.data;
  const mine = d.items.find((r) => r.unitId === me.unitId);
  // The time on one line, who below it: at 1366 px the four columns fit without scrolling sideways.
  const when = (at: string | null, by: string | null) =>
    at ? (
      <>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTimeVn(at)}
        </Text>
        {by && (
          <Text size="xs" c="dimmed">
            {by}
          </Text>
        )}
      </>
    ) : (
      <Text size="sm">{t('common.none')}</Text>
    );

  return (
    <Stack gap="sm" data-testid="distribution-panel">
      <Title order={2} size="h4">
        {t('distribution.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {d.issuedAt
          ? t('distribution.issuedAt', { time: formatDateTimeVn(d.issuedAt) })
          : t('distribution.notIssued')}
      </Text>
      <SimpleGrid cols={{ base: 3 }} spacing="xs" maw={520}>
        {(
          [
            ['total', d.total],
            ['opened', d.opened],
            ['acknowledged', d.acknowledged],
          ] as const
        ).map(([key, n]) => (
          <Paper key={key} withBorder p="xs" radius="md" data-testid={`distribution-${key}`}>
            <Text size="xs" c="dimmed">
              {t(`distribution.${key}`)}
            </Text>
            <Text fw={700} fz={22}>
              {n}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {mine && mine.status !== 'acknowledged' && hasPermission(me.role, 'plans.acknowledge') && (
        <Alert color="blue" p="sm">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('distribution.askAcknowledge', { unit: mine.unitName })}</Text>
            <Button
              leftSection={<IconCircleCheck size={16} />}
              loading={acknowledge.isPending}
              onClick={() =>
                acknowledge.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('distribution.acknowledgedDone') }),
                  onError: (error) => notifications.show({ color: 'red', message: message(error) }),
                })
              }
            >
              {t('distribution.acknowledge')}
            </Button>
          </Group>
        </Alert>
      )}
      {d.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('distribution.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing={6} styles={{ th: { whiteSpace: 'nowrap' } }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('distribution.unit')}</Table.Th>
                <Table.Th>{t('distribution.status')}</Table.Th>
                <Table.Th>{t('distribution.openedAt')}</Table.Th>
                <Table.Th>{t('distribution.acknowledgedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.items.map((r) => (
                <Table.Tr key={r.unitId} data-testid="receipt-row">
                  <Table.Td miw={220}>
                    <Text size="sm" fw={500}>
                      {r.unitName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.reasons.join('; ')}
                      {r.mailedAt
                        ? ` · ${t('distribution.mailedAt', { time: formatDateTimeVn(r.mailedAt) })}`
                        : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={COLORS[r.status]} variant="light" miw="max-content">
                      {RECEIPT_STATUS_LABELS[r.status][lang]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{when(r.openedAt, r.openedBy)}</Table.Td>
                  <Table.Td>{when(r.acknowledgedAt, r.acknowledgedBy)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

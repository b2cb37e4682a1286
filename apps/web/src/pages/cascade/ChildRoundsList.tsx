import { Anchor, Progress as Bar, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconChartPie } from '@tabler/icons-react';
import { type ChildCampaign, formatDateVn } from '@tongket/domain';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT.ts';
import { CampaignStatusBadge } from '../campaigns/CampaignStatusBadge.tsx';
import { percent } from '../progress/progressStates.ts';

const roundPath = (id: string, rest = '') => `/campaigns/${encodeURIComponent(id)}${rest}`;

/**
 * The lower rounds opened under a round, one per unit that opened one: its name, state and deadline,
 * and how far its units have got — each opening the lower round and its own progress.
 */
export function ChildRoundsList({ items }: { items: readonly ChildCampaign[] }) {
  const t = useT();
  if (items.length === 0) {
    return (
      <Center mih={80}>
        <Text c="dimmed">{t('children.empty')}</Text>
      </Center>
    );
  }
  return (
    <>
      <Stack gap="xs" hiddenFrom="sm">
        {items.map((c) => (
          <Paper key={c.campaignId} withBorder p="sm" radius="sm" data-testid="child-round-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text fw={600} size="sm">
                {c.unitName}
              </Text>
              <CampaignStatusBadge status={c.status} />
            </Group>
            <Anchor component={Link} to={roundPath(c.campaignId)} size="sm">
              {c.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('children.deadline')}: {c.reportDeadline ? formatDateVn(c.reportDeadline) : t('common.none')}
            </Text>
            {c.status !== 'draft' && (
              <>
                <Group gap={6} wrap="nowrap" mt={4}>
                  <Bar value={c.totals.reportingRate * 100} size="sm" style={{ flex: 1 }} aria-hidden />
                  <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                    {t('children.sentOf', { submitted: c.totals.submitted, expected: c.totals.expected })}
                  </Text>
                </Group>
                <Group justify="space-between" mt={4}>
                  <Text size="xs" c={c.totals.overdue > 0 ? 'red.7' : 'dimmed'}>
                    {t('children.overdueCount', { count: c.totals.overdue })}
                  </Text>
                  <Anchor component={Link} to={roundPath(c.campaignId, '/progress')} size="xs">
                    {t('children.progressLink')}
                  </Anchor>
                </Group>
              </>
            )}
          </Paper>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={820} visibleFrom="sm">
        <Table
          striped
          verticalSpacing="xs"
          styles={{ th: { whiteSpace: 'nowrap' } }}
          data-testid="child-rounds"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('children.unit')}</Table.Th>
              <Table.Th>{t('children.round')}</Table.Th>
              <Table.Th>{t('children.deadline')}</Table.Th>
              <Table.Th>{t('children.submitted')}</Table.Th>
              <Table.Th>{t('progress.onTime')}</Table.Th>
              <Table.Th>{t('progress.accepted')}</Table.Th>
              <Table.Th>{t('progress.overdue')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.campaignId} data-unit={c.unitName}>
                <Table.Td fw={500}>{c.unitName}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Anchor component={Link} to={roundPath(c.campaignId)} size="sm">
                      {c.name}
                    </Anchor>
                    <CampaignStatusBadge status={c.status} />
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {c.reportDeadline ? formatDateVn(c.reportDeadline) : t('common.none')}
                </Table.Td>
                <Table.Td>
                  {c.status === 'draft' ? (
                    <Text size="sm" c="dimmed">
                      {t('children.notIssued')}
                    </Text>
                  ) : (
                    <Group gap={6} wrap="nowrap">
                      <Bar value={c.totals.reportingRate * 100} w={70} size="sm" aria-hidden />
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="child-submitted">
                        {c.totals.submitted}/{c.totals.expected} ({percent(c.totals.reportingRate)})
                      </Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>{c.status === 'draft' ? '' : c.totals.onTime}</Table.Td>
                <Table.Td>{c.status === 'draft' ? '' : c.totals.accepted}</Table.Td>
                <Table.Td c={c.totals.overdue > 0 ? 'red.7' : undefined}>
                  {c.status === 'draft' ? '' : c.totals.overdue}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {c.status !== 'draft' && (
                    <Anchor
                      component={Link}
                      to={roundPath(c.campaignId, '/progress')}
                      size="sm"
                      aria-label={t('children.openProgress', { unit: c.unitName })}
                    >
                      <Group gap={4} wrap="nowrap" component="span">
                        <IconChartPie size={14} />
                        {t('children.progressLink')}
                      </Group>
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

import { Anchor, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { formatDateVn } from '@tongket/domain';
import { Link } from 'react-router';
import { useCampaignAssignments } from '../../api/campaigns.ts';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';

const assignmentPath = (id: string) => `/assignments/${encodeURIComponent(id)}`;

/** What each unit owes in the issued round: one row per unit and task of the plan, each opening its page. */
export function AssignmentsTab({ campaignId }: { campaignId: string }) {
  const t = useT();
  const labels = useLabels();
  const assignments = useCampaignAssignments(campaignId, true);

  if (assignments.isPending) return <PageLoader />;
  if (assignments.isError) {
    return <ErrorState error={assignments.error} onRetry={() => assignments.refetch()} />;
  }
  const items = assignments.data.items;
  if (items.length === 0) {
    return (
      <Center mih={120}>
        <Text c="dimmed">{t('assignments.empty')}</Text>
      </Center>
    );
  }

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('assignments.count', { count: items.length })}
      </Text>
      {/* A phone lists cards: a five-column table would scroll sideways. */}
      <Stack gap="xs" hiddenFrom="sm">
        {items.map((a) => (
          <Paper key={a.id} withBorder p="sm" radius="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={assignmentPath(a.id)} fw={600} size="sm">
                {a.unitName}
              </Anchor>
              <AssignmentStatusBadge status={a.status} />
            </Group>
            <Text size="xs" c="dimmed">
              {labels.taskKind(a.kind)} · {t('assignments.deadline')}:{' '}
              {a.deadline ? formatDateVn(a.deadline) : t('common.none')}
            </Text>
            <Text size="sm" mt={4} lineClamp={4}>
              {a.text}
            </Text>
            {a.topic && (
              <Text size="xs" c="dimmed">
                {t('assignments.topic', { topic: a.topic })}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={760} visibleFrom="sm">
        <Table striped verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assignments.unit')}</Table.Th>
              <Table.Th>{t('assignments.kind')}</Table.Th>
              <Table.Th>{t('assignments.text')}</Table.Th>
              <Table.Th>{t('assignments.deadline')}</Table.Th>
              <Table.Th>{t('assignments.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td fw={500}>
                  <Anchor component={Link} to={assignmentPath(a.id)} size="sm" fw={500}>
                    {a.unitName}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{labels.taskKind(a.kind)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={3}>
                    {a.text}
                  </Text>
                  {a.topic && (
                    <Text size="xs" c="dimmed">
                      {t('assignments.topic', { topic: a.topic })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {a.deadline ? formatDateVn(a.deadline) : t('common.none')}
                </Table.Td>
                <Table.Td>
                  <AssignmentStatusBadge status={a.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

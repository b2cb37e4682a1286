import { Anchor, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { formatDateVn, type TaskKind, type UnitKind } from '@tongket/domain';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCampaignAssignments } from '../../api/campaigns.ts';
import { useUnitTree } from '../../api/units.ts';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ShowMoreButton, useShowMore } from '../../components/ShowMore.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { AssignmentFilters } from './AssignmentFilters.tsx';
import {
  type AssignmentFilter,
  countAssignmentsByStatus,
  type FilterUnit,
  filterAssignments,
  filterFromParams,
  filterToParams,
} from './assignmentFilter.ts';

const assignmentPath = (id: string) => `/assignments/${encodeURIComponent(id)}`;

/** What each unit owes in the issued round: one row per unit and task of the plan, each opening its page. */
export function AssignmentsTab({ campaignId }: { campaignId: string }) {
  const t = useT();
  const labels = useLabels();
  const assignments = useCampaignAssignments(campaignId, true);
  const tree = useUnitTree();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const setFilter = (next: AssignmentFilter) =>
    setParams((prev) => filterToParams(next, prev), { replace: true });

  const all = assignments.data?.items;
  const scope = useMemo(() => {
    const units = new Map<string, FilterUnit>();
    for (const u of tree.data?.items ?? []) {
      units.set(u.id, { kind: u.kind, parentId: u.parentId, shortName: u.shortName, code: u.code });
    }
    const taskKinds = new Set<TaskKind>();
    const unitKinds = new Set<UnitKind>();
    const areaIds = new Set<string>();
    for (const a of all ?? []) {
      taskKinds.add(a.kind);
      const unit = units.get(a.unitId);
      if (unit) unitKinds.add(unit.kind);
      // An area is a unit that owes a task or any unit above one: a district and its communes.
      let current: string | null = a.unitId;
      for (let steps = 0; current && !areaIds.has(current) && steps <= units.size; steps++) {
        areaIds.add(current);
        current = units.get(current)?.parentId ?? null;
      }
    }
    return { units, taskKinds, unitKinds, areaIds, counts: countAssignmentsByStatus(all ?? []) };
  }, [all, tree.data]);
  const shown = useMemo(() => filterAssignments(all ?? [], filter, scope.units), [all, filter, scope.units]);
  // Drawn a page at a time (twice: the phone's cards and the table); the filters and the search
  // reach every task, and the count above says how many match.
  const { drawn, rest, more } = useShowMore(shown);

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
      <AssignmentFilters
        value={filter}
        onChange={setFilter}
        counts={scope.counts}
        taskKinds={scope.taskKinds}
        unitKinds={scope.unitKinds}
        areaIds={scope.areaIds}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown.length === items.length
          ? t('assignments.count', { count: items.length })
          : t('assignments.shown', { shown: shown.length, count: items.length })}
      </Text>
      {shown.length === 0 && (
        <Center mih={80}>
          <Text c="dimmed">{t('assignments.noneMatch')}</Text>
        </Center>
      )}
      {/* A phone lists cards: a five-column table would scroll sideways. */}
      <Stack gap="xs" hiddenFrom="sm">
        {drawn.map((a) => (
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
            {drawn.map((a) => (
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
      <ShowMoreButton rest={rest} message="assignments.showMore" onMore={more} />
    </Stack>
  );
}

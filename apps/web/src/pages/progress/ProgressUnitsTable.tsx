import { Center, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { type Assignment, formatDateTimeVn, type Progress } from '@tongket/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { ShowMoreButton, useShowMore } from '../../components/ShowMore.tsx';
import { useT } from '../../i18n/useT.ts';
import { ROW_STATE_ORDER, rowState } from './progressStates.ts';
import { RowStateBadge } from './RowStateBadge.tsx';
import { UnitAssignmentLinks } from './UnitAssignmentLinks.tsx';

type SortKey = 'tree' | 'name' | 'status';
const collator = new Intl.Collator('vi');

export interface ProgressUnitsTableProps {
  units: Progress['units'];
  assignmentsByUnit: ReadonlyMap<string, Assignment[]>;
}

/** One row per unit that owes something: its state, what it sent, on time; sortable by name or state. */
export function ProgressUnitsTable({ units, assignmentsByUnit }: ProgressUnitsTableProps) {
  const t = useT();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'tree', desc: false });
  const rows = useMemo(() => {
    const withState = units.map((u) => ({ ...u, state: rowState(u) }));
    if (sort.key === 'tree') return withState;
    const sign = sort.desc ? -1 : 1;
    return [...withState].sort((a, b) =>
      sort.key === 'name'
        ? sign * collator.compare(a.unitName, b.unitName)
        : sign * (ROW_STATE_ORDER.indexOf(a.state) - ROW_STATE_ORDER.indexOf(b.state)) ||
          collator.compare(a.unitName, b.unitName),
    );
  }, [units, sort]);

  // Drawn a page at a time (twice: the phone's cards and the table); sorting orders all of them.
  const { drawn, rest, more } = useShowMore(rows);

  const toggle = (key: SortKey) =>
    setSort((s) =>
      s.key === key ? (s.desc ? { key: 'tree', desc: false } : { key, desc: true }) : { key, desc: false },
    );

  if (units.length === 0) {
    return (
      <Center mih={100}>
        <Text c="dimmed">{t('progress.empty')}</Text>
      </Center>
    );
  }

  return (
    <>
      <Stack gap="xs" hiddenFrom="sm">
        <Group gap="xs">
          <SortButton active={sort.key === 'name'} desc={sort.desc} onClick={() => toggle('name')}>
            {t('progress.unit')}
          </SortButton>
          <SortButton active={sort.key === 'status'} desc={sort.desc} onClick={() => toggle('status')}>
            {t('progress.status')}
          </SortButton>
        </Group>
        {drawn.map((u) => (
          <Paper key={u.unitId} withBorder p="xs" radius="sm" data-testid="progress-unit-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text fw={600} size="sm">
                {u.unitName}
              </Text>
              <RowStateBadge state={u.state} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('progress.sentOf', { submitted: u.submitted, expected: u.expected })} ·{' '}
              {t('progress.onTimeCount', { count: u.onTime })}
            </Text>
            <UnitAssignmentLinks assignments={assignmentsByUnit.get(u.unitId) ?? []} />
          </Paper>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table
          striped
          verticalSpacing="xs"
          styles={{ th: { whiteSpace: 'nowrap' } }}
          data-testid="progress-units"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th aria-sort={ariaSort(sort, 'name')}>
                <SortButton active={sort.key === 'name'} desc={sort.desc} onClick={() => toggle('name')}>
                  {t('progress.unit')}
                </SortButton>
              </Table.Th>
              <Table.Th aria-sort={ariaSort(sort, 'status')}>
                <SortButton active={sort.key === 'status'} desc={sort.desc} onClick={() => toggle('status')}>
                  {t('progress.status')}
                </SortButton>
              </Table.Th>
              <Table.Th>{t('progress.submitted')}</Table.Th>
              <Table.Th>{t('progress.onTime')}</Table.Th>
              <Table.Th>{t('progress.lastSubmitted')}</Table.Th>
              <Table.Th>{t('progress.tasks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drawn.map((u) => (
              <Table.Tr key={u.unitId} data-unit={u.unitName}>
                <Table.Td fw={500}>{u.unitName}</Table.Td>
                <Table.Td>
                  <RowStateBadge state={u.state} />
                </Table.Td>
                <Table.Td>
                  {u.submitted}/{u.expected}
                </Table.Td>
                <Table.Td>{u.onTime}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {u.lastSubmittedAt ? formatDateTimeVn(u.lastSubmittedAt) : t('common.none')}
                </Table.Td>
                <Table.Td>
                  <UnitAssignmentLinks assignments={assignmentsByUnit.get(u.unitId) ?? []} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ShowMoreButton rest={rest} message="progress.showMore" onMore={more} />
    </>
  );
}

function ariaSort(sort: { key: SortKey; desc: boolean }, key: SortKey) {
  return sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined;
}

function SortButton(props: { active: boolean; desc: boolean; onClick: () => void; children: ReactNode }) {
  const Icon = !props.active ? IconArrowsSort : props.desc ? IconSortDescending : IconSortAscending;
  return (
    <UnstyledButton onClick={props.onClick} fw={700} fz="sm">
      <Group gap={4} wrap="nowrap">
        {props.children}
        <Icon size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

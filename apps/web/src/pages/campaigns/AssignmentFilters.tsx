import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { AssignmentStatus, TaskKind, UnitKind } from '@tongket/domain';
import { useMemo } from 'react';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { type AssignmentFilter, type AssignmentSort, NO_ASSIGNMENT_FILTER } from './assignmentFilter.ts';

export interface AssignmentFiltersProps {
  value: AssignmentFilter;
  onChange: (next: AssignmentFilter) => void;
  counts: ReadonlyMap<AssignmentStatus, number>;
  /** What occurs in the round, so no option shows an empty list. */
  taskKinds: ReadonlySet<TaskKind>;
  unitKinds: ReadonlySet<UnitKind>;
  /** The units an area may be: those that owe a task and every unit above them. */
  areaIds: ReadonlySet<string>;
}

/** Search, narrow by status, kind of task, level and area, and order the round's tasks. */
export function AssignmentFilters({
  value,
  onChange,
  counts,
  taskKinds,
  unitKinds,
  areaIds,
}: AssignmentFiltersProps) {
  const t = useT();
  const labels = useLabels();
  const statusOptions = useMemo(
    () =>
      labels.assignmentStatusOptions
        .filter((o) => counts.has(o.value) || o.value === value.status)
        .map((o) => ({ value: o.value, label: `${o.label} (${counts.get(o.value) ?? 0})` })),
    [labels, counts, value.status],
  );
  const kindOptions = useMemo(
    () => labels.taskKindOptions.filter((o) => taskKinds.has(o.value)),
    [labels, taskKinds],
  );
  const levelOptions = useMemo(
    () => labels.unitKindOptions.filter((o) => unitKinds.has(o.value)),
    [labels, unitKinds],
  );
  const sortOptions: Array<{ value: AssignmentSort; label: string }> = [
    { value: 'unit', label: t('assignments.sortUnit') },
    { value: 'deadline', label: t('assignments.sortDeadline') },
    { value: 'status', label: t('assignments.sortStatus') },
  ];
  const any = value.status || value.kind || value.unitKind || value.under || value.q;
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('assignments.search')}
        placeholder={t('assignments.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value })}
        type="search"
        style={{ flex: '2 1 220px', maxWidth: 340 }}
      />
      <Select
        label={t('assignments.status')}
        placeholder={t('common.all')}
        data={statusOptions}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status as AssignmentStatus | null })}
        clearable
        style={{ flex: '1 1 160px', maxWidth: 220 }}
      />
      {kindOptions.length > 1 && (
        <Select
          label={t('assignments.kind')}
          placeholder={t('common.all')}
          data={kindOptions}
          value={value.kind}
          onChange={(kind) => onChange({ ...value, kind: kind as TaskKind | null })}
          clearable
          style={{ flex: '1 1 160px', maxWidth: 240 }}
        />
      )}
      {levelOptions.length > 1 && (
        <Select
          label={t('assignments.filterLevel')}
          placeholder={t('common.all')}
          data={levelOptions}
          value={value.unitKind}
          onChange={(unitKind) => onChange({ ...value, unitKind: unitKind as UnitKind | null })}
          clearable
          style={{ flex: '1 1 180px', maxWidth: 260 }}
        />
      )}
      {areaIds.size > 1 && (
        <UnitSelect
          label={t('assignments.filterArea')}
          placeholder={t('progress.filterUnderPlaceholder')}
          value={value.under}
          onChange={(under) => onChange({ ...value, under })}
          onlyIds={areaIds}
          clearable
          style={{ flex: '2 1 220px', maxWidth: 340 }}
          nothingFoundMessage={t('common.noResults')}
        />
      )}
      <Select
        label={t('assignments.sort')}
        data={sortOptions}
        value={value.sort}
        onChange={(sort) => onChange({ ...value, sort: (sort as AssignmentSort | null) ?? 'unit' })}
        allowDeselect={false}
        style={{ flex: '1 1 170px', maxWidth: 220 }}
      />
      {any && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange({ ...NO_ASSIGNMENT_FILTER, sort: value.sort })}
        >
          {t('progress.clearFilters')}
        </Button>
      )}
    </Group>
  );
}

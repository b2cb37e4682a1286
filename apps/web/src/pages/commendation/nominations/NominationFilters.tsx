import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { NominationStatus, NomineeKind } from '@tongket/domain';
import { UnitSelect } from '../../../components/UnitSelect.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { NO_FILTER, type NominationFilter } from './nominationFilter.ts';

export interface NominationFiltersProps {
  value: NominationFilter;
  onChange: (next: NominationFilter) => void;
  counts: ReadonlyMap<NominationStatus, number>;
  /** The units that have nominations in the list. */
  unitIds: ReadonlySet<string>;
}

/** Narrow the list to a status, a kind of nominee, one unit, or a name. */
export function NominationFilters({ value, onChange, counts, unitIds }: NominationFiltersProps) {
  const t = useT();
  const labels = useLabels();
  const statusOptions = labels.nominationStatusOptions
    .filter((o) => counts.has(o.value) || o.value === value.status)
    .map((o) => ({ value: o.value, label: `${o.label} (${counts.get(o.value) ?? 0})` }));
  const any = value.status || value.kind || value.unitId || value.q;
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('nominations.search')}
        placeholder={t('nominations.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value })}
        type="search"
        style={{ flex: '2 1 200px', maxWidth: 320 }}
      />
      <Select
        label={t('nominations.status')}
        placeholder={t('common.all')}
        data={statusOptions}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status as NominationStatus | null })}
        clearable
        style={{ flex: '1 1 170px', maxWidth: 240 }}
      />
      <Select
        label={t('nominations.kind')}
        placeholder={t('common.all')}
        data={labels.nomineeKindOptions}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as NomineeKind | null })}
        clearable
        style={{ flex: '1 1 150px', maxWidth: 220 }}
      />
      {unitIds.size > 1 && (
        <UnitSelect
          label={t('nominations.unit')}
          placeholder={t('progress.filterUnderPlaceholder')}
          value={value.unitId}
          onChange={(unitId) => onChange({ ...value, unitId })}
          onlyIds={unitIds}
          clearable
          style={{ flex: '2 1 220px', maxWidth: 360 }}
          nothingFoundMessage={t('common.noResults')}
        />
      )}
      {any && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange(NO_FILTER)}
        >
          {t('progress.clearFilters')}
        </Button>
      )}
    </Group>
  );
}

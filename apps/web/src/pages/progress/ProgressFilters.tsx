import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { SUBMITTABLE_KINDS, type TaskKind, type UnitKind } from '@tongket/domain';
import { useMemo } from 'react';
import type { ProgressFilters as Filters } from '../../api/progress.ts';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';

export interface ProgressFiltersProps {
  value: Filters;
  onChange: (next: Filters) => void;
  /** The unit kinds and units that take part in the round (its subtrees, ancestors included). */
  unitKinds: ReadonlySet<UnitKind>;
  unitIds: ReadonlySet<string>;
}

/** Narrow the progress to one kind of task, one kind of unit, or one unit and those below it. */
export function ProgressFilters({ value, onChange, unitKinds, unitIds }: ProgressFiltersProps) {
  const t = useT();
  const labels = useLabels();
  const kinds = useMemo(
    () => labels.taskKindOptions.filter((o) => SUBMITTABLE_KINDS.includes(o.value)),
    [labels],
  );
  const unitKindOptions = useMemo(
    () => labels.unitKindOptions.filter((o) => unitKinds.has(o.value)),
    [labels, unitKinds],
  );
  const any = value.kind || value.unitKind || value.under;
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('progress.filterKind')}
        placeholder={t('progress.allKinds')}
        data={kinds}
        value={value.kind ?? null}
        onChange={(kind) => onChange({ ...value, kind: (kind as TaskKind | null) ?? undefined })}
        clearable
        style={{ flex: '1 1 160px', maxWidth: 240 }}
      />
      <Select
        label={t('progress.filterUnitKind')}
        placeholder={t('common.all')}
        data={unitKindOptions}
        value={value.unitKind ?? null}
        onChange={(kind) => onChange({ ...value, unitKind: (kind as UnitKind | null) ?? undefined })}
        clearable
        style={{ flex: '1 1 180px', maxWidth: 280 }}
      />
      <UnitSelect
        label={t('progress.filterUnder')}
        placeholder={t('progress.filterUnderPlaceholder')}
        value={value.under ?? null}
        onChange={(under) => onChange({ ...value, under: under ?? undefined })}
        onlyIds={unitIds}
        clearable
        style={{ flex: '2 1 240px', maxWidth: 420 }}
      />
      {any && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange({})}>
          {t('progress.clearFilters')}
        </Button>
      )}
    </Group>
  );
}

import { type ComboboxItem, Select, type SelectProps } from '@mantine/core';
import { searchKey, type UnitListItem } from '@tongket/domain';
import { useMemo } from 'react';
import { useUnitTree } from '../api/units.ts';
import { useUnitFilter } from './useUnitFilter.ts';

const OPTION_LIMIT = 60;

export interface UnitSelectProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter' | 'searchable' | 'limit'> {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Units that may not be chosen (a unit and its subtree cannot become its own parent). */
  excludeIds?: ReadonlySet<string>;
  /** When given, only these units may be chosen (e.g. the units of one round). */
  onlyIds?: ReadonlySet<string> | undefined;
}

function optionLabel(unit: UnitListItem): string {
  return `${unit.name} (${unit.code})`;
}

/**
 * A searchable choice among every unit. Search ignores diacritics and case and matches initials,
 * as the server does, and lists at most a screenful so thousands of units stay quick.
 */
export function UnitSelect({ value, onChange, excludeIds, onlyIds, ...rest }: UnitSelectProps) {
  const tree = useUnitTree();

  const { data, keys } = useMemo(() => {
    const items = tree.data?.items ?? [];
    const keyById = new Map<string, string>();
    const options: ComboboxItem[] = [];
    for (const unit of items) {
      if (excludeIds?.has(unit.id) || (onlyIds && !onlyIds.has(unit.id))) continue;
      keyById.set(unit.id, searchKey(unit.name, unit.shortName, unit.code));
      options.push({ value: unit.id, label: optionLabel(unit) });
    }
    return { data: options, keys: keyById };
  }, [tree.data, excludeIds, onlyIds]);

  const filter = useUnitFilter(keys);

  return (
    <Select
      {...rest}
      data={data}
      value={value}
      onChange={(next) => onChange(next)}
      searchable
      filter={filter}
      limit={OPTION_LIMIT}
      maxDropdownHeight={280}
      disabled={rest.disabled || tree.isPending}
    />
  );
}

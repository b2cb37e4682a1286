import { type ComboboxItem, MultiSelect, type MultiSelectProps } from '@mantine/core';
import { searchKey, type UnitListItem } from '@tongket/domain';
import { useMemo } from 'react';
import { useUnitFilter } from './useUnitFilter.ts';

const OPTION_LIMIT = 60;

export interface UnitMultiSelectProps
  extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'filter' | 'searchable' | 'limit'> {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** The units that may be chosen, in tree order. */
  units: readonly UnitListItem[];
}

/**
 * Several units out of a list, searched as UnitSelect searches (no diacritics needed, initials
 * match). A name that occurs twice in the list shows its code so the two can be told apart.
 */
export function UnitMultiSelect({ value, onChange, units, ...rest }: UnitMultiSelectProps) {
  const { data, keys } = useMemo(() => {
    const seen = new Map<string, number>();
    for (const unit of units) seen.set(unit.name, (seen.get(unit.name) ?? 0) + 1);
    const keyById = new Map<string, string>();
    const options: ComboboxItem[] = [];
    for (const unit of units) {
      keyById.set(unit.id, searchKey(unit.name, unit.shortName, unit.code));
      const label = (seen.get(unit.name) ?? 0) > 1 ? `${unit.name} (${unit.code})` : unit.name;
      options.push({ value: unit.id, label });
    }
    // A chosen unit outside the list (moved or closed since) still shows by its id rather than vanishing.
    for (const id of value) if (!keyById.has(id)) options.push({ value: id, label: id });
    return { data: options, keys: keyById };
  }, [units, value]);

  const filter = useUnitFilter(keys);

  return (
    <MultiSelect
      {...rest}
      placeholder={value.length > 0 ? undefined : rest.placeholder}
      data={data}
      value={[...value]}
      onChange={onChange}
      searchable
      hidePickedOptions
      filter={filter}
      limit={OPTION_LIMIT}
      maxDropdownHeight={280}
    />
  );
}

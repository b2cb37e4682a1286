import type { OptionsFilter } from '@mantine/core';
import { matchesTokens, queryTokens } from '@tongket/domain';
import { useMemo } from 'react';

/**
 * The option filter of the unit pickers: every typed word must start a word of the unit's search
 * key (name, short name, code and their initials, without diacritics), as the server searches.
 */
export function useUnitFilter(keys: ReadonlyMap<string, string>): OptionsFilter {
  return useMemo<OptionsFilter>(
    () =>
      ({ options, search, limit }) => {
        const tokens = queryTokens(search);
        const result = [];
        for (const option of options) {
          if (!('value' in option)) continue;
          if (tokens.length > 0 && !matchesTokens(keys.get(String(option.value)) ?? '', tokens)) continue;
          result.push(option);
          if (result.length >= limit) break;
        }
        return result;
      },
    [keys],
  );
}

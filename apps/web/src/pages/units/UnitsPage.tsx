import { Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { hasPermission, type UnitListItem } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useUnitSearch, useUnitTree } from '../../api/units.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { CreateUnitModal } from './CreateUnitModal.tsx';
import { ImportUnitsModal } from './ImportUnitsModal.tsx';
import {
  ALL_COLLAPSED,
  ALL_EXPANDED,
  type Expansion,
  INITIAL_EXPANSION,
  toggle,
  visibleRows,
} from './treeRows.ts';
import { UnitDrawer } from './UnitDrawer.tsx';
import { UnitsToolbar } from './UnitsToolbar.tsx';
import { UnitTree } from './UnitTree.tsx';

const SEARCH_DEBOUNCE_MS = 250;
const NO_UNITS: UnitListItem[] = [];

export default function UnitsPage() {
  const t = useT();
  const me = useCurrentUser();
  const canManage = hasPermission(me.role, 'units.manage');

  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const searching = debounced.length > 0;

  const tree = useUnitTree();
  const found = useUnitSearch(debounced);

  const [treeExpansion, setTreeExpansion] = useState<Expansion>(INITIAL_EXPANSION);
  // A search answer shows every match with its ancestors open; a new query starts open again.
  const [searchExpansion, setSearchExpansion] = useState<{ q: string; expansion: Expansion }>({
    q: '',
    expansion: ALL_EXPANDED,
  });
  const currentSearchExpansion = searchExpansion.q === debounced ? searchExpansion.expansion : ALL_EXPANDED;
  const expansion = searching ? currentSearchExpansion : treeExpansion;
  const setExpansion = (next: Expansion) => {
    if (searching) setSearchExpansion({ q: debounced, expansion: next });
    else setTreeExpansion(next);
  };

  const shownItems = searching ? found.data?.items : tree.data?.items;
  const items = shownItems ?? NO_UNITS;
  const allUnits = tree.data?.items ?? NO_UNITS;
  const rows = useMemo(() => visibleRows(items, expansion), [items, expansion]);
  const highlight = useMemo(
    () => (searching ? debounced.split(/\s+/).filter(Boolean) : []),
    [searching, debounced],
  );
  const shownMatches = useMemo(
    () => (searching ? items.filter((u) => u.matched).length : 0),
    [searching, items],
  );

  const [selected, setSelected] = useState<UnitListItem | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const active = searching ? found : tree;

  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding, 0rem))"
      mih={480}
    >
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t('units.title')}
        </Title>
        <Group gap="xs">
          {active.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
          <Text size="sm" c="dimmed" aria-live="polite">
            {searching
              ? found.data && t('units.found', { count: found.data.total })
              : tree.data && t('units.count', { count: tree.data.total })}
          </Text>
        </Group>
      </Group>

      <UnitsToolbar
        search={search}
        onSearch={setSearch}
        onExpandAll={() => setExpansion(ALL_EXPANDED)}
        onCollapseAll={() => setExpansion(ALL_COLLAPSED)}
        canManage={canManage}
        onAdd={() => setCreating(true)}
        onImport={() => setImporting(true)}
      />

      {searching && found.data?.truncated && (
        <Text size="sm" c="dimmed">
          {t('units.truncated', { shown: shownMatches, total: found.data.total })}
        </Text>
      )}

      {active.isError && !active.data ? (
        <ErrorState error={active.error} onRetry={() => active.refetch()} />
      ) : active.isPending ? (
        <PageLoader />
      ) : rows.length === 0 ? (
        <Center mih={160}>
          <Text c="dimmed">{searching ? t('units.noMatch', { q: debounced }) : t('units.empty')}</Text>
        </Center>
      ) : (
        <UnitTree
          rows={rows}
          highlight={highlight}
          selectedId={selected?.id ?? null}
          onToggle={(unit) => setExpansion(toggle(expansion, unit))}
          onSelect={setSelected}
        />
      )}

      <UnitDrawer
        selected={selected}
        allUnits={allUnits}
        canEdit={canManage}
        onClose={() => setSelected(null)}
      />
      {canManage && (
        <>
          <CreateUnitModal opened={creating} onClose={() => setCreating(false)} onCreated={setSelected} />
          <ImportUnitsModal opened={importing} onClose={() => setImporting(false)} />
        </>
      )}
    </Stack>
  );
}

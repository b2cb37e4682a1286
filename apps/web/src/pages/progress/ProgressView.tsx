import { Alert, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useThrottledCallback } from '@mantine/hooks';
import { IconFileSpreadsheet, IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import {
  type Assignment,
  type Campaign,
  formatDateVn,
  formatTimeVn,
  TASK_KINDS,
  type TaskKind,
  UNIT_KINDS,
  type UnitKind,
} from '@tongket/domain';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCampaignAssignments } from '../../api/campaigns.ts';
import { useCampaignChildren } from '../../api/consolidation.ts';
import { useCampaignEvents } from '../../api/events.ts';
import { type ProgressFilters as Filters, progressWorkbookUrl, useProgress } from '../../api/progress.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { ChildRoundsList } from '../cascade/ChildRoundsList.tsx';
import { CloseRoundCard } from './CloseRoundCard.tsx';
import { LiveIndicator } from './LiveIndicator.tsx';
import { ProgressFilters } from './ProgressFilters.tsx';
import { ProgressStats } from './ProgressStats.tsx';
import { ProgressSubtreeTable } from './ProgressSubtreeTable.tsx';
import { ProgressUnitsTable } from './ProgressUnitsTable.tsx';
import { RemindButton } from './RemindButton.tsx';
import { ReminderRulesCard } from './ReminderRulesCard.tsx';

type View = 'units' | 'tree';

const FILTER_KEYS = ['kind', 'unitKind', 'under'] as const;
/** Live events refetch the tab at most this often. */
const LIVE_REFRESH_MS = 1_000;

/** The filters in the address (?kind=…&unitKind=…&under=…), so a link can open the tab filtered. */
export function filtersFromParams(params: URLSearchParams): Filters {
  const kind = params.get('kind');
  const unitKind = params.get('unitKind');
  const under = params.get('under');
  return {
    kind: TASK_KINDS.includes(kind as TaskKind) ? (kind as TaskKind) : undefined,
    unitKind: UNIT_KINDS.includes(unitKind as UnitKind) ? (unitKind as UnitKind) : undefined,
    under: under && under.length <= 64 ? under : undefined,
  };
}

/** The address's query with these filters in place of the current ones (the tab and the rest kept). */
export function searchWithFilters(params: URLSearchParams, filters: Filters): string {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return `?${next.toString()}`;
}

// The charts bring recharts: loaded after the figures, which show at once.
const ProgressCharts = lazy(() =>
  import('./ProgressCharts.tsx').then((m) => ({ default: m.ProgressCharts })),
);

/**
 * Tiến độ of an issued round: totals, charts, per unit and per level, filtered; it follows the
 * round's events and refreshes as units submit and reports are reviewed.
 */
export function ProgressView({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback(
    (next: Filters) => setParams(new URLSearchParams(searchWithFilters(params, next)), { replace: true }),
    [params, setParams],
  );
  const [view, setView] = useState<View>('units');
  const progress = useProgress(campaign.id, filters);
  // The whole round, unfiltered: who takes part (for the filters) and who is overdue (for đôn đốc).
  const whole = useProgress(campaign.id);
  const assignments = useCampaignAssignments(campaign.id, true);
  const manage = campaign.canManage && campaign.status === 'issued';
  // Lower rounds report on their own streams: their totals are read again every half minute.
  const children = useCampaignChildren(campaign.id, { refetchInterval: 30_000 });

  // On the deadline morning events come hundreds a second: refetch at once, then at most once a
  // second (the last event of a burst is always followed by one), instead of cancelling and
  // restarting the fetch at every event and never showing anything.
  const refresh = useThrottledCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['progress', campaign.id] });
    void queryClient.invalidateQueries({ queryKey: ['campaigns', 'assignments', campaign.id] });
  }, LIVE_REFRESH_MS);
  const live = useCampaignEvents(campaign.id, refresh);

  const byUnit = useMemo(() => {
    const map = new Map<string, Assignment[]>();
    for (const a of assignments.data?.items ?? []) map.set(a.unitId, [...(map.get(a.unitId) ?? []), a]);
    return map;
  }, [assignments.data]);
  const scope = useMemo(() => {
    const units = whole.data?.units ?? [];
    return {
      unitKinds: new Set<UnitKind>(units.map((u) => u.unitKind)),
      unitIds: new Set((whole.data?.subtrees ?? []).map((s) => s.unitId)),
      late: units.filter((u) => u.overdue > 0).length,
    };
  }, [whole.data]);

  if (progress.isPending) return <PageLoader />;
  if (progress.isError && !progress.data) {
    return <ErrorState error={progress.error} onRetry={() => progress.refetch()} />;
  }
  const data = progress.data;

  return (
    <Stack gap="md" data-testid="progress-view">
      {campaign.status === 'closed' && (
        <Alert color="gray" icon={<IconLock />} p="xs">
          {t('progress.closedAt', { date: campaign.closedAt ? formatDateVn(campaign.closedAt) : '' })}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <LiveIndicator state={live} />
          <Text size="xs" c="dimmed">
            {t('progress.asOf', { time: formatTimeVn(data.asOf) })}
          </Text>
          {progress.isFetching && <Loader size={12} aria-label={t('app.loading')} />}
        </Group>
        <Group gap="xs">
          <DownloadButton
            url={progressWorkbookUrl(campaign.id, filters)}
            fileName="tien-do.xlsx"
            leftSection={<IconFileSpreadsheet size={16} />}
            data-testid="progress-download"
          >
            {t('progress.download')}
          </DownloadButton>
          {manage && <RemindButton campaignId={campaign.id} lateUnits={scope.late} />}
        </Group>
      </Group>
      <ProgressFilters
        value={filters}
        onChange={setFilters}
        unitKinds={scope.unitKinds}
        unitIds={scope.unitIds}
      />
      <ProgressStats totals={data.totals} />
      <Text size="sm" c="dimmed" data-testid="progress-expected-note">
        {t('progress.expectedNote')}
        {data.notCounted.length > 0 &&
          ` ${t('progress.notCounted', {
            list: data.notCounted
              .map((k) =>
                t(`progress.notCounted.${k.kind as 'coordination' | 'nomination_summary'}`, {
                  n: k.assignments,
                }),
              )
              .join('; '),
          })}`}
      </Text>
      {data.totals.expected > 0 && (
        <Suspense fallback={<Loader size="sm" aria-label={t('app.loading')} />}>
          <ProgressCharts progress={data} linkTo={(f) => searchWithFilters(params, { ...filters, ...f })} />
        </Suspense>
      )}
      <Stack gap="xs">
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'units', label: t('progress.viewUnits') },
            { value: 'tree', label: t('progress.viewTree') },
          ]}
          w="fit-content"
        />
        {view === 'units' ? (
          <ProgressUnitsTable units={data.units} assignmentsByUnit={byUnit} />
        ) : (
          <ProgressSubtreeTable subtrees={data.subtrees} />
        )}
      </Stack>
      {(children.data?.items.length ?? 0) > 0 && (
        <Stack gap="xs" data-testid="progress-children">
          <Title order={2} size="h4">
            {t('progress.children')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('progress.childrenHint')}
          </Text>
          <ChildRoundsList items={children.data?.items ?? []} />
        </Stack>
      )}
      {manage && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <ReminderRulesCard campaign={campaign} />
          <CloseRoundCard campaign={campaign} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

import { Center, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useAwardStatistics } from '../../api/commendation.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { StatsBarChart } from './StatsBarChart.tsx';
import { type StatsRow, StatsTable } from './StatsTable.tsx';

/** /commendation: awards conferred in issued decisions, by year, form of award and unit, for every role. */
export default function CommendationStatsPage() {
  const t = useT();
  const [year, setYear] = useState<string | null>(null);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  // The unfiltered answer names the years and rounds to choose from.
  const all = useAwardStatistics();
  const stats = useAwardStatistics({ year: year ?? undefined, campaignId: campaignId ?? undefined });

  const years = useMemo(
    () => (all.data?.byYear ?? []).map((y) => ({ value: y.year, label: y.year })).reverse(),
    [all.data],
  );
  const rounds = useMemo(
    () => (all.data?.byCampaign ?? []).map((c) => ({ value: c.campaignId, label: c.campaignName })),
    [all.data],
  );

  if (stats.isPending) return <PageLoader />;
  if (stats.isError && !stats.data) return <ErrorState error={stats.error} onRetry={() => stats.refetch()} />;
  const data = stats.data;
  const byYear: StatsRow[] = data.byYear.map((r) => ({ key: r.year, label: r.year, ...r }));
  const byAward: StatsRow[] = data.byAwardType.map((r) => ({
    key: r.awardTypeId,
    label: r.awardTypeName,
    ...r,
  }));
  const byUnit: StatsRow[] = data.byUnit.map((r) => ({ key: r.unitId, label: r.unitName, ...r }));

  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
        {t('stats.title')}
      </Title>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('stats.year')}
          placeholder={t('stats.allYears')}
          data={years}
          value={year}
          onChange={setYear}
          clearable
          style={{ flex: '0 1 180px' }}
        />
        <Select
          label={t('stats.round')}
          placeholder={t('stats.allRounds')}
          data={rounds}
          value={campaignId}
          onChange={setCampaignId}
          clearable
          style={{ flex: '1 1 260px', maxWidth: 480 }}
          comboboxProps={{ width: 'target' }}
        />
        <Group gap="xs" pb={8}>
          {stats.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
          <Text size="sm" aria-live="polite" data-testid="stats-total">
            {t('stats.totalLine', { count: data.total })}
          </Text>
        </Group>
      </Group>
      {data.total === 0 ? (
        <Center mih={120}>
          <Text c="dimmed">{t('stats.empty')}</Text>
        </Center>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Paper withBorder p={{ base: 'xs', sm: 'sm' }} radius="md">
              <Title order={2} size="h5" mb="xs">
                {t('stats.byYear')}
              </Title>
              <StatsTable title={t('stats.yearColumn')} rows={byYear} caption={t('stats.byYear')} />
            </Paper>
            <Paper withBorder p={{ base: 'xs', sm: 'sm' }} radius="md">
              <Title order={2} size="h5" mb="xs">
                {t('stats.byAwardType')}
              </Title>
              <StatsTable title={t('stats.awardColumn')} rows={byAward} caption={t('stats.byAwardType')} />
              {byAward.length > 1 && <StatsBarChart rows={byAward} label={t('stats.byAwardType')} />}
            </Paper>
          </SimpleGrid>
          <Paper withBorder p={{ base: 'xs', sm: 'sm' }} radius="md">
            <Title order={2} size="h5" mb="xs">
              {t('stats.byUnit')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <StatsBarChart rows={byUnit} label={t('stats.byUnit')} />
              <StatsTable title={t('stats.unitColumn')} rows={byUnit} caption={t('stats.byUnit')} />
            </SimpleGrid>
          </Paper>
        </>
      )}
    </Stack>
  );
}

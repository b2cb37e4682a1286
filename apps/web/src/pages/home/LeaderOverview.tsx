import { Anchor, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  formatDateTimeVn,
  type LeaderOverview as Overview,
  type OverviewFilter,
  type OverviewIndicator,
  type OverviewRound,
} from '@tongket/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLeaderOverview } from '../../api/home.ts';
import { BarLegend, BarList, type BarRow, countScale } from '../../components/charts/BarList.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { percent } from '../progress/progressStates.ts';

/** How many rounds get a card of their own; the others are picked from the list. */
const CARDS = 4;

const figure = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** The round's progress tab, filtered to the units behind a figure. */
export function progressHref(campaignId: string, filter: OverviewFilter = {}): string {
  const query = new URLSearchParams();
  if (filter.unitKind) query.set('unitKind', filter.unitKind);
  if (filter.under) query.set('under', filter.under);
  const search = query.toString();
  return `/campaigns/${encodeURIComponent(campaignId)}/progress${search ? `?${search}` : ''}`;
}

/** The same indicator in another round: the same name and unit of measure. */
const indicatorKey = (i: Pick<OverviewIndicator, 'name' | 'unit'>) => `${i.name}|${i.unit}`;

/**
 * The leader's home: the province at a glance. Each recent round's rates; for the round chosen, the
 * reporting and on-time rates by block and by level, the reported indicators by block, by level
 * and over the rounds; the awards by form and by unit. Every bar leads to the units behind it.
 */
export function LeaderOverview() {
  const t = useT();
  const query = useLeaderOverview();
  const data = query.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="leader-overview-title" data-testid="leader-overview">
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} size="h3" id="leader-overview-title">
          {t('leader.title', { province: data?.provinceName ?? '' })}
        </Title>
        {data && (
          <Text size="sm" c="dimmed">
            {t('home.nowAsOf', { time: formatDateTimeVn(data.asOf) })}
          </Text>
        )}
      </Group>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !data ? (
        <Skeleton h={240} />
      ) : data.rounds.length === 0 ? (
        <Text c="dimmed">{t('leader.noRounds')}</Text>
      ) : (
        <OverviewBody data={data} />
      )}
    </Stack>
  );
}

function OverviewBody({ data }: { data: Overview }) {
  const t = useT();
  const [chosen, setChosen] = useState<string>(data.rounds[0]?.campaignId ?? '');
  const round = data.rounds.find((r) => r.campaignId === chosen) ?? (data.rounds[0] as OverviewRound);
  const options = data.rounds.map((r) => ({
    value: r.campaignId,
    label: r.parentCampaignId ? `${r.name} — ${r.issuingUnitName}` : r.name,
  }));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: CARDS }} spacing="sm">
        {data.rounds.slice(0, CARDS).map((r) => (
          <RateCard key={r.campaignId} round={r} />
        ))}
      </SimpleGrid>
      <Select
        label={t('leader.round')}
        data={options}
        value={round.campaignId}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        searchable
        maw={640}
        data-testid="leader-round"
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <ChartCard title={t('leader.byArea', { top: round.topUnitName })}>
          <RateBars
            round={round}
            rows={round.byArea.map((a) => ({ ...a, key: a.unitId, label: a.unitName }))}
            testId="leader-area"
          />
        </ChartCard>
        <ChartCard title={t('leader.byLevel')}>
          <LevelBars round={round} />
        </ChartCard>
      </SimpleGrid>
      <Indicators round={round} rounds={data.rounds} />
      <Awards awards={data.awards} />
    </Stack>
  );
}

function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {title}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

function RateCard({ round }: { round: OverviewRound }) {
  const t = useT();
  const c = round.totals;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component={Link}
      to={progressHref(round.campaignId)}
      data-testid="leader-rate-card"
      style={{ color: 'inherit', textDecoration: 'none' }}
    >
      <Text size="sm" fw={600} lineClamp={2}>
        {round.name}
      </Text>
      {round.parentCampaignId && (
        <Text size="xs" c="dimmed">
          {round.issuingUnitName}
        </Text>
      )}
      <Group gap="lg" mt={6} wrap="nowrap">
        <div>
          <Text size="xl" fw={700} data-testid="rate-reporting">
            {percent(c.reportingRate)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('leader.reportingRate')}
          </Text>
        </div>
        <div>
          <Text size="xl" fw={700} c="teal.8" data-testid="rate-onTime">
            {percent(c.onTimeRate)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('leader.onTimeRate')}
          </Text>
        </div>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('leader.counts', { submitted: c.submitted, expected: c.expected, overdue: c.overdue })}
      </Text>
    </Paper>
  );
}

type RateRow = OverviewRound['totals'] & {
  key: string;
  label: string;
  units?: number;
  filter: OverviewFilter;
};

/** Rates as stacked bars on a 0–100% scale: on time, then late; together the reporting rate. */
function RateBars({ round, rows, testId }: { round: OverviewRound; rows: RateRow[]; testId: string }) {
  const t = useT();
  const parts = [
    { name: t('leader.partOnTime'), color: 'teal.6' },
    { name: t('leader.partLate'), color: 'yellow.6' },
  ];
  const bars: BarRow[] = rows.map((r) => ({
    key: r.key,
    label: r.units && r.units > 1 ? t('progress.blockOf', { name: r.label, n: r.units }) : r.label,
    description: `${r.label}: ${t('leader.rateDescription', {
      reporting: percent(r.reportingRate),
      onTime: percent(r.onTimeRate),
      submitted: r.submitted,
      expected: r.expected,
    })}`,
    segments: [
      { name: parts[0]?.name ?? '', value: r.expected ? (r.onTime / r.expected) * 100 : 0, color: 'teal.6' },
      { name: parts[1]?.name ?? '', value: r.expected ? (r.late / r.expected) * 100 : 0, color: 'yellow.6' },
    ],
    display: (
      <>
        {percent(r.reportingRate)}{' '}
        <Text span size="xs" c="dimmed">
          ({r.submitted}/{r.expected})
        </Text>
      </>
    ),
    href: progressHref(round.campaignId, r.filter),
    testId: `${testId}-${r.key}`,
  }));
  if (bars.length === 0) return <Text c="dimmed">{t('leader.nothing')}</Text>;
  return (
    <Stack gap={6}>
      <BarLegend items={parts} />
      <BarList
        rows={bars}
        max={100}
        step={25}
        formatTick={(v) => `${v}%`}
        caption={t('leader.rateScale')}
        data-testid={testId}
      />
    </Stack>
  );
}

function LevelBars({ round }: { round: OverviewRound }) {
  const labels = useLabels();
  return (
    <RateBars
      round={round}
      rows={round.byLevel.map((l) => ({ ...l, key: l.unitKind, label: labels.unitKind(l.unitKind) }))}
      testId="leader-level"
    />
  );
}

function Indicators({ round, rounds }: { round: OverviewRound; rounds: OverviewRound[] }) {
  const t = useT();
  const labels = useLabels();
  const shown = round.indicators.filter((i) => i.total !== null);
  const [picked, setPicked] = useState<string | null>(null);
  const indicator = shown.find((i) => i.indicatorId === picked) ?? shown[0];
  const overRounds = useMemo(() => {
    if (!indicator) return [];
    const key = indicatorKey(indicator);
    return rounds.flatMap((r) => {
      const same = r.indicators.find((i) => indicatorKey(i) === key && i.total !== null);
      return same ? [{ round: r, value: same.total as number }] : [];
    });
  }, [indicator, rounds]);
  if (!indicator) {
    return (
      <ChartCard title={t('leader.indicators')} testId="leader-indicators">
        <Text c="dimmed">{t('leader.noIndicators')}</Text>
      </ChartCard>
    );
  }
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const valueBars = (
    rows: { key: string; label: string; value: number | null; reported: number; href: string }[],
    testId: string,
  ) => {
    const scale = countScale(Math.max(0, ...rows.map((r) => r.value ?? 0)));
    return (
      <BarList
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          description: `${r.label}: ${r.value === null ? '—' : figure.format(r.value)}${unit}`,
          segments: [{ name: indicator.name, value: r.value ?? 0, color: 'blue.6' }],
          display: r.value === null ? '—' : figure.format(r.value),
          href: r.href,
          testId: `${testId}-${r.key}`,
        }))}
        max={scale.max}
        step={scale.step}
        formatTick={(v) => figure.format(v)}
        caption={indicator.unit ? t('leader.indicatorScale', { unit: indicator.unit }) : undefined}
        data-testid={testId}
      />
    );
  };
  return (
    <Paper withBorder p="sm" radius="md" data-testid="leader-indicators">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Text fw={600} size="sm">
            {t('leader.indicators')}
          </Text>
          <Select
            aria-label={t('leader.indicator')}
            data={shown.map((i) => ({ value: i.indicatorId, label: `${i.sectionLabel} ${i.name}` }))}
            value={indicator.indicatorId}
            onChange={(value) => setPicked(value)}
            allowDeselect={false}
            searchable
            w={{ base: '100%', sm: 420 }}
          />
        </Group>
        <Text size="sm">
          {t('leader.indicatorTotal', {
            total: figure.format(indicator.total as number),
            unit,
            reported: indicator.reported,
            rule: labels.aggregation(indicator.aggregation),
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('leader.indicatorByArea')}
            </Text>
            {valueBars(
              indicator.byArea.map((a) => ({
                key: a.unitId,
                label: a.unitName,
                value: a.value,
                reported: a.reported,
                href: progressHref(round.campaignId, a.filter),
              })),
              'leader-indicator-area',
            )}
          </Stack>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('leader.indicatorByLevel')}
            </Text>
            {valueBars(
              indicator.byLevel.map((l) => ({
                key: l.unitKind,
                label: labels.unitKind(l.unitKind),
                value: l.value,
                reported: l.reported,
                href: progressHref(round.campaignId, l.filter),
              })),
              'leader-indicator-level',
            )}
            {overRounds.length > 1 && (
              <>
                <Text size="sm" fw={500} mt="sm">
                  {t('leader.indicatorOverRounds')}
                </Text>
                {valueBars(
                  overRounds.map(({ round: r, value }) => ({
                    key: r.campaignId,
                    label: r.name,
                    value,
                    reported: 0,
                    href: progressHref(r.campaignId),
                  })),
                  'leader-indicator-rounds',
                )}
              </>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function Awards({ awards }: { awards: Overview['awards'] }) {
  const t = useT();
  const parts = [
    { key: 'collective', name: t('leader.awardCollective'), color: 'indigo.6' },
    { key: 'individual', name: t('leader.awardIndividual'), color: 'cyan.6' },
    { key: 'exemplar', name: t('leader.awardExemplar'), color: 'grape.5' },
  ] as const;
  const rows = (
    items: Array<{
      key: string;
      label: string;
      collective: number;
      individual: number;
      exemplar: number;
      total: number;
    }>,
    testId: string,
  ) => {
    const scale = countScale(Math.max(0, ...items.map((i) => i.total)));
    return (
      <BarList
        rows={items.map((i) => ({
          key: i.key,
          label: i.label,
          description: `${i.label}: ${i.total}`,
          segments: parts.map((p) => ({ name: p.name, value: i[p.key], color: p.color })),
          display: i.total,
          href: '/commendation',
          testId: `${testId}-${i.key}`,
        }))}
        max={scale.max}
        step={scale.step}
        formatTick={(v) => String(v)}
        caption={t('leader.awardScale')}
        data-testid={testId}
      />
    );
  };
  return (
    <Paper withBorder p="sm" radius="md" data-testid="leader-awards">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('leader.awards', { n: awards.total })}
          </Text>
          <Anchor component={Link} to="/commendation" size="sm">
            {t('leader.awardsMore')}
          </Anchor>
        </Group>
        {awards.total === 0 ? (
          <Text c="dimmed">{t('leader.noAwards')}</Text>
        ) : (
          <>
            <BarLegend items={[...parts]} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Stack gap={6}>
                <Text size="sm" fw={500}>
                  {t('leader.awardsByType')}
                </Text>
                {rows(
                  awards.byAwardType.map((a) => ({ ...a, key: a.awardTypeId, label: a.awardTypeName })),
                  'leader-award-type',
                )}
              </Stack>
              <Stack gap={6}>
                <Text size="sm" fw={500}>
                  {t('leader.awardsByUnit')}
                </Text>
                {rows(
                  awards.byUnit.map((u) => ({ ...u, key: u.unitId, label: u.unitName })),
                  'leader-award-unit',
                )}
              </Stack>
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}

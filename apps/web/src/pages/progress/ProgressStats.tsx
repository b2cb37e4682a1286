import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ProgressCounts } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { percent } from './progressStates.ts';

const STATS: ReadonlyArray<{ key: keyof ProgressCounts; label: MessageKey; color?: string; rate?: boolean }> =
  [
    { key: 'expected', label: 'progress.expected' },
    { key: 'submitted', label: 'progress.submitted', color: 'blue.7' },
    { key: 'onTime', label: 'progress.onTime', color: 'teal.7' },
    { key: 'late', label: 'progress.late', color: 'yellow.8' },
    { key: 'overdue', label: 'progress.overdue', color: 'red.7' },
    { key: 'waiting', label: 'progress.waiting' },
    { key: 'accepted', label: 'progress.accepted', color: 'teal.7' },
    { key: 'returned', label: 'progress.returned', color: 'orange.8' },
    { key: 'reportingRate', label: 'progress.reportingRate', color: 'blue.7', rate: true },
    { key: 'onTimeRate', label: 'progress.onTimeRate', color: 'teal.7', rate: true },
  ];

/** The round's totals, one card each: how many owe, sent, on time, late, overdue… and the two rates. */
export function ProgressStats({ totals }: { totals: ProgressCounts }) {
  const t = useT();
  return (
    <SimpleGrid
      cols={{ base: 2, xs: 3, md: 5 }}
      spacing="xs"
      aria-label={t('progress.statsLabel')}
      role="list"
    >
      {STATS.map((stat) => (
        <Paper key={stat.key} withBorder p="xs" radius="md" role="listitem" data-testid={`stat-${stat.key}`}>
          <Text size="xs" c="dimmed" lh={1.3}>
            {t(stat.label)}
          </Text>
          <Text fw={700} fz={24} lh={1.2} c={stat.color} data-testid="stat-value">
            {stat.rate ? percent(totals[stat.key]) : totals[stat.key]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

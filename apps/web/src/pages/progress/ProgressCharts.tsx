import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Box, Grid, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Progress } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { percent, STATE_PARTS } from './progressStates.ts';

type Grouping = 'kind' | 'subtree';

const BAR_ROW_PX = 30;

/** The states as a donut, and compared across task kinds or across the blocks of units. */
export function ProgressCharts({ progress }: { progress: Progress }) {
  const t = useT();
  const labels = useLabels();
  const [grouping, setGrouping] = useState<Grouping>('subtree');
  const { totals } = progress;

  const donut = STATE_PARTS.map((part) => ({
    name: t(part.label),
    value: totals[part.key],
    color: part.color,
  }));
  const series = STATE_PARTS.map((part) => ({ name: part.key, label: t(part.label), color: part.color }));

  const bars = useMemo(() => {
    if (grouping === 'kind') {
      return progress.byKind.map((row) => ({ ...row, label: labels.taskKind(row.kind) }));
    }
    // The blocks right under the top of what is shown (the province's departments and districts).
    const top = Math.min(...progress.subtrees.map((s) => s.depth));
    const below = progress.subtrees.filter((s) => s.depth === top + 1);
    return (below.length > 0 ? below : progress.subtrees.filter((s) => s.depth === top)).map((row) => ({
      ...row,
      label: row.unitName,
    }));
  }, [grouping, progress, labels]);

  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="sm" radius="md" h="100%">
          <Stack gap="xs" align="center">
            <Text fw={600} size="sm" style={{ alignSelf: 'flex-start' }}>
              {t('progress.chartStates')}
            </Text>
            <DonutChart
              data={donut.some((d) => d.value > 0) ? donut : [{ name: '—', value: 1, color: 'gray.2' }]}
              chartLabel={percent(totals.reportingRate)}
              size={170}
              thickness={26}
              withTooltip={totals.expected > 0}
              tooltipDataSource="segment"
              aria-label={t('progress.chartStates')}
            />
            <Legend items={donut.map((d) => ({ ...d, label: `${d.name}: ${d.value}` }))} />
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder p="sm" radius="md" h="100%">
          <Stack gap="xs">
            <Group justify="space-between" gap="xs">
              <Text fw={600} size="sm">
                {t('progress.chartCompare')}
              </Text>
              <SegmentedControl
                size="xs"
                value={grouping}
                onChange={(value) => setGrouping(value as Grouping)}
                data={[
                  { value: 'subtree', label: t('progress.bySubtree') },
                  { value: 'kind', label: t('progress.byKind') },
                ]}
              />
            </Group>
            <Legend items={donut.map((d) => ({ ...d, label: d.name }))} />
            <Box style={{ maxHeight: 420, overflowY: 'auto' }}>
              <BarChart
                h={Math.max(160, bars.length * BAR_ROW_PX + 50)}
                data={bars}
                dataKey="label"
                type="stacked"
                orientation="vertical"
                series={series}
                yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 11 } }}
                xAxisProps={{ allowDecimals: false }}
                maxBarWidth={22}
                gridAxis="x"
                tooltipAnimationDuration={0}
              />
            </Box>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function Legend({ items }: { items: { name: string; label: string; color: string }[] }) {
  return (
    <Group gap="sm" justify="center">
      {items.map((item) => (
        <Group key={item.name} gap={4} wrap="nowrap">
          <Box w={10} h={10} bg={item.color} style={{ borderRadius: 2 }} />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

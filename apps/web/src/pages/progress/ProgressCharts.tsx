import '@mantine/charts/styles.css';
import { DonutChart } from '@mantine/charts';
import { Box, Grid, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Progress, ProgressCounts } from '@tongket/domain';
import { useMemo, useState } from 'react';
import type { ProgressFilters } from '../../api/progress.ts';
import { BarLegend, BarList, countScale } from '../../components/charts/BarList.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { percent, STATE_PARTS } from './progressStates.ts';

type Grouping = 'kind' | 'subtree';

/**
 * The states as a donut, and compared across task kinds or across the blocks of units: every block
 * right under the top of what is shown (a department is a block of one unit, a district a block of
 * itself and its communes), each named with its number of units when it has more than one, drawn
 * against a scale of tasks, and each a link to the progress filtered to it.
 */
export function ProgressCharts({
  progress,
  linkTo,
}: {
  progress: Progress;
  /** The address of this progress with a filter added (the units behind a bar). */
  linkTo?: (filter: ProgressFilters) => string;
}) {
  const t = useT();
  const labels = useLabels();
  const [grouping, setGrouping] = useState<Grouping>('subtree');
  const { totals } = progress;

  const donut = STATE_PARTS.map((part) => ({
    name: t(part.label),
    value: totals[part.key],
    color: part.color,
  }));

  const bars = useMemo(() => {
    const row = (c: ProgressCounts, key: string, label: string, filter: ProgressFilters) => ({
      key,
      label,
      description: `${label}: ${t('progress.chartRowDescription', {
        submitted: c.submitted,
        expected: c.expected,
        onTime: c.onTime,
      })}`,
      segments: STATE_PARTS.map((part) => ({ name: t(part.label), value: c[part.key], color: part.color })),
      display: `${c.submitted}/${c.expected}`,
      href: linkTo?.(filter),
      testId: 'compare-row',
      expected: c.expected,
    });
    if (grouping === 'kind') {
      return progress.byKind.map((c) => row(c, c.kind, labels.taskKind(c.kind), { kind: c.kind }));
    }
    return progressBlocks(progress).map(({ block, units }) =>
      row(
        block,
        block.unitId,
        units > 1 ? t('progress.blockOf', { name: block.unitName, n: units }) : block.unitName,
        { under: block.unitId },
      ),
    );
  }, [grouping, progress, labels, t, linkTo]);
  const scale = countScale(Math.max(0, ...bars.map((b) => b.expected)));

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
            <BarLegend items={donut} />
            <BarList
              rows={bars}
              max={scale.max}
              step={scale.step}
              formatTick={(v) => String(v)}
              caption={t('progress.chartScaleTasks')}
              aria-label={t('progress.chartCompare')}
              data-testid="progress-compare"
            />
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

/**
 * The blocks right under the top of what is shown (the province's departments and districts), in
 * tree order, each with its number of units that owe something. The subtrees come in tree order
 * with their depths, so a block's units are the rows that follow it until the depth comes back.
 */
export function progressBlocks(progress: Progress) {
  const { subtrees } = progress;
  if (subtrees.length === 0) return [];
  const owing = new Set(progress.units.map((u) => u.unitId));
  const top = Math.min(...subtrees.map((s) => s.depth));
  // The top is a block when nothing lies under it, else the blocks are the rows one level down.
  const level = subtrees.some((s) => s.depth === top + 1) ? top + 1 : top;
  const out: { block: (typeof subtrees)[number]; units: number }[] = [];
  subtrees.forEach((s, i) => {
    if (s.depth !== level) return;
    let units = owing.has(s.unitId) ? 1 : 0;
    for (let j = i + 1; j < subtrees.length && (subtrees[j]?.depth ?? 0) > level; j++) {
      if (owing.has(subtrees[j]?.unitId ?? '')) units++;
    }
    out.push({ block: s, units });
  });
  return out;
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

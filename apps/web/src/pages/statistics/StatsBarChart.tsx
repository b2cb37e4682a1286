import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useT } from '../../i18n/useT.ts';
import type { StatsRow } from './StatsTable.tsx';

const ROW_PX = 34;

/** Tập thể, cá nhân and điển hình stacked per row, names down the side so long ones stay readable. */
export function StatsBarChart({ rows, label }: { rows: readonly StatsRow[]; label: string }) {
  const t = useT();
  const series = [
    { name: 'collective', label: t('stats.collective'), color: 'blue.6' },
    { name: 'individual', label: t('stats.individual'), color: 'teal.6' },
    { name: 'exemplar', label: t('stats.exemplar'), color: 'grape.5' },
  ];
  return (
    <Box style={{ maxHeight: 480, overflowY: 'auto' }} role="img" aria-label={label}>
      <BarChart
        h={Math.max(140, rows.length * ROW_PX + 60)}
        data={rows.map((r) => ({ ...r }))}
        dataKey="label"
        type="stacked"
        orientation="vertical"
        series={series}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 32 }}
        yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 11 } }}
        xAxisProps={{ allowDecimals: false }}
        maxBarWidth={20}
        gridAxis="x"
        tooltipAnimationDuration={0}
      />
    </Box>
  );
}

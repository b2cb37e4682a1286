import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { QuotaStatus } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { QuotaUnitList } from './QuotaUnitList.tsx';
import { quotaColor, quotaPercent, rowCapacity } from './quotaView.ts';
import { useQuotaRowText } from './useQuotaRowText.ts';

export interface QuotaRowCardProps {
  row: QuotaStatus;
  poolUse: ReadonlyMap<string, number>;
  highlightUnitId?: string | undefined;
}

/** One line of section VI: "Bộ Chỉ huy Quân sự tỉnh: 03 tập thể", how much of it is used, and by whom. */
export function QuotaRowCard({ row, poolUse, highlightUnitId }: QuotaRowCardProps) {
  const t = useT();
  const rowText = useQuotaRowText();
  const labels = useLabels();
  const limit = rowCapacity(row);
  const color = quotaColor(row.used, limit);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="quota-row">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} style={{ minWidth: 0 }}>
            {row.label}
          </Text>
          <Text
            size="sm"
            fw={700}
            c={`${color}.8`}
            style={{ whiteSpace: 'nowrap' }}
            aria-label={t('quotaUse.used', { used: row.used, limit })}
          >
            {row.used}/{limit}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {rowText(row)}
          {row.scope !== 'unit' && ` · ${labels.quotaScope(row.scope)}`}
          {row.used > limit && (
            <Text span size="xs" c="red.8" fw={600}>
              {' · '}
              {t('quotaUse.over', { count: row.used - limit })}
            </Text>
          )}
        </Text>
        <Progress value={quotaPercent(row.used, limit)} color={color} size="sm" />
        {row.scope !== 'unit' && row.units.length > 0 && (
          <QuotaUnitList row={row} poolUse={poolUse} highlightUnitId={highlightUnitId} />
        )}
      </Stack>
    </Paper>
  );
}

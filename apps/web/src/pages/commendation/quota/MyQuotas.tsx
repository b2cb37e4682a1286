import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { QuotaStatus } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { QuotaUseBar } from './QuotaUseBar.tsx';
import { quotasOfUnit } from './quotaView.ts';
import { useQuotaRowText } from './useQuotaRowText.ts';

export interface MyQuotasProps {
  rows: readonly QuotaStatus[];
  unitId: string;
  unitName: string;
  /** Shows each row's heading too: the home page lists several rounds' rows without their groups. */
  compact?: boolean;
}

/** A unit officer's part of section VI first: each row that covers the unit, and what is left to send. */
export function MyQuotas({ rows, unitId, unitName, compact }: MyQuotasProps) {
  const t = useT();
  const rowText = useQuotaRowText();
  const labels = useLabels();
  const mine = quotasOfUnit(rows, unitId);
  if (mine.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('quotaUse.noneForUnit', { unit: unitName })}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="section" aria-label={t('quotaUse.mine', { unit: unitName })}>
      {!compact && (
        <Title order={3} size="h5">
          {t('quotaUse.mine', { unit: unitName })}
        </Title>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
        {mine.map(({ row, limit, used, left }) => (
          <Paper key={row.quotaRowId} withBorder p="xs" radius="sm" bg="blue.0" data-testid="my-quota">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {labels.nomineeKind(row.nomineeKind)} · {rowText(row)}
                </Text>
                <Badge color={left > 0 ? 'teal' : 'orange'} variant="filled" miw="max-content">
                  {t('quotaUse.left', { count: left })}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {row.scope === 'pool' ? t('quotaUse.sharedBy', { label: row.label }) : row.awardTypeName}
              </Text>
              <QuotaUseBar used={used} limit={limit} />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Nomination, QuotaStatus } from '@tongket/domain';
import { useMemo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { MyQuotas } from './MyQuotas.tsx';
import { QuotaRowCard } from './QuotaRowCard.tsx';
import { groupQuotas, ownUse } from './quotaView.ts';

export interface QuotaPanelProps {
  rows: readonly QuotaStatus[];
  /** The nominations the caller can read: each unit's own share of a pool is counted from them. */
  nominations: readonly Nomination[];
  /** A unit officer's unit: its rows come first, with what is left. */
  myUnit?: { id: string; name: string } | undefined;
}

/** Section VI of the plan as cards: every quota row with its use, grouped under its numbered item. */
export function QuotaPanel({ rows, nominations, myUnit }: QuotaPanelProps) {
  const t = useT();
  const groups = useMemo(() => groupQuotas(rows), [rows]);
  const poolUse = useMemo(() => ownUse(nominations), [nominations]);
  if (rows.length === 0) {
    return <Text c="dimmed">{t('quotaUse.empty')}</Text>;
  }
  return (
    <Stack gap="md">
      {myUnit && <MyQuotas rows={rows} unitId={myUnit.id} unitName={myUnit.name} />}
      {groups.map((group, i) => (
        <Paper key={group.awardGroupId} withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
          <Stack gap="sm">
            <div>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <Title order={3} size="h5" style={{ flex: 1 }}>
                  {i + 1}. {group.heading}
                </Title>
              </Group>
              {group.awardTypeName && (
                <Badge variant="light" mt={4} miw="max-content" style={{ whiteSpace: 'normal' }} h="auto">
                  {group.awardTypeName}
                </Badge>
              )}
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
              {group.rows.map((row) => (
                <QuotaRowCard key={row.quotaRowId} row={row} poolUse={poolUse} highlightUnitId={myUnit?.id} />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import type { QuotaStatus } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';

export interface QuotaUnitListProps {
  row: QuotaStatus;
  /** Each unit's own slots of a pool, when the caller can see them ("rowId|unitId" → n). */
  poolUse: ReadonlyMap<string, number>;
  highlightUnitId?: string | undefined;
}

/** The units a pool or an "each" rule covers, with their own use; folded away until asked for. */
export function QuotaUnitList({ row, poolUse, highlightUnitId }: QuotaUnitListProps) {
  const t = useT();
  const [opened, { toggle }] = useDisclosure(false);
  const pool = row.scope === 'pool';
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-xs"
        onClick={toggle}
        rightSection={opened ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        aria-expanded={opened}
      >
        {t('quotaUse.units', { count: row.units.length })}
      </Button>
      <Collapse expanded={opened}>
        <Stack gap={2} mt={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {row.units.map((unit) => {
            const used = pool ? (poolUse.get(`${row.quotaRowId}|${unit.unitId}`) ?? 0) : unit.used;
            const full = !pool && used >= unit.limit;
            return (
              <Group
                key={unit.unitId}
                component="li"
                justify="space-between"
                gap="xs"
                wrap="nowrap"
                fw={unit.unitId === highlightUnitId ? 600 : undefined}
              >
                <Text size="xs">{unit.unitName}</Text>
                <Text size="xs" c={full ? 'orange.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {pool
                    ? t('quotaUse.unitSent', { used })
                    : t('quotaUse.unitUse', { used, limit: unit.limit })}
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Collapse>
    </div>
  );
}

import { Group, Progress, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';
import { quotaColor, quotaPercent } from './quotaView.ts';

/** "đã dùng 2/3" with a bar, and how far past the quota when it was overridden. */
export function QuotaUseBar({ used, limit }: { used: number; limit: number }) {
  const t = useT();
  return (
    <div>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('quotaUse.used', { used, limit })}
        </Text>
        {used > limit && (
          <Text size="xs" c="red.8" fw={600}>
            {t('quotaUse.over', { count: used - limit })}
          </Text>
        )}
      </Group>
      <Progress
        value={quotaPercent(used, limit)}
        color={quotaColor(used, limit)}
        size="sm"
        aria-label={t('quotaUse.used', { used, limit })}
        mt={2}
      />
    </div>
  );
}

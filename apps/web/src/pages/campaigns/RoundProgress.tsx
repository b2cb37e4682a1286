import { Group, Progress, Stack, Text } from '@mantine/core';
import type { RoundProgress as Figures } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';

/**
 * A round's progress in its list row: "18/30 đã gửi · 3 quá hạn" over a small bar, sent in green
 * and overdue in red, so a glance down the list shows which round lags.
 */
export function RoundProgress({ progress }: { progress: Figures }) {
  const t = useT();
  const { expected, submitted, overdue } = progress;
  if (expected === 0) return null;
  const pct = (n: number) => (n / expected) * 100;
  return (
    <Stack
      gap={4}
      miw={150}
      maw={220}
      data-testid="round-progress"
      aria-label={t('campaigns.progressLabel', { submitted, expected, overdue })}
    >
      <Group gap={6} wrap="nowrap">
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t('campaigns.progressSent', { submitted, expected })}
        </Text>
        {overdue > 0 && (
          <Text size="sm" c="red.8" style={{ whiteSpace: 'nowrap' }}>
            · {t('campaigns.progressOverdue', { count: overdue })}
          </Text>
        )}
      </Group>
      <Progress.Root size="sm" aria-hidden>
        <Progress.Section value={pct(submitted)} color="teal" />
        <Progress.Section value={pct(overdue)} color="red" />
      </Progress.Root>
    </Stack>
  );
}

import { Box, Group, Text } from '@mantine/core';
import type { LiveState } from '../../api/events.ts';
import { useT } from '../../i18n/useT.ts';
import classes from './LiveIndicator.module.css';

const COLORS: Record<LiveState, string> = {
  live: 'var(--mantine-color-teal-6)',
  connecting: 'var(--mantine-color-yellow-6)',
  offline: 'var(--mantine-color-gray-5)',
};

/** "Cập nhật trực tiếp": the page follows the round's events and refreshes by itself. */
export function LiveIndicator({ state }: { state: LiveState }) {
  const t = useT();
  const label =
    state === 'live'
      ? t('progress.live')
      : state === 'connecting'
        ? t('progress.connecting')
        : t('progress.offline');
  return (
    <Group gap={6} wrap="nowrap" data-testid="live-indicator" data-state={state}>
      <Box
        className={state === 'live' ? classes.pulse : undefined}
        w={8}
        h={8}
        style={{ borderRadius: '50%', background: COLORS[state], flexShrink: 0 }}
        aria-hidden
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

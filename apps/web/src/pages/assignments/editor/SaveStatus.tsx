import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconGitMerge, IconRefresh } from '@tabler/icons-react';
import { formatDateTimeVn, formatTimeVn, vietnamDate } from '@tongket/domain';
import { useErrorMessage } from '../../../api/errors.ts';
import { useT } from '../../../i18n/useT.ts';
import type { SaveState } from './useReportDraft.ts';

export interface SaveStatusProps {
  state: SaveState;
  onRetry: () => void;
  onMerge: () => void;
}

/** "Đã lưu lúc 14:05", "Đang lưu…", "Chưa lưu" — and what to do when a save did not go through. */
export function SaveStatus({ state, onRetry, onMerge }: SaveStatusProps) {
  const t = useT();
  const message = useErrorMessage();
  const line = (() => {
    switch (state.kind) {
      case 'saved':
        if (!state.at)
          return (
            <Text size="sm" c="dimmed">
              {t('save.autosave')}
            </Text>
          );
        return (
          <Group gap={4} wrap="nowrap">
            <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('save.savedAt', {
                time:
                  vietnamDate(state.at) === vietnamDate(new Date())
                    ? formatTimeVn(state.at)
                    : formatDateTimeVn(state.at),
              })}
            </Text>
          </Group>
        );
      case 'pending':
        return (
          <Text size="sm" c="orange.8" fw={600}>
            {t('save.unsaved')}
          </Text>
        );
      case 'saving':
        return (
          <Group gap={6} wrap="nowrap">
            <Loader size={14} />
            <Text size="sm" c="dimmed">
              {t('save.saving')}
            </Text>
          </Group>
        );
      case 'invalid':
        return (
          <Text size="sm" c="red.7" fw={600}>
            {t('save.invalid')}
          </Text>
        );
      case 'failed':
        return (
          <Group gap={6} wrap="wrap">
            <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
            <Text size="sm" c="red.7">
              {t('save.failed', { reason: message(state.error) })}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              onClick={onRetry}
            >
              {t('save.retry')}
            </Button>
          </Group>
        );
      case 'conflict':
        return (
          <Group gap={6} wrap="wrap">
            <Text size="sm" c="orange.8" fw={600}>
              {t('save.conflict')}
            </Text>
            <Button
              size="compact-sm"
              color="orange"
              leftSection={<IconGitMerge size={14} />}
              onClick={onMerge}
            >
              {t('merge.open')}
            </Button>
          </Group>
        );
    }
  })();
  return (
    <div role="status" aria-live="polite" data-testid="save-status">
      {line}
    </div>
  );
}

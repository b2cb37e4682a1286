import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';

export interface SaveBarProps {
  dirty: boolean;
  pending: boolean;
  onSave: () => void;
  /** A refused save: the conflict or the server's message, shown right above the button. */
  children?: ReactNode;
}

/** Stays at the bottom of the screen while a long form scrolls, so saving is always one click away. */
export function SaveBar({ dirty, pending, onSave, children }: SaveBarProps) {
  const t = useT();
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      radius="md"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 20 }}
      data-testid="save-bar"
    >
      <Stack gap="xs">
        {children}
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} fw={dirty ? 600 : 400} aria-live="polite">
            {dirty ? t('editor.unsaved') : t('editor.allSaved')}
          </Text>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={!dirty}
            loading={pending}
            onClick={onSave}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

import { Button, Group, Paper, Stack } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { SaveStatus, type SaveStatusProps } from './SaveStatus.tsx';

export interface SubmitBarProps extends SaveStatusProps {
  submitting: boolean;
  /** Nothing can be sent while two copies wait to be merged. */
  blocked: boolean;
  onSubmit: () => void;
  /** Why the last submit did not go through. */
  children?: ReactNode;
}

/** Stays at the bottom while the report scrolls: how the draft is saved, and sending it. */
export function SubmitBar({ submitting, blocked, onSubmit, children, ...status }: SubmitBarProps) {
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
      data-testid="submit-bar"
    >
      <Stack gap="xs">
        {children}
        <Group justify="space-between" gap="sm">
          <div style={{ flex: '1 1 180px', minWidth: 0 }}>
            <SaveStatus {...status} />
          </div>
          <Button
            leftSection={<IconSend size={16} />}
            loading={submitting}
            disabled={blocked}
            onClick={onSubmit}
          >
            {t('submit.button')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

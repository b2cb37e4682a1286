import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useT } from '../../i18n/useT.ts';

/** Someone saved the round after this copy was opened: say so and offer the newer copy. */
export function ConflictAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const t = useT();
  return (
    <Alert color="yellow" role="alert" title={t('editor.conflictTitle')} p="xs">
      <Text size="sm">{message}</Text>
      <Group mt="xs">
        <Button size="compact-sm" leftSection={<IconRefresh size={14} />} onClick={onReload}>
          {t('common.reload')}
        </Button>
      </Group>
    </Alert>
  );
}

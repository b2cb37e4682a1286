import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useErrorMessage } from '../api/errors.ts';
import { useT } from '../i18n/useT.ts';

/** A failed load: the reason in words and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const message = useErrorMessage();
  return (
    <Stack p="md" maw={640}>
      <Alert color="red" icon={<IconAlertCircle />} title={t('errors.title')} role="alert">
        {message(error)}
      </Alert>
      {onRetry && (
        <Button variant="light" onClick={onRetry} w="fit-content">
          {t('common.retry')}
        </Button>
      )}
    </Stack>
  );
}

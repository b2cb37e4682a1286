import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError, isApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useT } from '../../i18n/useT.ts';
import { ConflictAlert } from './ConflictAlert.tsx';

export interface SaveProblemProps {
  error: unknown;
  /** True when the browser's own checks stopped the save (the fields say why). */
  invalidBeforeSending: boolean;
  /** Turns a server field name into the editor's path. */
  toPath: (field: string) => string;
  /** True when an input shows the message for this path beside it. */
  isInline: (path: string) => boolean;
  onReload: () => void;
}

/** Why the last save did not go through, in the save bar: a conflict, field problems, or the server's words. */
export function SaveProblem({ error, invalidBeforeSending, toPath, isInline, onReload }: SaveProblemProps) {
  const t = useT();
  const message = useErrorMessage();
  if (invalidBeforeSending) {
    return (
      <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
        {t('editor.fixFields')}
      </Alert>
    );
  }
  if (!error) return null;
  if (isApiError(error, 'version_conflict')) {
    return <ConflictAlert message={message(error)} onReload={onReload} />;
  }
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  if (fieldErrors.length > 0) {
    const elsewhere = fieldErrors.filter((e) => !isInline(toPath(e.field)));
    return (
      <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
        <Text size="sm">{t('editor.fixFields')}</Text>
        {elsewhere.length > 0 && (
          <List size="sm" mt={4}>
            {elsewhere.map((e) => (
              <List.Item key={`${e.field}-${e.message}`}>
                {toPath(e.field)}: {e.message}
              </List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
      {message(error)}
    </Alert>
  );
}

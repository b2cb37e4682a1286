import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isFieldProblem, useErrorMessage } from '../api/errors.ts';

/**
 * The server's `detail` (or a network message) above a form; renders nothing without an error,
 * nor when the problem belongs to a single field shown next to it.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const message = useErrorMessage();
  if (!error || isFieldProblem(error)) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle />} role="alert">
      {message(error)}
    </Alert>
  );
}

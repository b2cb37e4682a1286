import { Badge, Text } from '@mantine/core';

export interface ImportRowError {
  column: string;
  message: string;
}

/** What is wrong with one row of an imported file, column by column; `ok` when nothing is. */
export function ImportRowErrors({ errors, ok }: { errors: readonly ImportRowError[]; ok?: string }) {
  if (errors.length === 0) {
    return ok ? (
      <Badge color="teal" variant="light">
        {ok}
      </Badge>
    ) : null;
  }
  return errors.map((error) => (
    <Text key={`${error.column}:${error.message}`} size="xs" c="red.8">
      {error.column ? `${error.column}: ` : ''}
      {error.message}
    </Text>
  ));
}

import { Text } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';

/** The red star of a section that must be filled in before the report can be sent. */
export function RequiredMark() {
  const t = useT();
  return (
    <Text component="span" c="red.7" fw={700} title={t('report.required')} aria-label={t('report.required')}>
      *
    </Text>
  );
}

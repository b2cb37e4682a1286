import { Badge } from '@mantine/core';
import { IconAsterisk } from '@tabler/icons-react';
import { useT } from '../../../i18n/useT.ts';

/**
 * On an issued outline a disabled switch reads the same on and off: say it instead, the required
 * ones marked so they stand out from the optional ones.
 */
export function RequiredMark({ required }: { required: boolean }) {
  const t = useT();
  return required ? (
    <Badge variant="light" color="red" leftSection={<IconAsterisk size={10} />}>
      {t('outline.required')}
    </Badge>
  ) : (
    <Badge variant="outline" color="gray">
      {t('outline.optional')}
    </Badge>
  );
}

import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/useT.ts';

export function PageLoader() {
  const t = useT();
  return (
    <Center mih={240} role="status" aria-live="polite">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

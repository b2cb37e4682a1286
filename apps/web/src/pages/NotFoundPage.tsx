import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/useT.ts';

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t('errors.notFoundTitle')}</Title>
      <Text>{t('errors.notFound')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}

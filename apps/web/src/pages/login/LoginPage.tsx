import {
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useLogin, useMe } from '../../api/auth.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { LanguageToggle } from '../../shell/LanguageToggle.tsx';
import { safeReturnPath } from './returnPath.ts';

export default function LoginPage() {
  const t = useT();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = safeReturnPath(location.state);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});

  if (me.isPending) return <PageLoader />;
  if (me.data && !login.isPending) return <Navigate to={returnTo} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      username: username.trim() ? undefined : t('login.usernameRequired'),
      password: password ? undefined : t('login.passwordRequired'),
    };
    setMissing(next);
    if (next.username || next.password) return;
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: () => navigate(returnTo, { replace: true }),
        onError: () => setPassword(''),
      },
    );
  };

  return (
    <Box mih="100dvh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageToggle />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Text fw={700} c="blue.8" size="xl">
                  {t('app.name')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('app.tagline')}
                </Text>
              </div>
              <Title order={1} size="h3">
                {t('login.title')}
              </Title>
              <Text size="sm">{t('login.subtitle')}</Text>
              <ProblemAlert error={login.error} />
              <TextInput
                label={t('login.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={missing.username}
                required
                withAsterisk={false}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={missing.password}
                required
                withAsterisk={false}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}

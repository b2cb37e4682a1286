import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PASSWORD_MIN_LENGTH } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useChangePassword } from '../../api/auth.ts';
import { fieldErrors } from '../../api/errors.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';

interface Errors {
  currentPassword?: string;
  newPassword?: string;
  confirm?: string;
}

export default function AccountPage() {
  const t = useT();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const validate = (): Errors => ({
    currentPassword: currentPassword ? undefined : t('common.required'),
    newPassword:
      newPassword.length < PASSWORD_MIN_LENGTH
        ? t('account.tooShort', { min: PASSWORD_MIN_LENGTH })
        : newPassword === currentPassword
          ? t('account.sameAsCurrent')
          : undefined,
    confirm: confirm === newPassword ? undefined : t('account.mismatch'),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = validate();
    setErrors(next);
    if (next.currentPassword || next.newPassword || next.confirm) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
          setConfirm('');
          notifications.show({ color: 'teal', message: t('account.done') });
        },
        onError: (error) => setErrors(fieldErrors(error)),
      },
    );
  };

  // Every field is required, so no asterisks: the labels stay exactly as written.
  return (
    <Stack maw={480}>
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('account.hint', { min: PASSWORD_MIN_LENGTH })}
            </Text>
            <ProblemAlert error={change.error} />
            <PasswordInput
              label={t('account.current')}
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={errors.currentPassword}
              required
              withAsterisk={false}
            />
            <PasswordInput
              label={t('account.new')}
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNew(e.currentTarget.value)}
              error={errors.newPassword}
              required
              withAsterisk={false}
            />
            <PasswordInput
              label={t('account.confirm')}
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={errors.confirm}
              required
              withAsterisk={false}
            />
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t('account.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

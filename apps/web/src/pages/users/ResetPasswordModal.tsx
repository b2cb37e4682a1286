import { ActionIcon, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { User } from '@tongket/domain';
import { useResetPassword } from '../../api/users.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';

/**
 * Asks first, then shows the temporary password the server generated. It is shown this once:
 * closing the dialog forgets it.
 */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const reset = useResetPassword();
  const password = reset.data?.password;

  const close = () => {
    reset.reset();
    onClose();
  };

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={password ? t('users.resetDoneTitle') : t('users.resetConfirmTitle')}
      closeOnClickOutside={!password}
    >
      {user && (
        <Stack>
          <ProblemAlert error={reset.error} />
          {password ? (
            <>
              <Text>{t('users.resetDone', { username: user.username })}</Text>
              <Group gap="xs" wrap="nowrap">
                <Code
                  fz="lg"
                  p="sm"
                  style={{ flex: 1, wordBreak: 'break-all' }}
                  data-testid="temporary-password"
                >
                  {password}
                </Code>
                <CopyButton value={password}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
                      <ActionIcon
                        variant="light"
                        color={copied ? 'teal' : 'blue'}
                        size="lg"
                        onClick={copy}
                        aria-label={copied ? t('common.copied') : t('common.copy')}
                      >
                        {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
              <Group justify="flex-end">
                <Button onClick={close}>{t('common.close')}</Button>
              </Group>
            </>
          ) : (
            <>
              <Text>{t('users.resetConfirm', { username: user.username })}</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={close} disabled={reset.isPending}>
                  {t('common.cancel')}
                </Button>
                <Button color="orange" loading={reset.isPending} onClick={() => reset.mutate(user.id)}>
                  {t('users.resetPassword')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}

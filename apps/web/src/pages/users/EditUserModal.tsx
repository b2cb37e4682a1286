import { Alert, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { User } from '@tongket/domain';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useUpdateUser } from '../../api/users.ts';
import { useT } from '../../i18n/useT.ts';
import { UserForm } from './UserForm.tsx';
import { toUserPatch, userToValues } from './userFormValues.ts';

export interface EditUserModalProps {
  /** The user as the list last loaded it; null when closed. */
  user: User | null;
  onClose: () => void;
  onReload: () => void;
}

export function EditUserModal({ user, onClose, onReload }: EditUserModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const phone = useMediaQuery('(max-width: 48em)');
  const update = useUpdateUser();
  const [conflict, setConflict] = useState<string | null>(null);

  const close = () => {
    update.reset();
    setConflict(null);
    onClose();
  };

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={user ? t('users.editTitle', { username: user.username }) : ''}
      size="lg"
      fullScreen={phone}
    >
      {user && (
        <Stack>
          {conflict && (
            <Alert color="yellow" role="alert">
              {conflict} {t('units.conflictReloaded')}
            </Alert>
          )}
          {/* Keyed by version: after a conflict the form starts again from the reloaded user. */}
          <UserForm
            key={`${user.id}-${user.version}`}
            creating={false}
            initial={userToValues(user)}
            pending={update.isPending}
            error={isApiError(update.error, 'version_conflict') ? null : update.error}
            onCancel={close}
            onSubmit={(values) => {
              const patch = toUserPatch(values, user);
              if (Object.keys(patch).length === 1) return close();
              setConflict(null);
              update.mutate(
                { id: user.id, patch },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('common.saved') });
                    close();
                  },
                  onError: (error) => {
                    if (isApiError(error, 'version_conflict')) {
                      setConflict(message(error));
                      onReload();
                    }
                  },
                },
              );
            }}
          />
        </Stack>
      )}
    </Modal>
  );
}

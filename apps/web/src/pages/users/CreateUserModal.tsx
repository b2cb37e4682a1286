import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCreateUser } from '../../api/users.ts';
import { useT } from '../../i18n/useT.ts';
import { UserForm } from './UserForm.tsx';
import { EMPTY_USER_VALUES, toUserCreate } from './userFormValues.ts';

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const create = useCreateUser();

  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.add')} size="lg" fullScreen={phone}>
      <UserForm
        creating
        initial={EMPTY_USER_VALUES}
        pending={create.isPending}
        error={create.error}
        onCancel={close}
        onSubmit={(values) =>
          create.mutate(toUserCreate(values), {
            onSuccess: (user) => {
              notifications.show({ color: 'teal', message: t('users.created', { username: user.username }) });
              close();
            },
          })
        }
      />
    </Modal>
  );
}

import { Button, Center, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import type { Role, User } from '@tongket/domain';
import { useCallback, useState } from 'react';
import { useErrorMessage } from '../../api/errors.ts';
import { useUnitTree } from '../../api/units.ts';
import { useUpdateUser, useUsers } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UsersTable } from './UsersTable.tsx';
import { provinceNameOf } from './unitProvince.ts';

export default function UsersPage() {
  const t = useT();
  const labels = useLabels();
  const message = useErrorMessage();
  const me = useCurrentUser();

  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [q] = useDebouncedValue(text.trim(), 250);
  const users = useUsers({ q, role });

  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const lock = useUpdateUser();
  // The system administrator sees several provinces: two "Sở Y tế" read apart by their province.
  const tree = useUnitTree();
  const units = tree.data?.items;
  const provinceOf = useCallback((unitId: string) => (units ? provinceNameOf(units, unitId) : null), [units]);

  const items = users.data?.items ?? [];
  // The dialog always edits the freshest copy in the list, so a reload after a conflict reaches it.
  const editing = editingId ? (items.find((u) => u.id === editingId) ?? null) : null;

  const toggleActive = (user: User) => {
    lock.mutate(
      { id: user.id, patch: { version: user.version, active: !user.active } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t(saved.active ? 'users.unlockedDone' : 'users.lockedDone', {
              username: saved.username,
            }),
          }),
        onError: (error) => {
          notifications.show({ color: 'red', message: message(error) });
          void users.refetch();
        },
      },
    );
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)}>
          {t('users.add')}
        </Button>
      </Group>

      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 240px', maxWidth: 380 }}
        />
        <Select
          label={t('users.roleFilter')}
          placeholder={t('users.allRoles')}
          data={labels.roleOptions}
          value={role}
          onChange={(next) => setRole(next as Role | null)}
          clearable
          style={{ flex: '1 1 200px', maxWidth: 280 }}
        />
        <Group gap="xs" pb={8}>
          {users.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
          {users.data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('users.count', { count: items.length })}
            </Text>
          )}
        </Group>
      </Group>

      {users.isError && !users.data ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : users.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Center mih={120}>
          <Text c="dimmed">{t('users.empty')}</Text>
        </Center>
      ) : (
        <UsersTable
          users={items}
          currentUserId={me.id}
          pendingLockId={lock.isPending ? (lock.variables?.id ?? null) : null}
          onEdit={(user) => setEditingId(user.id)}
          onToggleActive={toggleActive}
          onResetPassword={setResetting}
          provinceOf={provinceOf}
        />
      )}

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditingId(null)} onReload={() => users.refetch()} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
}

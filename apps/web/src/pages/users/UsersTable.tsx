import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconLock, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { formatDateTimeVn, type User } from '@tongket/domain';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';

export interface UsersTableProps {
  users: readonly User[];
  currentUserId: string;
  /** The user whose lock is being changed, to show progress on that row. */
  pendingLockId: string | null;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
  onResetPassword: (user: User) => void;
  /** The province under a unit's name, when the reader sees several; null otherwise. */
  provinceOf?: (unitId: string) => string | null;
}

function lockedUntil(user: User): string | null {
  if (!user.lockedUntil) return null;
  return new Date(user.lockedUntil).getTime() > Date.now() ? formatDateTimeVn(user.lockedUntil) : null;
}

export function UsersTable(props: UsersTableProps) {
  const t = useT();
  const labels = useLabels();
  const none = t('common.none');

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('user.username')}</Table.Th>
            <Table.Th>{t('user.fullName')}</Table.Th>
            <Table.Th>{t('user.unit')}</Table.Th>
            <Table.Th>{t('user.role')}</Table.Th>
            <Table.Th>{t('user.status')}</Table.Th>
            <Table.Th>{t('user.lockedUntil')}</Table.Th>
            <Table.Th>{t('user.lastLogin')}</Table.Th>
            <Table.Th>{t('users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.users.map((user) => {
            const self = user.id === props.currentUserId;
            const lockLabel = user.active ? t('users.lock') : t('users.unlock');
            const lockButton = (
              <ActionIcon
                variant="subtle"
                color={user.active ? 'red' : 'teal'}
                size="lg"
                aria-label={lockLabel}
                onClick={() => props.onToggleActive(user)}
                loading={props.pendingLockId === user.id}
                disabled={self && user.active}
              >
                {user.active ? <IconLock size={18} /> : <IconLockOpen size={18} />}
              </ActionIcon>
            );
            return (
              <Table.Tr key={user.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {user.username}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {user.fullName}
                  </Text>
                  {user.email && (
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {user.unitName}
                  {props.provinceOf?.(user.unitId) && (
                    <Text size="xs" c="dimmed">
                      {props.provinceOf(user.unitId)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{labels.role(user.role)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={user.active ? 'teal' : 'red'} variant="light" miw="max-content">
                    {user.active ? t('common.active') : t('users.locked')}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{lockedUntil(user) ?? none}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {user.lastLoginAt ? formatDateTimeVn(user.lastLoginAt) : none}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        size="lg"
                        aria-label={t('common.edit')}
                        onClick={() => props.onEdit(user)}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={self && user.active ? t('users.cannotLockSelf') : lockLabel}>
                      {self && user.active ? <span>{lockButton}</span> : lockButton}
                    </Tooltip>
                    <Tooltip label={t('users.resetPassword')}>
                      <ActionIcon
                        variant="subtle"
                        color="orange"
                        size="lg"
                        aria-label={t('users.resetPassword')}
                        onClick={() => props.onResetPassword(user)}
                      >
                        <IconKey size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

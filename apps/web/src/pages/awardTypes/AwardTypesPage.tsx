import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import type { AwardType } from '@tongket/domain';
import { useState } from 'react';
import { useUpdateAwardType } from '../../api/awardTypes.ts';
import { useAwardTypes } from '../../api/campaigns.ts';
import { isApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { AwardTypeModal } from './AwardTypeModal.tsx';
import { AwardTypesTable } from './AwardTypesTable.tsx';

/** /award-types: the catalogue of forms of award that plans choose from (admin and the board). */
export default function AwardTypesPage() {
  const t = useT();
  const message = useErrorMessage();
  const types = useAwardTypes();
  const toggle = useUpdateAwardType();
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  if (types.isPending) return <PageLoader />;
  if (types.isError) return <ErrorState error={types.error} onRetry={() => types.refetch()} />;
  const items = [...types.data.items].sort((a, b) => a.order - b.order);
  const current = editing && editing !== 'new' ? (items.find((i) => i.id === editing) ?? null) : null;

  const onToggle = (type: AwardType) =>
    toggle.mutate(
      { id: type.id, patch: { version: type.version, active: !type.active } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t(saved.active ? 'awardTypes.activated' : 'awardTypes.deactivated', {
              name: saved.name,
            }),
          }),
        onError: (error) => {
          notifications.show({
            color: isApiError(error, 'version_conflict') ? 'yellow' : 'red',
            message: isApiError(error, 'version_conflict')
              ? `${message(error)} ${t('units.conflictReloaded')}`
              : message(error),
          });
          void types.refetch();
        },
      },
    );

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between">
        <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
          {t('awardTypes.title')}
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('awardTypes.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('awardTypes.intro')}
      </Text>
      <AwardTypesTable
        items={items}
        pendingId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
        onEdit={(type) => setEditing(type.id)}
        onToggle={onToggle}
      />
      {editing && (editing === 'new' || current) && (
        <AwardTypeModal
          key={current ? current.id : 'new'}
          awardType={current}
          onClose={() => setEditing(null)}
          onReload={() => void types.refetch()}
        />
      )}
    </Stack>
  );
}

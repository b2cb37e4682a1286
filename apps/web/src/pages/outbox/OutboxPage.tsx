import { Alert, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconMailCheck, IconMailOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { OUTBOX_LIMIT, useOutbox } from '../../api/notifications.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { NoticeDrawer } from '../notifications/NoticeDrawer.tsx';
import { useOpenNotice } from '../notifications/useOpenNotice.ts';
import { DELIVERY_LABELS } from './DeliveryBadge.tsx';
import { DeliveryDetails } from './DeliveryDetails.tsx';
import { DELIVERY_STATUSES, type DeliveryStatus, deliveryStatus } from './deliveryStatus.ts';
import { OutboxTable } from './OutboxTable.tsx';

export default function OutboxPage() {
  const t = useT();
  const outbox = useOutbox();
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const all = outbox.data?.items ?? [];
  const items = useMemo(
    () => (outbox.data?.items ?? []).filter((n) => !status || deliveryStatus(n) === status),
    [outbox.data, status],
  );
  const { notice, open, close } = useOpenNotice(all);
  const statusOptions = DELIVERY_STATUSES.map((value) => ({
    value,
    label: value === 'failed' ? t('outbox.statusFailedOption') : t(DELIVERY_LABELS[value]),
  }));

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('outbox.title')}
        </Title>
        {outbox.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <Text c="dimmed" size="sm">
        {t('outbox.intro')}
      </Text>

      {outbox.data &&
        (outbox.data.mailEnabled ? (
          <Alert color="teal" icon={<IconMailCheck />} p="sm">
            {t('outbox.mailOn')}
          </Alert>
        ) : (
          <Alert color="yellow" icon={<IconMailOff />} p="sm">
            {t('outbox.mailOff')}
          </Alert>
        ))}

      <Group align="flex-end" gap="sm">
        <Select
          label={t('outbox.status')}
          placeholder={t('outbox.allStatuses')}
          data={statusOptions}
          value={status}
          onChange={(value) => setStatus(value as DeliveryStatus | null)}
          clearable
          style={{ flex: '1 1 150px', maxWidth: 240 }}
        />
        {outbox.data && (
          <Text size="sm" c="dimmed" pb={8} aria-live="polite">
            {t('outbox.count', { count: items.length })}
          </Text>
        )}
      </Group>

      {outbox.isError && !outbox.data ? (
        <ErrorState error={outbox.error} onRetry={() => outbox.refetch()} />
      ) : outbox.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Center mih={120}>
          <Text c="dimmed">{all.length === 0 ? t('outbox.empty') : t('outbox.noMatch')}</Text>
        </Center>
      ) : (
        <>
          <OutboxTable items={items} onOpen={open} />
          {all.length >= OUTBOX_LIMIT && (
            <Text size="sm" c="dimmed" ta="center">
              {t('outbox.limited', { count: all.length })}
            </Text>
          )}
        </>
      )}

      <NoticeDrawer notice={notice} onClose={close} details={notice && <DeliveryDetails notice={notice} />} />
    </Stack>
  );
}

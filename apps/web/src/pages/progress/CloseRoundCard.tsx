import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import type { Campaign } from '@tongket/domain';
import { useState } from 'react';
import { useCloseCampaign } from '../../api/campaigns.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';

/** Kết thúc đợt: no more reports and no more reminders; asked once more, since it cannot be undone. */
export function CloseRoundCard({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const close = useCloseCampaign(campaign.id);
  const [confirming, setConfirming] = useState(false);
  const submit = () =>
    close.mutate(
      { version: campaign.version },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({ color: 'teal', message: t('progress.closed') });
        },
      },
    );
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('progress.close')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('progress.closeHint')}
        </Text>
        <Group>
          <Button
            size="compact-sm"
            color="red"
            variant="light"
            leftSection={<IconLock size={14} />}
            onClick={() => setConfirming(true)}
          >
            {t('progress.close')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('progress.closeTitle')}>
        <Stack>
          <Text size="sm">{t('progress.closeText', { name: campaign.name })}</Text>
          <ProblemAlert error={close.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={close.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={submit} loading={close.isPending}>
              {t('progress.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useRemindLateUnits } from '../../api/progress.ts';
import { newIdempotencyKey } from '../../components/idempotencyKey.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';

export interface RemindButtonProps {
  campaignId: string;
  /** How many units have an overdue task not sent. */
  lateUnits: number;
}

/** Đôn đốc: one notice to every unit still overdue, after saying how many; a repeat sends nothing more. */
export function RemindButton({ campaignId, lateUnits }: RemindButtonProps) {
  const t = useT();
  const remind = useRemindLateUnits(campaignId);
  const [opened, setOpened] = useState(false);
  /** One key per decision to send: a retry after a lost answer reuses it. */
  const key = useRef<string | null>(null);

  const open = () => {
    key.current = newIdempotencyKey();
    remind.reset();
    setOpened(true);
  };
  const send = () => {
    key.current ??= newIdempotencyKey();
    remind.mutate(key.current, {
      onSuccess: (result) => {
        key.current = null;
        setOpened(false);
        notifications.show({
          color: 'teal',
          message: result.repeated
            ? t('progress.remindRepeated', { count: result.units })
            : t('progress.remindDone', { count: result.units }),
        });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status < 500) key.current = null;
      },
    });
  };

  return (
    <>
      <Button
        variant="light"
        color="orange"
        leftSection={<IconBellRinging size={16} />}
        onClick={open}
        disabled={lateUnits === 0}
      >
        {t('progress.remind')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('progress.remindTitle')}>
        <Stack>
          <Text size="sm">{t('progress.remindText', { count: lateUnits })}</Text>
          <ProblemAlert error={remind.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} disabled={remind.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" onClick={send} loading={remind.isPending}>
              {t('progress.remindSend', { count: lateUnits })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

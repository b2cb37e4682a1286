import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/useT.ts';

export interface ReloadConfirmModalProps {
  opened: boolean;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Reloading throws away what was typed since the last save; say so before doing it. */
export function ReloadConfirmModal({ opened, pending, onConfirm, onClose }: ReloadConfirmModalProps) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('reload.title')}>
      <Stack>
        <Text size="sm">{t('reload.warning')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" onClick={onConfirm} loading={pending}>
            {t('reload.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

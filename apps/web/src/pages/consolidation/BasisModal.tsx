import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ConsolidationBasis } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';

export interface BasisModalProps {
  basis: ConsolidationBasis;
  /** Sections edited by hand: the server writes every section again when the basis changes. */
  editedSections: number;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Changing what the consolidation is built from rebuilds every section: say so before doing it. */
export function BasisModal({ basis, editedSections, pending, onConfirm, onClose }: BasisModalProps) {
  const t = useT();
  const label = basis === 'accepted' ? t('consolidated.basisAccepted') : t('consolidated.basisSubmitted');
  return (
    <Modal opened onClose={onClose} title={t('consolidated.basisTitle')}>
      <Stack>
        <Text size="sm">{t('consolidated.basisText', { basis: label })}</Text>
        {editedSections > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle />} p="xs">
            {t('consolidated.basisEditsLost', { count: editedSections })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconRefresh size={16} />} onClick={onConfirm} loading={pending}>
            {t('consolidated.basisConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

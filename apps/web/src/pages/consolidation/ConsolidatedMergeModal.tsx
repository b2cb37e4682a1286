import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconGitMerge } from '@tabler/icons-react';
import { formatDateTimeVn } from '@tongket/domain';
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { MergeItemCard } from '../assignments/editor/MergeItemCard.tsx';
import type { MergeChoice } from '../assignments/editor/merge.ts';
import type { PendingMerge } from './useConsolidatedEdits.ts';

export interface ConsolidatedMergeModalProps {
  merge: PendingMerge;
  /** "I.1. Công tác chỉ đạo, điều hành" by section id. */
  names: ReadonlyMap<string, string>;
  pending: boolean;
  onMerge: (choices: Record<string, MergeChoice>) => void;
  onClose: () => void;
}

/**
 * Someone saved the consolidated report after this copy was loaded, and changed sections typed
 * here too: each is shown twice — "bản của bạn" and "bản đã lưu" — to keep one or both. Sections only
 * one side changed keep that side's text without asking.
 */
export function ConsolidatedMergeModal({
  merge,
  names,
  pending,
  onMerge,
  onClose,
}: ConsolidatedMergeModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const { latest } = merge;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('consolidated.mergeTitle')}
      size="80rem"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      <Stack>
        <Alert color="orange" p="xs">
          <Text size="sm">
            {t('consolidated.mergeIntro', {
              who: latest.updatedBy ?? t('merge.someone'),
              time: latest.updatedAt ? formatDateTimeVn(latest.updatedAt) : '',
            })}
          </Text>
        </Alert>
        {merge.items.map((item) => (
          <MergeItemCard
            key={item.key}
            item={item}
            label={(item.field.kind === 'section' && names.get(item.field.id)) || item.key}
            choice={choices[item.key] ?? item.suggested}
            onChoose={(choice) => setChoices((c) => ({ ...c, [item.key]: choice }))}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('merge.later')}
          </Button>
          <Button leftSection={<IconGitMerge size={16} />} onClick={() => onMerge(choices)} loading={pending}>
            {t('merge.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

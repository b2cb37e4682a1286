import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useT } from '../../i18n/useT.ts';

export interface RowActionsProps {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Move up, move down and remove for one row of an ordered list. */
export function RowActions({ index, count, onMove, onRemove }: RowActionsProps) {
  const t = useT();
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={t('rows.moveUp')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('rows.moveUp')}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          <IconArrowUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('rows.moveDown')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('rows.moveDown')}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          <IconArrowDown size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('rows.remove')}>
        <ActionIcon variant="subtle" color="red" aria-label={t('rows.remove')} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

import { ActionIcon, Group, Tooltip } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconIndentDecrease,
  IconIndentIncrease,
  IconRowInsertBottom,
  IconSubtask,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/vi.ts';

export type SectionAction = 'up' | 'down' | 'indent' | 'outdent' | 'child' | 'sibling' | 'remove';

const ACTIONS: Array<{ action: SectionAction; label: MessageKey; icon: ReactNode; color?: string }> = [
  { action: 'up', label: 'outline.moveUp', icon: <IconArrowUp size={16} /> },
  { action: 'down', label: 'outline.moveDown', icon: <IconArrowDown size={16} /> },
  { action: 'outdent', label: 'outline.outdent', icon: <IconIndentDecrease size={16} /> },
  { action: 'indent', label: 'outline.indent', icon: <IconIndentIncrease size={16} /> },
  { action: 'child', label: 'outline.addChild', icon: <IconSubtask size={16} /> },
  { action: 'sibling', label: 'outline.addSibling', icon: <IconRowInsertBottom size={16} /> },
  { action: 'remove', label: 'outline.remove', icon: <IconTrash size={16} />, color: 'red' },
];

export interface SectionActionsProps {
  enabled: Record<SectionAction, boolean>;
  onAction: (action: SectionAction) => void;
}

/** What can be done to one section of the outline; numbers follow the new order by themselves. */
export function SectionActions({ enabled, onAction }: SectionActionsProps) {
  const t = useT();
  return (
    <Group gap={2} wrap="wrap">
      {ACTIONS.map(({ action, label, icon, color }) => (
        <Tooltip key={action} label={t(label)}>
          <ActionIcon
            variant="subtle"
            color={color ?? 'gray'}
            aria-label={t(label)}
            disabled={!enabled[action]}
            onClick={() => onAction(action)}
          >
            {icon}
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}

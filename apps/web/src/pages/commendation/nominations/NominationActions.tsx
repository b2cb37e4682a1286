import { Button, Group } from '@mantine/core';
import {
  IconArrowForwardUp,
  IconArrowUpRight,
  IconCheck,
  IconPencil,
  IconSend,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import type { Nomination, NominationAction } from '@tongket/domain';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/vi.ts';

const LOOK: Record<
  NominationAction,
  { label: MessageKey; icon: ReactNode; color?: string; primary?: boolean }
> = {
  submit: { label: 'nominations.submit', icon: <IconSend size={14} />, primary: true },
  edit: { label: 'common.edit', icon: <IconPencil size={14} /> },
  delete: { label: 'nominations.delete', icon: <IconTrash size={14} />, color: 'red' },
  override: { label: 'override.open', icon: <IconArrowUpRight size={14} />, color: 'orange', primary: true },
  forward: { label: 'nominations.forward', icon: <IconArrowForwardUp size={14} />, primary: true },
  approve: { label: 'appraise.approve', icon: <IconCheck size={14} />, color: 'teal', primary: true },
  reject: { label: 'appraise.reject', icon: <IconX size={14} />, color: 'red' },
};

export interface NominationActionsProps {
  nomination: Nomination;
  actions: readonly NominationAction[];
  /** The action being carried out on this nomination, if any. */
  pending: NominationAction | null;
  onAction: (action: NominationAction, nomination: Nomination) => void;
}

/** The steps one nomination can take now, as buttons named for what they do and for whom. */
export function NominationActions({ nomination, actions, pending, onAction }: NominationActionsProps) {
  const t = useT();
  if (actions.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {actions.map((action) => {
        const look = LOOK[action];
        return (
          <Button
            key={action}
            size="compact-sm"
            variant={look.primary ? 'filled' : look.color ? 'light' : 'default'}
            color={look.color}
            leftSection={look.icon}
            loading={pending === action}
            disabled={pending !== null && pending !== action}
            onClick={(event) => {
              event.stopPropagation();
              onAction(action, nomination);
            }}
            aria-label={`${t(look.label)}: ${nomination.name}`}
          >
            {t(look.label)}
          </Button>
        );
      })}
    </Group>
  );
}

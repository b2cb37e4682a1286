import { Checkbox, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Nomination, NominationAction } from '@tongket/domain';
import { NominationStatusBadge } from '../../../components/NominationStatusBadge.tsx';
import { useT } from '../../../i18n/useT.ts';
import { DuplicateBadge } from './DuplicateBadge.tsx';
import { NominationActions } from './NominationActions.tsx';
import { NomineeLine } from './NomineeLine.tsx';

export interface NominationRowProps {
  nomination: Nomination;
  all: ReadonlyMap<string, Nomination>;
  actions: readonly NominationAction[];
  pending: NominationAction | null;
  /** Shown when the row can be picked for a bulk step (chuyển thẩm định). */
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: (id: string) => void;
  onAction: (action: NominationAction, nomination: Nomination) => void;
}

/** One nomination on a phone: who, which unit, where it stands, and its next step. */
export function NominationCard(props: NominationRowProps) {
  const t = useT();
  const n = props.nomination;
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="nomination-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="xs" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
            {props.selectable && (
              <Checkbox
                mt={2}
                checked={props.selected}
                onChange={(e) => props.onSelect(e.currentTarget.checked)}
                aria-label={t('nominations.select', { name: n.name })}
              />
            )}
            <UnstyledButton onClick={() => props.onOpen(n.id)} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm" c="blue.8">
                {n.name}
              </Text>
            </UnstyledButton>
          </Group>
          <NominationStatusBadge status={n.status} quotaRefusedAt={n.quotaRefusedAt} />
        </Group>
        <Text size="xs">{n.unitName}</Text>
        <NomineeLine nomination={n} />
        <Group gap={4}>
          <DuplicateBadge nomination={n} all={props.all} onOpen={props.onOpen} />
        </Group>
        <NominationActions
          nomination={n}
          actions={props.actions}
          pending={props.pending}
          onAction={props.onAction}
        />
      </Stack>
    </Paper>
  );
}

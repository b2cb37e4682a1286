import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { type Decision, NOMINEE_KINDS, type Nomination } from '@tongket/domain';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { NomineeLine } from '../nominations/NomineeLine.tsx';

export interface DecisionNomineesProps {
  decision: Decision;
  /** The round's nominations the caller can read. */
  nominations: readonly Nomination[];
  editable: boolean;
  pending: boolean;
  error: unknown;
  onChange: (nominationIds: string[]) => void;
}

/**
 * Who the decision awards, by kind as its attached list prints them; in a draft the board takes
 * names out, or puts in approved ones no decision holds yet.
 */
export function DecisionNominees({
  decision,
  nominations,
  editable,
  pending,
  error,
  onChange,
}: DecisionNomineesProps) {
  const t = useT();
  const labels = useLabels();
  const byId = new Map(nominations.map((n) => [n.id, n]));
  const included = decision.nominationIds.map((id) => byId.get(id)).filter((n): n is Nomination => !!n);
  const unseen = decision.nominationIds.length - included.length;
  const waiting = editable
    ? nominations.filter(
        (n) => n.status === 'approved' && n.decisionId === null && n.awardTypeId === decision.awardTypeId,
      )
    : [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-nominees">
      <Title order={2} size="h5" id="decision-nominees">
        {t('decision.nominees', { count: decision.nominationIds.length })}
      </Title>
      <ProblemAlert error={error} />
      {NOMINEE_KINDS.map((kind) => {
        const rows = included.filter((n) => n.nomineeKind === kind);
        if (rows.length === 0) return null;
        return (
          <Stack key={kind} gap={4}>
            <Text size="sm" fw={600}>
              {labels.nomineeKind(kind)} ({rows.length})
            </Text>
            {rows.map((n, i) => (
              <Paper key={n.id} withBorder p="xs" radius="sm" data-testid="decision-nominee">
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {i + 1}. {n.name}
                    </Text>
                    <Text size="xs">{n.unitName}</Text>
                    <NomineeLine nomination={n} />
                  </div>
                  {editable && (
                    <Tooltip label={t('decision.remove', { name: n.name })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        disabled={pending}
                        aria-label={t('decision.remove', { name: n.name })}
                        onClick={() => onChange(decision.nominationIds.filter((id) => id !== n.id))}
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        );
      })}
      {unseen > 0 && (
        <Text size="sm" c="dimmed">
          {t('decision.otherUnits', { count: unseen })}
        </Text>
      )}
      {waiting.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('decision.waiting', { count: waiting.length })}
          </Text>
          {waiting.map((n) => (
            <Group key={n.id} justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm">{n.name}</Text>
                <Text size="xs" c="dimmed">
                  {n.unitName}
                </Text>
              </div>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                disabled={pending}
                onClick={() => onChange([...decision.nominationIds, n.id])}
                aria-label={t('decision.add', { name: n.name })}
              >
                {t('decision.addShort')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { Anchor, Group } from '@mantine/core';
import type { Assignment } from '@tongket/domain';
import { Link } from 'react-router';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';

/** The unit's tasks of the round, each a link to its page (to read it, review it or extend it). */
export function UnitAssignmentLinks({ assignments }: { assignments: readonly Assignment[] }) {
  const t = useT();
  const labels = useLabels();
  if (assignments.length === 0) return null;
  return (
    <Group gap={8}>
      {assignments.map((a) => (
        <Anchor
          key={a.id}
          component={Link}
          to={`/assignments/${encodeURIComponent(a.id)}`}
          size="xs"
          aria-label={t('progress.openAssignment', { kind: labels.taskKind(a.kind), unit: a.unitName })}
        >
          {labels.taskKind(a.kind)}
        </Anchor>
      ))}
    </Group>
  );
}

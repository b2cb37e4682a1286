import { Badge, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import type { Nomination } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';

export interface DuplicateBadgeProps {
  nomination: Nomination;
  /** Every nomination the caller can read, to name the other ones. */
  all: ReadonlyMap<string, Nomination>;
  onOpen: (id: string) => void;
}

/** The same person (name and year of birth) nominated elsewhere in the round: "Trùng người với …", opening it. */
export function DuplicateBadge({ nomination, all, onOpen }: DuplicateBadgeProps) {
  return (
    <>
      {nomination.duplicateOf.map((id) => (
        <DuplicateOf key={id} other={all.get(id)} onOpen={() => onOpen(id)} />
      ))}
    </>
  );
}

/** One other nomination of the same person; a unit officer may not see another unit's, only that it exists. */
function DuplicateOf({ other, onOpen }: { other: Nomination | undefined; onOpen: () => void }) {
  const t = useT();
  const badge = (
    <Badge
      color="orange"
      variant="light"
      leftSection={<IconCopy size={12} />}
      miw="max-content"
      style={{ cursor: other ? 'pointer' : undefined, textTransform: 'none' }}
      data-testid="duplicate-badge"
    >
      {other ? t('duplicate.with', { unit: other.unitName }) : t('duplicate.elsewhere')}
    </Badge>
  );
  if (!other) return <Tooltip label={t('duplicate.hidden')}>{badge}</Tooltip>;
  const label = t('duplicate.open', { name: other.name, unit: other.unitName });
  return (
    <Tooltip label={label}>
      <UnstyledButton onClick={onOpen} aria-label={label}>
        {badge}
      </UnstyledButton>
    </Tooltip>
  );
}

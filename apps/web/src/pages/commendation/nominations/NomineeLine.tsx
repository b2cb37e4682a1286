import { Text } from '@mantine/core';
import type { Nomination } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';

/** Who it is in one line: "Cá nhân · Nam, 1976 · Phó Chỉ huy trưởng · Bộ Chỉ huy Quân sự tỉnh". */
export function NomineeLine({ nomination: n }: { nomination: Nomination }) {
  const t = useT();
  const labels = useLabels();
  const person = [n.gender ? labels.gender(n.gender) : '', n.birthYear ? String(n.birthYear) : '']
    .filter(Boolean)
    .join(', ');
  const parts = [labels.nomineeKind(n.nomineeKind), person, n.position, n.workplace].filter(Boolean);
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
      {n.overrideReason && (
        <Text span size="xs" c="orange.8" fw={600}>
          {' · '}
          {t('nominations.overQuota')}
        </Text>
      )}
    </Text>
  );
}

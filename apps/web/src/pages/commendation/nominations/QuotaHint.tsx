import { Alert, Text } from '@mantine/core';
import { type NomineeKind, type QuotaStatus, quotaRowText } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { quotasOfUnit } from '../quota/quotaView.ts';

export interface QuotaHintProps {
  rows: readonly QuotaStatus[];
  awardGroupId: string | null;
  nomineeKind: NomineeKind;
  unitId: string;
}

/** Under the form: the quota this nomination would count against and what is left, or that there is none. */
export function QuotaHint({ rows, awardGroupId, nomineeKind, unitId }: QuotaHintProps) {
  const t = useT();
  const labels = useLabels();
  if (!awardGroupId) return null;
  const mine = quotasOfUnit(
    rows.filter((r) => r.awardGroupId === awardGroupId && r.nomineeKind === nomineeKind),
    unitId,
  )[0];
  if (!mine) {
    return (
      <Alert color="orange" p="xs" data-testid="quota-hint">
        <Text size="sm">
          {t('nomination.noQuota', { kind: labels.nomineeKind(nomineeKind).toLowerCase() })}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color={mine.left > 0 ? 'blue' : 'orange'} p="xs" data-testid="quota-hint">
      <Text size="sm">
        {t('nomination.quotaHint', {
          quota: `${mine.row.label}: ${quotaRowText(mine.row)}`,
          used: mine.used,
          limit: mine.limit,
          left: mine.left,
        })}
      </Text>
    </Alert>
  );
}

import { Alert, List } from '@mantine/core';
import { IconCircleCheck, IconListCheck } from '@tabler/icons-react';
import type { AssignmentDetail } from '@tongket/domain';
import { useI18n } from '../../../i18n/useT.ts';
import { useLiveDraft } from '../liveDraft.ts';
import { missingInDraft, missingLines } from '../missing.ts';

/**
 * At the top of a report being written — first thing on a phone — what is still missing to send
 * it, kept up to date as the unit types: required sections and figures left empty, the signed PDF.
 */
export function MissingNow({ detail }: { detail: AssignmentDetail }) {
  const { t, lang } = useI18n();
  const live = useLiveDraft(detail.assignment.id);
  if (detail.assignment.kind !== 'report') return null;
  const missing = missingInDraft(detail.assignment.kind, detail.outline, live ?? detail.draft.content, {
    required: detail.campaign.signedReports,
    attached: detail.attachments.some((a) => a.signature?.verdict === 'valid'),
  });
  const lines = missingLines(missing, t, lang);
  if (lines.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} p="xs" data-testid="missing-now">
        {t('missing.none')}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconListCheck />}
      p="xs"
      title={t('missing.title')}
      data-testid="missing-now"
    >
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

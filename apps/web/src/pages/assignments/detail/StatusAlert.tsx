import { Alert, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconHourglass, IconLock } from '@tabler/icons-react';
import { type AssignmentDetail, formatDateTimeVn, isSubmittable } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';
import { WithdrawButton } from './WithdrawButton.tsx';

/**
 * Where the report stands, in a sentence: returned (with the standing agency's comment, which the
 * unit must see first), waiting for review, accepted, or the round is over.
 */
export function StatusAlert({ detail }: { detail: AssignmentDetail }) {
  const t = useT();
  const { assignment: a, campaign } = detail;
  const latest = detail.submissions.reduce<AssignmentDetail['submissions'][number] | undefined>(
    (best, s) => (!best || s.seq > best.seq ? s : best),
    undefined,
  );
  if (!isSubmittable(a.kind)) {
    return (
      <Alert color="gray" p="sm">
        {t('report.notSubmittable')}
      </Alert>
    );
  }
  if (a.status === 'returned') {
    return (
      <Alert
        color="orange"
        icon={<IconArrowBackUp />}
        title={t('report.returnedTitle')}
        role="alert"
        data-testid="returned-alert"
      >
        {a.reviewComment && (
          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
            {a.reviewComment}
          </Text>
        )}
        {detail.canEdit && (
          <Text size="sm" mt={4}>
            {t('report.returnedHint')}
          </Text>
        )}
      </Alert>
    );
  }
  if (a.status === 'accepted') {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title={t('report.acceptedTitle')}>
        {a.reviewComment && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.reviewComment}
          </Text>
        )}
      </Alert>
    );
  }
  if (campaign.status === 'closed') {
    return (
      <Alert color="gray" icon={<IconLock />} title={t('report.closedTitle')}>
        {t('report.closedText')}
      </Alert>
    );
  }
  if (a.status === 'submitted' && latest) {
    const when = { seq: latest.seq, time: formatDateTimeVn(latest.submittedAt) };
    return (
      <Alert
        color="indigo"
        icon={<IconHourglass />}
        title={t('report.submittedTitle')}
        data-testid="submitted-alert"
      >
        <Text size="sm">
          {detail.canWithdraw ? t('report.submittedTextOwn', when) : t('report.submittedText', when)}
        </Text>
        {detail.canWithdraw && (
          <Group mt="xs">
            <WithdrawButton detail={detail} />
          </Group>
        )}
      </Alert>
    );
  }
  if (latest?.decision === 'withdrawn' && detail.canEdit) {
    return (
      <Alert
        color="gray"
        icon={<IconArrowBackUp />}
        title={t('report.withdrawnTitle')}
        data-testid="withdrawn-alert"
      >
        {t('report.withdrawnText', {
          seq: latest.seq,
          time: formatDateTimeVn(latest.reviewedAt ?? latest.submittedAt),
        })}
      </Alert>
    );
  }
  return null;
}

import { Alert, Button, Divider, Drawer, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { type AssignmentDetail, formatDateTimeVn } from '@tongket/domain';
import { useState } from 'react';
import { useSubmission } from '../../../api/assignments.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useT } from '../../../i18n/useT.ts';
import { ReportContentView } from '../ReportContentView.tsx';
import { figureChanges } from './figureChanges.ts';
import { SubmissionDiff } from './SubmissionDiff.tsx';
import { OnTimeBadge, SubmissionResult } from './SubmissionResult.tsx';

export interface SubmissionDrawerProps {
  detail: AssignmentDetail;
  /** The submission being read; null when closed. */
  seq: number | null;
  onClose: () => void;
  onReview: (decision: 'accept' | 'return') => void;
}

/** One submission as sent, and for a later one what changed since the one before; review from here. */
export function SubmissionDrawer({ detail, seq, onClose, onReview }: SubmissionDrawerProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const query = useSubmission(detail.assignment.id, seq);
  // The one before, for the figures that changed (the server's diff compares the text only).
  const previous = useSubmission(detail.assignment.id, seq !== null && seq > 1 ? seq - 1 : null);
  const [view, setView] = useState<'changes' | 'full'>('changes');
  const summary = detail.submissions.find((s) => s.seq === seq);
  const latest = Math.max(0, ...detail.submissions.map((s) => s.seq));
  const submission = query.data;
  const hasDiff = submission?.diff != null;
  const shown = hasDiff ? view : 'full';

  return (
    <Drawer
      opened={seq !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={seq !== null ? t('submission.title', { seq }) : ''}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {seq !== null && (
        <Stack gap="md">
          {summary && (
            <Stack gap={6}>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t('submission.meta', {
                    time: formatDateTimeVn(summary.submittedAt),
                    user: summary.submittedBy ?? t('common.none'),
                  })}
                </Text>
                <OnTimeBadge onTime={summary.onTime} />
                <SubmissionResult decision={summary.decision} />
              </Group>
              {summary.comment && (
                <Alert
                  color={summary.decision === 'returned' ? 'orange' : 'teal'}
                  p="xs"
                  title={t('history.comment')}
                >
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {summary.comment}
                  </Text>
                </Alert>
              )}
            </Stack>
          )}
          {detail.canReview && seq === latest && (
            <Group gap="xs">
              <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => onReview('accept')}>
                {t('review.accept')}
              </Button>
              <Button
                color="orange"
                variant="light"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => onReview('return')}
              >
                {t('review.return')}
              </Button>
            </Group>
          )}
          <Divider />
          {query.isPending ? (
            <PageLoader />
          ) : query.isError || !submission ? (
            <ErrorState error={query.error} onRetry={() => query.refetch()} />
          ) : (
            <Stack gap="sm">
              {hasDiff && (
                <SegmentedControl
                  value={shown}
                  onChange={(value) => setView(value as 'changes' | 'full')}
                  data={[
                    { value: 'changes', label: t('submission.changes', { seq: seq - 1 }) },
                    { value: 'full', label: t('submission.full') },
                  ]}
                  fullWidth
                  styles={{ label: { whiteSpace: 'normal' } }}
                />
              )}
              {shown === 'changes' && submission.diff ? (
                <SubmissionDiff
                  diff={submission.diff}
                  outline={detail.outline}
                  figures={
                    previous.data
                      ? figureChanges(detail.outline, previous.data.content, submission.content)
                      : []
                  }
                />
              ) : (
                <ReportContentView
                  kind={detail.assignment.kind}
                  outline={detail.outline}
                  content={submission.content}
                />
              )}
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconEye } from '@tabler/icons-react';
import { type AssignmentDetail, formatDateTimeVn } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';

export interface ReviewPanelProps {
  detail: AssignmentDetail;
  onOpen: (seq: number) => void;
  onReview: (decision: 'accept' | 'return') => void;
}

/** For the standing agency: the report waits for a decision; read it, then accept or return it. */
export function ReviewPanel({ detail, onOpen, onReview }: ReviewPanelProps) {
  const t = useT();
  const latest = detail.submissions.reduce<AssignmentDetail['submissions'][number] | undefined>(
    (best, s) => (!best || s.seq > best.seq ? s : best),
    undefined,
  );
  if (!latest) return null;
  return (
    <Paper withBorder p="md" radius="md" bg="indigo.0" data-testid="review-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('review.title')}</Text>
        <Text size="sm">
          {t('review.awaiting', {
            unit: detail.assignment.unitName,
            seq: latest.seq,
            time: formatDateTimeVn(latest.submittedAt),
          })}
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => onOpen(latest.seq)}>
            {t('history.open', { seq: latest.seq })}
          </Button>
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
      </Stack>
    </Paper>
  );
}
